package galley.layout;

import galley.text.FixedWidthMeasure;

import galley.model.Block;
import galley.model.Book;
import galley.model.Chapter;
import galley.model.Inline;
import galley.model.Source;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Lists as set in print: task boxes for markers, and CommonMark's tight and loose lists. */
class ListLayoutTest {

    private static final Source SOURCE = new Source("manuscript/lists.md", 3);

    private static Block.Paragraph paragraph(String text) {
        return new Block.Paragraph(List.of(new Inline.Text(text)), SOURCE);
    }

    private static Block.ListItem item(Optional<Boolean> checked, Block... blocks) {
        return new Block.ListItem(List.of(blocks), checked);
    }

    private static List<PageItem.TextRun> runs(Block... blocks) {
        Book base = WordTaggedBooks.book(1, 1, false);
        var chapter = new Chapter(0, "ch-0", "Lists", SOURCE.path(), List.of(blocks));
        Book book = new Book(base.metadata(), List.of(chapter), base.cover(), base.name(), base.modified(), 2,
                base.pageSize());
        return BookLayout.layout(book, new FixedWidthMeasure()).pages().stream()
                .filter(page -> page.label().matches("\\d+"))
                .flatMap(page -> page.items().stream())
                .filter(PageItem.TextRun.class::isInstance).map(PageItem.TextRun.class::cast)
                .toList();
    }

    private static PageItem.TextRun run(List<PageItem.TextRun> runs, String text) {
        return runs.stream().filter(r -> r.text().equals(text)).findFirst().orElseThrow(() -> new AssertionError(text));
    }

    @Test
    void aTaskItemIsMarkedWithABoxEmptyOrChecked() {
        var runs = runs(new Block.ListBlock(false, 1, true, List.of(
                item(Optional.of(false), paragraph("todo")),
                item(Optional.of(true), paragraph("done")),
                item(Optional.empty(), paragraph("plain"))), SOURCE));
        PageItem.TextRun box = run(runs, "\u2610");
        PageItem.TextRun checked = run(runs, "\u2611");
        assertEquals(run(runs, "todo").baseline(), box.baseline());
        assertEquals(run(runs, "done").baseline(), checked.baseline());
        assertEquals(run(runs, "plain").baseline(), run(runs, "\u2022").baseline());
        assertTrue(box.x() < run(runs, "todo").x());
    }

    @Test
    void aLooseListSetsEveryItemAndEveryBlockOfAnItemApartAndItsParagraphsFlush() {
        // loose because its first item holds two paragraphs: then all its items are spaced
        var runs = runs(new Block.ListBlock(true, 1, false, List.of(
                item(Optional.empty(), paragraph("a1"), paragraph("a2"),
                        new Block.ListBlock(false, 1, true, List.of(item(Optional.empty(), paragraph("n1")),
                                item(Optional.empty(), paragraph("n2"))), SOURCE)),
                item(Optional.empty(), paragraph("b")),
                item(Optional.empty(), paragraph("c"))), SOURCE));
        float a1 = run(runs, "a1").baseline();
        float step = a1 - run(runs, "a2").baseline();
        float leading = run(runs, "n1").baseline() - run(runs, "n2").baseline();
        assertTrue(step > leading * 1.2f, step + " against the leading " + leading);
        assertEquals(step, run(runs, "a2").baseline() - run(runs, "n1").baseline(), 0.01f);
        assertEquals(step, run(runs, "n2").baseline() - run(runs, "b").baseline(), 0.01f);
        assertEquals(step, run(runs, "b").baseline() - run(runs, "c").baseline(), 0.01f);
        assertEquals(run(runs, "a1").x(), run(runs, "a2").x(), 0.01f);
    }

    @Test
    void aTightListSetsItsItemsLineAfterLine() {
        var runs = runs(new Block.ListBlock(false, 1, true, List.of(
                item(Optional.empty(), paragraph("a")),
                item(Optional.empty(), paragraph("b")),
                item(Optional.empty(), paragraph("c"))), SOURCE),
                new Block.ListBlock(false, 1, false, List.of(
                        item(Optional.empty(), paragraph("d")),
                        item(Optional.empty(), paragraph("e"))), SOURCE));
        float leading = run(runs, "a").baseline() - run(runs, "b").baseline();
        assertEquals(leading, run(runs, "b").baseline() - run(runs, "c").baseline(), 0.01f);
        assertTrue(leading < run(runs, "d").baseline() - run(runs, "e").baseline(), "the loose list's items are further apart");
    }

    @Test
    void aListStandsApartFromTheTextAndTheListAroundItButNotFromItsOwnItems() {
        var runs = runs(paragraph("before"),
                new Block.ListBlock(false, 1, true, List.of(
                        item(Optional.empty(), paragraph("a"),
                                new Block.ListBlock(false, 1, true, List.of(item(Optional.empty(), paragraph("nested"))), SOURCE)),
                        item(Optional.empty(), paragraph("b"))), SOURCE),
                new Block.ListBlock(true, 1, true, List.of(item(Optional.empty(), paragraph("one"))), SOURCE),
                paragraph("after"));
        float leading = run(runs, "a").baseline() - run(runs, "nested").baseline();
        assertEquals(leading, run(runs, "nested").baseline() - run(runs, "b").baseline(), 0.01f, "a nested list: no gap");
        assertTrue(run(runs, "before").baseline() - run(runs, "a").baseline() > leading * 1.4f, "a gap above the list");
        assertTrue(run(runs, "b").baseline() - run(runs, "one").baseline() > leading * 1.9f, "two lists apart");
        assertTrue(run(runs, "one").baseline() - run(runs, "after").baseline() > leading * 1.4f, "a gap below the list");
    }

    @Test
    void aRightToLeftListIsTheMirrorImageOfALeftToRightOne() {
        var runs = runs(new Block.ListBlock(true, 9, true, List.of(
                        item(Optional.empty(), paragraph("אחד")),
                        item(Optional.empty(), paragraph("שניים"))), SOURCE),
                paragraph("between"),
                new Block.ListBlock(true, 9, true, List.of(
                        item(Optional.empty(), paragraph("one")),
                        item(Optional.empty(), paragraph("two"))), SOURCE));
        var measure = new FixedWidthMeasure();
        PageItem.TextRun one = run(runs, "דחא");
        float hebrewEnd = one.x() + measure.width(one.text(), one.style());
        float englishStart = run(runs, "one").x();
        // the numbers read from the right, the stop towards the text: drawn as ".9" and ".10"
        for (String number : List.of("9.", "10.")) {
            PageItem.TextRun english = run(runs, number);
            PageItem.TextRun hebrew = run(runs, "." + number.substring(0, number.length() - 1));
            float hebrewMarkerEnd = hebrew.x() + measure.width(hebrew.text(), hebrew.style());
            assertTrue(hebrew.x() > hebrewEnd, "the marker stands right of the text: " + hebrew);
            assertEquals(englishStart - english.x(), hebrewMarkerEnd - hebrewEnd, 0.01f, number);
        }
        assertEquals(one.baseline(), run(runs, ".9").baseline());
    }
}
