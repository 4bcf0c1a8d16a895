package galley.layout;

import galley.text.FixedWidthMeasure;

import galley.model.Block;
import galley.model.Inline;
import galley.model.Source;
import org.junit.jupiter.api.Test;

import java.util.List;

import static galley.layout.WordTaggedBooks.pageOf;
import static galley.layout.WordTaggedBooks.words;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** How a block quotation breaks across pages. */
class QuotationLayoutTest {

    private static final Source SRC = new Source("manuscript/ch0.md", 1);

    private static Block.Paragraph text(String words) {
        return new Block.Paragraph(List.of(new Inline.Text(words)), SRC);
    }

    @Test
    void aOneLineAttributionStaysWithTheQuotationsPreviousLine() {
        int brokenInside = 0;
        for (int shift = 0; shift < 200; shift += 3) {
            var quote = new Block.BlockQuote(List.of(text(words("q", 60)), text("\u2014 attrib0 attrib1, 2023")), SRC);
            LaidOutBook laid = BookLayout.layout(WordTaggedBooks.oneChapter(List.of(text(words("a", 200 + shift)), quote,
                    text(words("b", 300)))), new FixedWidthMeasure());
            int attribution = pageOf(laid, "attrib0");
            assertEquals(pageOf(laid, "q59"), attribution, "shift " + shift + ": the attribution alone on its page");
            if (pageOf(laid, "q0") != attribution) {
                brokenInside++;
            }
        }
        assertTrue(brokenInside > 0, "some position breaks the page inside the quotation");
    }
}
