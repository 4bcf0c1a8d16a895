package galley.layout;

import galley.model.Block;
import galley.model.Inline;
import galley.model.Source;
import galley.text.FixedWidthMeasure;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static galley.layout.WordTaggedBooks.pageOf;
import static galley.layout.WordTaggedBooks.words;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/** How a division is set in print: its blocks in the text flow, its id a destination where it begins. */
class DivisionLayoutTest {

    private static final Source SRC = new Source("manuscript/ch0.md", 1);

    private static Block.Paragraph text(String words) {
        return new Block.Paragraph(List.of(new Inline.Text(words)), SRC);
    }

    @Test
    void theIdOfADivisionLeadsToThePageItsFirstLineIsOn() {
        for (int before = 100; before < 1400; before += 130) {
            var division = new Block.Division("box", List.of("note"), Map.of(),
                    List.of(new Block.BlockQuote(List.of(text(words("d", 80))), SRC)), SRC);
            LaidOutBook laid = BookLayout.layout(WordTaggedBooks.oneChapter(List.of(text(words("a", before)), division,
                    text(words("b", 50)))), new FixedWidthMeasure());
            Destination box = laid.anchors().get("box");
            assertNotNull(box, "the division's id is a destination");
            assertEquals(pageOf(laid, "d0"), box.page(), before + " words before: the destination's page");
        }
    }

    @Test
    void aDivisionSetsItsBlocksAsTheyWouldBeSetWithoutIt() {
        var plain = BookLayout.layout(WordTaggedBooks.oneChapter(List.of(text(words("a", 300)), text(words("c", 300)))),
                new FixedWidthMeasure());
        var divided = BookLayout.layout(WordTaggedBooks.oneChapter(List.of(text(words("a", 300)),
                new Block.Division("", List.of(), Map.of(), List.of(text(words("c", 300))), SRC))), new FixedWidthMeasure());
        assertEquals(plain.pages().size(), divided.pages().size());
        assertEquals(pageOf(plain, "c299"), pageOf(divided, "c299"));
    }
}
