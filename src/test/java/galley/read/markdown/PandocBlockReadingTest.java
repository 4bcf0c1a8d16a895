package galley.read.markdown;

import galley.model.Block;
import galley.model.Blocks;
import galley.model.Inline;
import galley.testing.TestBook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

/** Pandoc's page breaks, raw blocks and heading attributes, read as pandoc's manual describes them. */
class PandocBlockReadingTest {

    @TempDir
    Path dir;

    private TestBook book(String markdown) {
        return TestBook.chapter(dir, "# One\n\n" + markdown);
    }

    @Test
    void newpageAndPagebreakAloneOnALineArePageBreaks() {
        TestBook book = book("before\n\n\\newpage\n\nmiddle\n\n\\pagebreak\n\nafter \\newpage in text\n");
        List<Block> body = book.body(0);
        assertInstanceOf(Block.PageBreak.class, body.get(1));
        assertInstanceOf(Block.PageBreak.class, body.get(3));
        assertEquals("after \\newpage in text", Blocks.plainText(((Block.Paragraph) body.get(4)).content()));
        assertEquals(List.of(), book.rendered());
    }

    @Test
    void aRawHtmlBlockIsReadAsHtmlNotShownAsCode() {
        TestBook book = book("```{=html}\n<p>A <b>bold</b> claim.</p>\n```\n");
        var paragraph = assertInstanceOf(Block.Paragraph.class, book.body(0).get(0));
        assertEquals(new Inline.Styled(Inline.Style.STRONG, List.of(new Inline.Text("bold"))), paragraph.content().get(1));
        assertEquals(List.of(), book.rendered());
    }

    @Test
    void aRawBlockForAnotherFormatIsDroppedWithAWarningAtItsLine() {
        TestBook book = book("text\n\n```{=latex}\n\\begin{center}\nx\n\\end{center}\n```\n\nmore\n");
        List<Block> body = book.body(0);
        assertEquals(2, body.size(), body.toString());
        assertEquals(List.of("manuscript/ch.md:5: warning: a raw latex block (3 lines) is left out: only raw HTML reaches"
                + " the book"), book.rendered());
        assertEquals(List.of("raw-block-dropped"), book.codes());
    }

    @Test
    void headingAttributesMinusUnnumberedAndUnlistedAreClassesNotText() {
        TestBook book = book("## Preface {-}\n\n## Notes {.unnumbered}\n\n## Hidden {.unlisted -}\n");
        List<Block> body = book.body(0);
        var preface = (Block.Heading) body.get(0);
        assertEquals("Preface", Blocks.plainText(preface.content()));
        assertEquals(List.of("unnumbered"), preface.classes());
        assertEquals(List.of("unnumbered"), ((Block.Heading) body.get(1)).classes());
        var hidden = (Block.Heading) body.get(2);
        assertEquals("Hidden", Blocks.plainText(hidden.content()));
        assertEquals(List.of("unlisted", "unnumbered"), hidden.classes());
    }

    @Test
    void aLineBlockKeepsItsLinesLeadingSpacesAndMarkupAndJoinsContinuations() {
        TestBook book = book("| The *limerick* packs\n|     indented\n| long line\n  continued here\n|\n| after\n\n"
                + "| a | b |\n|---|---|\n| 1 | 2 |\n\npara\n| not verse\n");
        List<Block> body = book.body(0);
        var verse = assertInstanceOf(Block.LineBlock.class, body.get(0));
        assertEquals(5, verse.lines().size(), verse.toString());
        assertEquals(new Inline.Styled(Inline.Style.EMPHASIS, List.of(new Inline.Text("limerick"))),
                verse.lines().get(0).get(1));
        assertEquals("\u00A0\u00A0\u00A0\u00A0indented", Blocks.plainText(verse.lines().get(1)));
        assertEquals("long line continued here", Blocks.plainText(verse.lines().get(2)).replace('\n', ' '));
        assertEquals(List.of(), verse.lines().get(3));
        assertInstanceOf(Block.Table.class, body.get(1));
        assertInstanceOf(Block.Paragraph.class, body.get(2));
        assertEquals(3, body.size());
        assertEquals(List.of(), book.rendered());
    }
}
