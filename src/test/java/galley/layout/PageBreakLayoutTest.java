package galley.layout;

import galley.model.Block;
import galley.model.Inline;
import galley.model.Source;
import galley.text.FixedWidthMeasure;
import org.junit.jupiter.api.Test;

import java.util.List;

import static galley.layout.WordTaggedBooks.pageOf;
import static galley.layout.WordTaggedBooks.words;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** A page break ({@code \newpage}) ends the page in print; one at a page's top adds no blank page. */
class PageBreakLayoutTest {

    private static final Source SRC = new Source("manuscript/ch0.md", 1);

    private static Block.Paragraph text(String words) {
        return new Block.Paragraph(List.of(new Inline.Text(words)), SRC);
    }

    @Test
    void whatFollowsAPageBreakStartsTheNextPage() {
        LaidOutBook laid = BookLayout.layout(WordTaggedBooks.oneChapter(List.of(text(words("a", 10)),
                new Block.PageBreak(SRC), text(words("b", 10)))), new FixedWidthMeasure());
        assertEquals(pageOf(laid, "a0") + 1, pageOf(laid, "b0"));
    }

    @Test
    void twoPageBreaksInARowMakeNoEmptyPage() {
        LaidOutBook laid = BookLayout.layout(WordTaggedBooks.oneChapter(List.of(text(words("a", 10)),
                new Block.PageBreak(SRC), new Block.PageBreak(SRC), text(words("b", 10)))), new FixedWidthMeasure());
        assertEquals(pageOf(laid, "a0") + 1, pageOf(laid, "b0"));
    }
}
