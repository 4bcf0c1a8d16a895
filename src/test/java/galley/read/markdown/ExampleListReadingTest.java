package galley.read.markdown;

import galley.model.Block;
import galley.model.Blocks;
import galley.testing.TestBook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Pandoc's example lists, read as pandoc 2.17 reads them: ordered lists numbered across the whole book. */
class ExampleListReadingTest {

    @TempDir
    Path dir;

    @Test
    void itemsAreNumberedAcrossListsAndChapters() {
        TestBook book = TestBook.written(dir, "title: T\n",
                "# One\n\n(@) First example.\n(@good) Second, *good*.\n\nText between.\n\n(@) Third,\n    continued.\n\n"
                        + "    Second paragraph.\n",
                "# Two\n\n(@) Fourth.\n");
        List<Block> one = book.body(0);
        var first = assertInstanceOf(Block.ListBlock.class, one.get(0));
        assertTrue(first.ordered());
        assertEquals(1, first.start());
        assertTrue(first.tight());
        assertEquals(List.of("First example.", "Second, good."), first.items().stream()
                .map(item -> Blocks.plainText(((Block.Paragraph) item.blocks().get(0)).content())).toList());
        assertEquals("Text between.", Blocks.plainText(((Block.Paragraph) one.get(1)).content()));
        var third = assertInstanceOf(Block.ListBlock.class, one.get(2));
        assertEquals(3, third.start());
        assertFalse(third.tight());
        assertEquals(2, third.items().get(0).blocks().size());
        assertEquals("Third, continued.",
                Blocks.plainText(((Block.Paragraph) third.items().get(0).blocks().get(0)).content()).replace('\n', ' '));
        var fourth = assertInstanceOf(Block.ListBlock.class, book.body(1).get(0));
        assertEquals(4, fourth.start());
        assertEquals(List.of(), book.rendered());
    }

    @Test
    void anItemDoesNotInterruptAParagraphAndAMarkerWithinALineIsText() {
        TestBook book = TestBook.chapter(dir, "# One\n\nA line\n(@) stays text, and (@) here too.\n");
        var paragraph = assertInstanceOf(Block.Paragraph.class, book.body(0).get(0));
        assertEquals("A line (@) stays text, and (@) here too.",
                Blocks.plainText(paragraph.content()).replace('\n', ' '));
    }

    @Test
    void aLabelledItemIsReferredToByItsNumberBeforeAndAfterItAndAnUnknownLabelIsKeptWithAWarning() {
        TestBook book = TestBook.written(dir, "title: T\n",
                "# One\n\nAs (@later) shows.\n\n(@) A.\n",
                "# Two\n\n(@later) B.\n\nSee (@later), not (@nothing) or `(@later)`.\n");
        assertEquals("As 2 shows.", Blocks.plainText(((Block.Paragraph) book.body(0).get(0)).content()));
        assertEquals(2, ((Block.ListBlock) book.body(1).get(0)).start());
        assertEquals("See 2, not (@nothing) or (@later).",
                Blocks.plainText(((Block.Paragraph) book.body(1).get(1)).content()));
        assertEquals(List.of("manuscript/02.md:5: warning: (@nothing) refers to no example item: it is kept as written"),
                book.rendered());
        assertEquals(List.of("example-label-undefined"), book.codes());
    }

    @Test
    void anItemAfterOneHoldingItemsKeepsItsOwnNumber() {
        TestBook book = TestBook.chapter(dir, "# One\n\n(@) Outer.\n\n    (@) Inner.\n\n(@last) After.\n\nSee (@last).\n");
        List<Block> body = book.body(0);
        var outer = assertInstanceOf(Block.ListBlock.class, body.get(0));
        assertEquals(1, outer.start());
        assertEquals(2, ((Block.ListBlock) outer.items().get(0).blocks().get(1)).start());
        assertEquals(3, assertInstanceOf(Block.ListBlock.class, body.get(1)).start());
        assertEquals("See 3.", Blocks.plainText(((Block.Paragraph) body.get(2)).content()));
    }
}
