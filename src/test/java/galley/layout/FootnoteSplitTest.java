package galley.layout;

import galley.model.Language;
import galley.text.FixedWidthMeasure;

import galley.model.Block;
import galley.model.Book;
import galley.model.Inline;
import galley.model.Source;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A long footnote cited near the foot of a page starts there and runs on at the foot of the next page. */
class FootnoteSplitTest {

    /** The paginator's threshold: a note is broken rather than leave more empty lines than this. */
    private static final int EMPTY_LINES = 3;
    private static final Source SRC = new Source("manuscript/ch0.md", 1);

    /**
     * One chapter whose note (two paragraphs, about a dozen lines) is cited in paragraph 1, after
     * {@code shift} words of paragraph 0 have moved the citing line down the page; paragraph 3
     * cites a short note of its own.
     */
    private static Book book(int shift) {
        var blocks = new ArrayList<Block>();
        blocks.add(new Block.Heading(1, "h", List.of(new Inline.Text("Chapter")), List.of(), SRC));
        blocks.add(paragraph("a", 220 + shift, null));
        var longNote = new Inline.NoteRef(1, "long", List.of(
                new Block.Paragraph(List.of(new Inline.Text(TestBooks.words("x", 90))), SRC),
                new Block.Paragraph(List.of(new Inline.Text(TestBooks.words("y", 90))), SRC)));
        blocks.add(paragraph("b", 40, longNote));
        blocks.add(paragraph("c", 200, null));
        var shortNote = new Inline.NoteRef(2, "short",
                List.of(new Block.Paragraph(List.of(new Inline.Text(TestBooks.words("z", 10))), SRC)));
        blocks.add(paragraph("d", 60, shortNote));
        blocks.add(paragraph("e", 300, null));
        return TestBooks.oneChapter(blocks);
    }

    private static Block.Paragraph paragraph(String tag, int count, Inline.NoteRef note) {
        var inlines = new ArrayList<Inline>();
        inlines.add(new Inline.Text(TestBooks.words(tag, count)));
        if (note != null) {
            inlines.add(note);
            inlines.add(new Inline.Text(" " + TestBooks.words(tag + "t", 30)));
        }
        return new Block.Paragraph(inlines, SRC);
    }

    private static List<PageItem.TextRun> runs(Page page, String tag, boolean noteSize) {
        return page.items().stream().filter(PageItem.TextRun.class::isInstance).map(PageItem.TextRun.class::cast)
                .filter(r -> r.text().matches(tag + "\\d+\\.?") && (r.style().size() < 10f) == noteSize).toList();
    }

    private static long lines(List<PageItem.TextRun> runs) {
        return runs.stream().map(PageItem.TextRun::baseline).distinct().count();
    }

    @Test
    void aLongNoteStartsAtTheFootOfItsReferencesPageAndRunsOnOverThePage() {
        int split = 0;
        for (int shift = 0; shift < 160; shift += 8) {
            Book book = book(shift);
            BookStyle style = BookStyle.forPage(book.pageSize(), Language.ENGLISH);
            LaidOutBook laid = BookLayout.layout(book, new FixedWidthMeasure());
            Destination ref = laid.anchors().get("long-ref");
            Destination note = laid.anchors().get("long");
            assertEquals(ref.page(), note.page(), "shift " + shift + ": the note starts on its reference's page");
            Page here = laid.pages().get(ref.page());
            // no page before the last leaves more than three lines empty above its notes or its foot
            PageGeometry geometry = PageGeometry.of(book.pageSize(), style);
            for (Page page : laid.pages().subList(laid.anchors().get("ch").page(), laid.pages().size() - 1)) {
                float lowestBody = page.items().stream().filter(PageItem.TextRun.class::isInstance)
                        .map(PageItem.TextRun.class::cast).filter(r -> r.text().matches("[a-e]t?\\d+"))
                        .map(PageItem.TextRun::baseline).min(Comparator.naturalOrder()).orElseThrow();
                float foot = page.items().stream().filter(PageItem.Rule.class::isInstance).map(PageItem.Rule.class::cast)
                        .filter(r -> r.y1() == r.y2() && r.thickness() == 0.4f).map(PageItem.Rule::y1)
                        .max(Comparator.naturalOrder()).orElse(geometry.textBottom());
                assertTrue(lowestBody - foot < (EMPTY_LINES + 1.5f) * style.leading(), "shift " + shift + ", page "
                        + page.label() + ": " + (lowestBody - foot) / style.leading() + " lines above the foot");
            }
            long total = laid.pages().stream().mapToLong(page -> lines(runs(page, "[xy]", true))).sum();
            long onItsPage = lines(runs(here, "[xy]", true));
            if (onItsPage < total) {
                split++;
                assertTrue(onItsPage >= 2, "shift " + shift + ": at least two lines of the note on its page");
                Page next = laid.pages().get(ref.page() + 1);
                List<PageItem.TextRun> runOn = runs(next, "[xy]", true);
                assertEquals(total - onItsPage, lines(runOn), "shift " + shift + ": the rest of the note on the next page");
                assertTrue(lines(runOn) >= 2, "shift " + shift + ": no last line of a paragraph alone");
                List<PageItem.TextRun> own = runs(next, "z", true);
                if (!own.isEmpty()) {
                    float lowestRunOn = runOn.stream().map(PageItem.TextRun::baseline).min(Comparator.naturalOrder()).orElseThrow();
                    assertTrue(own.get(0).baseline() < lowestRunOn, "shift " + shift + ": the run-on part comes first");
                }
            }
        }
        assertTrue(split > 0, "some shift splits the note");
    }

}
