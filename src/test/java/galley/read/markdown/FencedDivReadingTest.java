package galley.read.markdown;

import galley.model.Block;
import galley.model.Blocks;
import galley.model.Inline;
import galley.model.LinkTarget;
import galley.testing.TestBook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Pandoc's fenced divs read as pandoc's manual describes them (section "Divs and Spans"). */
class FencedDivReadingTest {

    @TempDir
    Path dir;

    private List<Block> body(String markdown) {
        TestBook book = TestBook.chapter(dir, "# One\n\n" + markdown);
        List<Block> body = book.body(0);
        assertEquals(List.of(), book.rendered());
        return body;
    }

    private static String text(Block block) {
        return ((Inline.Text) ((Block.Paragraph) block).content().get(0)).text();
    }

    @Test
    void attributesInBracesGiveIdClassesAndTheRestInOrder() {
        List<Block> body = body("::: {#intro .aside .wide lang=fr dir=rtl key=\"two words\"}\nBonjour.\n:::\n\nAfter.\n");
        var div = assertInstanceOf(Block.Division.class, body.get(0));
        assertEquals("intro", div.id());
        assertEquals(List.of("aside", "wide"), div.classes());
        assertEquals(List.of(Map.entry("lang", "fr"), Map.entry("dir", "rtl"), Map.entry("key", "two words")),
                List.copyOf(div.attributes().entrySet()));
        assertEquals("Bonjour.", text(div.blocks().get(0)));
        assertEquals("After.", text(body.get(1)));
        assertEquals(2, body.size());
    }

    @Test
    void aSingleWordIsAClassAndColonsMayFollowIt() {
        List<Block> body = body(":::warning\nA\n:::\n\n::: tip :::::\nB\n::::::::\n");
        assertEquals(List.of("warning"), ((Block.Division) body.get(0)).classes());
        assertEquals(List.of("tip"), ((Block.Division) body.get(1)).classes());
        assertEquals("B", text(((Block.Division) body.get(1)).blocks().get(0)));
    }

    @Test
    void divsNestAndAFenceInsideCodeIsCode() {
        List<Block> body = body("::: outer\nfoo\n\n::::: inner\nnested\n:::::\n```\n:::\n```\n:::\n\nlast\n");
        var outer = (Block.Division) body.get(0);
        assertEquals(3, outer.blocks().size(), outer.toString());
        var inner = (Block.Division) outer.blocks().get(1);
        assertEquals(List.of("inner"), inner.classes());
        assertEquals("nested", text(inner.blocks().get(0)));
        assertEquals(":::", ((Block.CodeBlock) outer.blocks().get(2)).text());
        assertEquals("last", text(body.get(1)));
    }

    @Test
    void aFenceCannotInterruptAParagraphNorDoesALoneLineOfColonsOpenADiv() {
        List<Block> body = body("para\n::: note\ninside\n:::\n\n:::\nlone\n");
        assertEquals(2, body.size());
        String paragraph = Blocks.plainText(((Block.Paragraph) body.get(0)).content());
        assertTrue(paragraph.matches("para\\s+::: note\\s+inside\\s+:::"), paragraph);
        assertInstanceOf(Block.Paragraph.class, body.get(1));
    }

    @Test
    void aDivInAListItemClosesWithinTheItem() {
        List<Block> body = body("- item\n\n  ::: tip\n  in list\n  :::\n");
        var item = ((Block.ListBlock) body.get(0)).items().get(0);
        var div = (Block.Division) item.blocks().get(1);
        assertEquals(List.of("tip"), div.classes());
        assertEquals("in list", text(div.blocks().get(0)));
    }

    @Test
    void theIdOfADivIsALinkTarget() {
        List<Block> body = body("See [the box](#box).\n\n::: {#box}\nBoxed.\n:::\n");
        var link = (Inline.Link) ((Block.Paragraph) body.get(0)).content().get(1);
        assertEquals("box", ((Block.Division) body.get(1)).id());
        assertEquals(new LinkTarget.Internal(0, Optional.of("box")), link.target());
    }
}
