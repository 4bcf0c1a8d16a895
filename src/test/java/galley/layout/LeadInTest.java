package galley.layout;

import galley.text.Alignment;
import galley.text.FixedWidthMeasure;

import galley.model.Block;
import galley.model.Inline;
import galley.model.Source;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import static galley.layout.WordTaggedBooks.pageOf;
import static galley.layout.WordTaggedBooks.words;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A short paragraph that introduces a table, figure, list or code stays on the page where that display starts. */
class LeadInTest {

    private static final Source SRC = new Source("manuscript/ch0.md", 1);

    private static Block.Paragraph text(String tag, int count) {
        return new Block.Paragraph(List.of(new Inline.Text(words(tag, count))), SRC);
    }

    private static Block.Table table() {
        var header = Block.TableRow.ofText(List.of(List.of(new Inline.Text("head0")), List.of(new Inline.Text("head1"))), SRC);
        var row = Block.TableRow.ofText(List.of(List.of(new Inline.Text("cell")), List.of(new Inline.Text("cell"))), SRC);
        return new Block.Table(List.of(Block.Alignment.DEFAULT, Block.Alignment.DEFAULT), List.of(header),
                List.of(row, row, row, row, row, row), SRC);
    }

    private static Block.ListBlock list() {
        var item = new Block.ListItem(List.of(text("item", 3)), Optional.empty());
        return new Block.ListBlock(false, 1, true, List.of(item, item, item, item), SRC);
    }

    /** A page or so of text, whose length {@code shift} varies, then the lead-in, its display and more text. */
    private static LaidOutBook layout(Block.Paragraph leadIn, Block display, int shift) {
        return BookLayout.layout(WordTaggedBooks.oneChapter(List.of(text("a", 300 + shift), leadIn, display, text("b", 400))),
                new FixedWidthMeasure());
    }

    /**
     * For every position of the lead-in down the page, whether it and the first strip of the display
     * (found by {@code displayStart}) share a page; counts the positions where the page broke near them.
     */
    private static int check(Block.Paragraph leadIn, Block display, String leadInWord, String displayStart) {
        int broken = 0;
        for (int shift = 0; shift < 140; shift += 3) {
            LaidOutBook laid = layout(leadIn, display, shift);
            int lead = pageOf(laid, leadInWord);
            int start = pageOf(laid, displayStart);
            assertEquals(start, lead, "shift " + shift + ": the lead-in and its " + display.getClass().getSimpleName());
            if (pageOf(laid, "a" + (299 + shift)) != lead) {
                broken++;
            }
        }
        return broken;
    }

    @Test
    void aCaptionInEmphasisStaysWithItsTable() {
        var caption = new Block.Paragraph(List.of(new Inline.Styled(Inline.Style.EMPHASIS,
                List.of(new Inline.Text("Table 1. " + words("cap", 12))))), SRC);
        assertTrue(check(caption, table(), "Table", "head0") > 0, "some position breaks the page before the caption");
    }

    @Test
    void aLineEndingInAColonStaysWithItsListAndCode() {
        var colon = new Block.Paragraph(List.of(new Inline.Text(words("lead", 10) + " as follows:")), SRC);
        assertTrue(check(colon, list(), "lead0", "item0") > 0);
        assertTrue(check(colon, new Block.CodeBlock("", "code0\ncode1\ncode2\ncode3", SRC), "lead0", "code0") > 0);
    }

    @Test
    void aLongerParagraphOrOneThatLeadsNowhereIsFreeToPart() {
        Function<Block.Paragraph, Integer> parted = leadIn -> {
            int parted1 = 0;
            for (int shift = 0; shift < 140; shift += 3) {
                LaidOutBook laid = layout(leadIn, table(), shift);
                if (pageOf(laid, "head0") != pageOf(laid, "lead0")) {
                    parted1++;
                }
            }
            return parted1;
        };
        assertTrue(parted.apply(new Block.Paragraph(List.of(new Inline.Text(words("lead", 60) + ":")), SRC)) > 0,
                "a paragraph of more than two lines");
        assertTrue(parted.apply(text("lead", 10)) > 0, "a plain paragraph");
    }
}
