package galley.book;

import galley.book.GeneratedBook.ChapterPlan;
import galley.book.GeneratedBook.HeadingPlan;
import galley.book.GeneratedBook.LinkPlan;
import galley.book.PrintedBook.Bookmark;
import galley.book.PrintedBook.LinkBox;
import galley.book.PrintedBook.PrintedPage;
import galley.testing.Slow;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static galley.book.Reading.normalized;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The acceptance book's ways around: the PDF outline nests the headings as the EPUB nav does,
 * every bookmark and contents line gives the page its heading is printed on, and every link
 * between chapters lands on the page of its target.
 */
@Slow
class WholeBookNavigationTest {

    private final WholeBook whole = WholeBook.get();
    private final GeneratedBook book = whole.book;
    private final PrintedBook pdf = whole.pdf;
    private final PageFinder finder = whole.finder;
    private final EpubBook epub = whole.epub;

    @Test
    void theOutlineNestsEveryHeadingToTheContentsDepthAsTheEpubNavDoes() {
        List<EpubBook.NavEntry> nav = epub.nav();
        assertEquals(WholeBook.CHAPTERS, nav.size());
        assertEquals(titles(nav), bookmarkTitles(pdf.outline()));
        for (ChapterPlan chapter : book.chapters()) {
            EpubBook.NavEntry entry = nav.get(chapter.index());
            assertEquals(chapter.title(), entry.title());
            List<String> expected = chapter.headings().stream().filter(h -> h.level() > 1 && h.level() <= book.tocDepth())
                    .map(HeadingPlan::text).toList();
            assertEquals(expected, flatten(entry.children()), "contents of chapter " + chapter.index());
        }
    }

    @Test
    void everyBookmarkLeadsToThePageItsHeadingIsPrintedOn() {
        Map<String, Integer> pages = headingPagesByText();
        forEachBookmark(pdf.outline(), mark -> assertEquals(pages.get(mark.title()), mark.page(),
                "bookmark " + mark.title()));
    }

    @Test
    void theContentsGiveEveryHeadingItsTruePageNumber() {
        var contents = new StringBuilder();
        for (PrintedPage page : pdf.pages().subList(0, finder.bodyStart())) {
            contents.append(normalized(page.text()));
        }
        String text = contents.toString();
        int at = text.indexOf("Contents");
        assertTrue(at >= 0, "a contents page");
        for (ChapterPlan chapter : book.chapters()) {
            for (HeadingPlan heading : chapter.headings()) {
                if (heading.level() > book.tocDepth()) {
                    continue;
                }
                Matcher m = Pattern.compile(Pattern.quote(normalized(heading.text())) + "\\.*(\\d+)").matcher(text);
                assertTrue(m.find(at), "contents line for " + heading.text());
                String printed = pdf.page(finder.headingPage(heading.id())).label();
                assertEquals(printed, m.group(1), "page of " + heading.text() + " in the contents");
                at = m.end();
            }
        }
    }

    @Test
    void everyLinkBetweenChaptersLandsOnThePageOfItsTarget() {
        int checked = 0;
        for (ChapterPlan chapter : book.chapters()) {
            var boxes = new ArrayList<LinkBox>();
            for (int p = finder.start(chapter.index()); p < finder.end(chapter.index()); p++) {
                boxes.addAll(pdf.page(p).links());
            }
            for (LinkPlan link : chapter.links()) {
                int expected = link.anchor() == null ? finder.start(link.targetChapter()) : finder.headingPage(link.anchor());
                String label = normalized(link.label());
                List<LinkBox> candidates = boxes.stream().filter(b -> b.uri() == null && !normalized(b.text()).isEmpty()
                        && label.contains(normalized(b.text()))
                        && (link.anchor() == null || link.anchor().equals(b.anchor()))).toList();
                assertFalse(candidates.isEmpty(), "a link area for " + link.label() + " in chapter " + chapter.index());
                assertTrue(candidates.stream().anyMatch(b -> b.page() == expected), "link " + link.label()
                        + " leads to page " + pdf.page(expected).label() + ", not " + candidates.get(0).page());
                checked++;
            }
            List<String> uris = boxes.stream().map(LinkBox::uri).filter(u -> u != null).toList();
            int n = chapter.index() + 1;
            for (String uri : List.of("https://example.org/books/" + n + "?page=" + n, "https://example.com/chapter/" + n,
                    "mailto:author" + n + "@example.org", "https://example.net/" + n)) {
                assertTrue(uris.contains(uri), uri + " in " + uris);
            }
        }
        assertTrue(checked >= 4 * WholeBook.CHAPTERS);
    }

    private Map<String, Integer> headingPagesByText() {
        Map<String, Integer> pages = new HashMap<>();
        for (ChapterPlan chapter : book.chapters()) {
            for (HeadingPlan heading : chapter.headings()) {
                pages.put(heading.text(), finder.headingPage(heading.id()));
            }
        }
        return pages;
    }

    private static void forEachBookmark(List<Bookmark> marks, Consumer<Bookmark> action) {
        for (Bookmark mark : marks) {
            action.accept(mark);
            forEachBookmark(mark.children(), action);
        }
    }

    private static List<Object> titles(List<EpubBook.NavEntry> entries) {
        var out = new ArrayList<Object>();
        for (EpubBook.NavEntry entry : entries) {
            out.add(entry.title());
            if (!entry.children().isEmpty()) {
                out.add(titles(entry.children()));
            }
        }
        return out;
    }

    private static List<Object> bookmarkTitles(List<Bookmark> marks) {
        var out = new ArrayList<Object>();
        for (Bookmark mark : marks) {
            out.add(mark.title());
            if (!mark.children().isEmpty()) {
                out.add(bookmarkTitles(mark.children()));
            }
        }
        return out;
    }

    private static List<String> flatten(List<EpubBook.NavEntry> entries) {
        var out = new ArrayList<String>();
        for (EpubBook.NavEntry entry : entries) {
            out.add(entry.title());
            out.addAll(flatten(entry.children()));
        }
        return out;
    }
}
