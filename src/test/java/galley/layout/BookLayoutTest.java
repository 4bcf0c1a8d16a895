package galley.layout;

import galley.text.FixedWidthMeasure;

import galley.model.Book;
import galley.model.PageMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BookLayoutTest {

    private static final Pattern WORD = Pattern.compile("c(\\d+)p(\\d+)(w\\d+|end)");
    private static Book book;
    private static LaidOutBook laid;
    private static PageGeometry geometry;

    @BeforeAll
    static void layOut() {
        book = WordTaggedBooks.book(6, 60, true);
        laid = BookLayout.layout(book, new FixedWidthMeasure());
        geometry = PageGeometry.of(book.pageSize(), BookStyle.forPage(book.pageSize()));
    }

    @Test
    void chaptersStartOnRightHandPagesNumberedOdd() {
        for (var chapter : book.chapters()) {
            Destination d = laid.anchors().get(chapter.id());
            assertNotNull(d, chapter.id());
            int folio = Integer.parseInt(laid.pages().get(d.page()).label());
            assertEquals(1, folio % 2, "chapter " + chapter.index() + " starts on page " + folio);
        }
    }

    @Test
    void bodyStartsAtPageOneAfterRomanFrontMatter() {
        List<String> labels = laid.pages().stream().map(Page::label).toList();
        assertEquals("i", labels.get(0));
        int one = labels.indexOf("1");
        assertTrue(one > 0 && one % 2 == 0, "page 1 is a right-hand page: index " + one);
        assertEquals(one, laid.anchors().get(book.chapters().get(0).id()).page());
    }

    @Test
    void footnotesStandOnThePageOfTheirReference() {
        int notes = 0;
        for (var entry : laid.anchors().entrySet()) {
            if (entry.getKey().contains("-note-") && !entry.getKey().endsWith("-ref")) {
                Destination ref = laid.anchors().get(entry.getKey() + "-ref");
                assertNotNull(ref, entry.getKey());
                assertEquals(ref.page(), entry.getValue().page(), entry.getKey());
                notes++;
            }
        }
        assertTrue(notes > 50, "notes laid out: " + notes);
    }

    @Test
    void noWidowsOrOrphans() {
        Map<String, Integer> linesOfParagraph = new LinkedHashMap<>();
        List<List<String>> pageLines = new ArrayList<>();
        for (Page page : laid.pages()) {
            List<String> lines = bodyLines(page);
            pageLines.add(lines);
            lines.forEach(p -> linesOfParagraph.merge(p, 1, Integer::sum));
        }
        for (int i = 0; i < pageLines.size(); i++) {
            List<String> lines = pageLines.get(i);
            if (lines.isEmpty()) {
                continue;
            }
            String first = lines.get(0);
            String last = lines.get(lines.size() - 1);
            if (linesOfParagraph.get(first) > 1) {
                assertTrue(lines.size() > 1 && lines.get(1).equals(first) || lines.stream().filter(first::equals).count() >= 2,
                        "widow of " + first + " at the head of page " + laid.pages().get(i).label());
            }
            if (linesOfParagraph.get(last) > 1) {
                assertTrue(lines.stream().filter(last::equals).count() >= 2,
                        "orphan of " + last + " at the foot of page " + laid.pages().get(i).label());
            }
        }
    }

    @Test
    void aHeadingIsFollowedByTwoLinesOnItsPage() {
        int headings = 0;
        for (Page page : laid.pages()) {
            List<PageItem.TextRun> runs = runs(page);
            for (PageItem.TextRun run : runs) {
                if (run.text().equals("Section") && page.label().matches("\\d+")) {
                    headings++;
                    long below = runs.stream().filter(r -> WORD.matcher(r.text()).matches()
                            && r.baseline() < run.baseline() - 1f && r.style().size() >= 10f)
                            .map(PageItem.TextRun::baseline).distinct().count();
                    assertTrue(below >= 2, "heading with " + below + " lines after it on page " + page.label());
                }
            }
        }
        assertTrue(headings > 20);
    }

    @Test
    void displayAndBlankPagesPrintNoFolioWhileTheContentsAndAChapterOpeningDo() {
        var shown = List.of("i", "ii", "iii", "iv", "v", "1");
        Map<String, Boolean> printed = new TreeMap<>();
        for (Page page : laid.pages()) {
            if (shown.contains(page.label())) {
                printed.put(page.label(), runs(page).stream().anyMatch(r -> r.text().equals(page.label())));
            }
        }
        // half-title, its blank back, title page, copyright page; then the contents and the first chapter's opening
        assertEquals(Map.of("i", false, "ii", false, "iii", false, "iv", false, "v", true, "1", true), printed);
    }

    @Test
    void contentsGivesTheRealPageOfEveryChapter() {
        // the contents pages hold "Chapter N" followed by the page number as the last run of the line
        Map<String, String> listed = new TreeMap<>();
        for (Page page : laid.pages()) {
            if (page.label().matches("[ivx]+")) {
                List<PageItem.TextRun> runs = runs(page);
                for (int k = 0; k < runs.size(); k++) {
                    if (runs.get(k).text().equals("Chapter")) {
                        float baseline = runs.get(k).baseline();
                        String number = runs.get(k + 1).text();
                        String folio = runs.stream().filter(r -> r.baseline() == baseline)
                                .reduce((a, b) -> b).orElseThrow().text();
                        listed.put(number, folio);
                    }
                }
            }
        }
        assertEquals(book.chapters().size(), listed.size(), listed.toString());
        for (var chapter : book.chapters()) {
            String expected = laid.pages().get(laid.anchors().get(chapter.id()).page()).label();
            assertEquals(expected, listed.get(Integer.toString(chapter.index())), "chapter " + chapter.index());
        }
    }

    @Test
    void linesStayInsideTheTextBlock() {
        var measure = new FixedWidthMeasure();
        for (Page page : laid.pages()) {
            boolean recto = page.label().matches("\\d+") ? Integer.parseInt(page.label()) % 2 == 1 : true;
            float left = geometry.left(recto);
            for (PageItem.TextRun run : runs(page)) {
                if (page.label().matches("\\d+")) {
                    float right = run.x() + measure.width(run.text(), run.style());
                    assertTrue(run.x() >= left - 0.5f && right <= left + geometry.textWidth() + 0.5f,
                            "run '" + run.text() + "' on page " + page.label() + " from " + run.x() + " to " + right);
                }
            }
        }
    }

    @Test
    void pageMapNamesTheFirstBlockOfEveryBodyPage() {
        PageMap map = laid.pageMap();
        assertFalse(map.pages().isEmpty());
        for (PageMap.PageStart start : map.pages()) {
            Page page = laid.pages().stream().filter(p -> p.label().equals(start.folio())).findFirst().orElseThrow();
            List<String> lines = bodyLines(page);
            if (!lines.isEmpty() && lines.get(0).startsWith("c")) {
                String expected = "c" + start.chapter() + "p";
                assertTrue(lines.get(0).startsWith(expected), start + " but page begins with " + lines.get(0));
            }
        }
    }

    @Test
    void outlineMirrorsChaptersAndSections() {
        assertEquals(book.chapters().size(), laid.outline().size());
        assertTrue(laid.outline().get(0).children().size() > 3);
        assertEquals("Chapter 0", laid.outline().get(0).title());
    }

    /** The paragraph ("c1p4") of each body line of a page, top to bottom, footnotes excluded. */
    private static List<String> bodyLines(Page page) {
        var byBaseline = new TreeMap<Float, String>((a, b) -> Float.compare(b, a));
        for (PageItem.TextRun run : runs(page)) {
            Matcher m = WORD.matcher(run.text());
            if (m.matches() && run.style().size() >= 10f) {
                byBaseline.putIfAbsent(run.baseline(), "c" + m.group(1) + "p" + m.group(2));
            }
        }
        return new ArrayList<>(byBaseline.values());
    }

    private static List<PageItem.TextRun> runs(Page page) {
        return page.items().stream().filter(PageItem.TextRun.class::isInstance).map(PageItem.TextRun.class::cast).toList();
    }
}
