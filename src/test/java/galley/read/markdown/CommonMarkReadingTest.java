package galley.read.markdown;


import galley.model.Block;
import galley.model.Inline;
import galley.model.LinkTarget;
import galley.testing.TestBook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Corners of CommonMark the examples of its spec showed the loader reading wrongly. */
class CommonMarkReadingTest {

    @TempDir
    Path dir;

    private TestBook chapter(String markdown) {
        return TestBook.chapter(dir, markdown);
    }

    private static Inline.Text text(String s) {
        return new Inline.Text(s);
    }

    @Test
    void anHtmlBlockInsideAQuotationOrAListLosesTheirMarksNotItsText() {
        var book = chapter("# C\n\n> <div>\n> quoted\n> </div>\n\n- item\n\n  <div>\n  listed\n  </div>\n");
        var quote = (Block.BlockQuote) book.body(0).get(0);
        assertEquals(List.of(new Block.Paragraph(List.of(text("quoted")), quote.blocks().get(0).source())), quote.blocks());
        var list = (Block.ListBlock) book.body(0).get(1);
        var listed = (Block.Paragraph) list.items().get(0).blocks().get(1);
        assertEquals(List.of(text("listed")), listed.content());
        assertEquals(List.of(), book.rendered());
    }

    @Test
    void textAfterACommentOnItsLineIsKeptAndACommentAloneMakesNothing() {
        var book = chapter("<!-- only a note to myself -->\n\n# C\n\n<!-- note -->Kept *as written*\n\nNext.\n");
        assertEquals(1, book.book().chapters().size());
        List<Block> body = book.body(0);
        assertEquals(List.of(text("Kept *as written*")), ((Block.Paragraph) body.get(0)).content());
        assertEquals(5, body.get(0).source().line());
        assertEquals(List.of(text("Next.")), ((Block.Paragraph) body.get(1)).content());
    }

    @Test
    void aReferenceToNoDefinitionIsItsTextWithEscapesResolvedAndInlinesRead() {
        var book = chapter("# C\n\n[*foo*][nope\\!] and ![alt][missing\\*]\n");
        var content = ((Block.Paragraph) book.body(0).get(0)).content();
        assertEquals(List.of(text("["), new Inline.Styled(Inline.Style.EMPHASIS, List.of(text("foo"))),
                text("][nope!] and ![alt][missing*]")), content);
    }

    @Test
    void numericEntitiesFollowCommonMark() {
        assertEquals("\uFFFD", InlineReader.entity("&#0;"));
        assertEquals("&#87654321;", InlineReader.entity("&#87654321;"));
        assertEquals("\uFFFD", InlineReader.entity("&#x110000;"));
        assertEquals("\uFFFD", InlineReader.entity("&#xD800;"));
        assertEquals("A\u0416", InlineReader.entity("&#65;") + InlineReader.entity("&#x416;"));
        assertEquals("\u00A9", InlineReader.entity("&copy;"));
        assertEquals("&ThisIsNotDefined;", InlineReader.entity("&ThisIsNotDefined;"));
    }

    @Test
    void anAddressFoundInTextHasItsEscapesResolvedButOneInAngleBracketsIsAsWritten() {
        var bracketed = chapter("# C\n\n<http://example.com?find=\\*>\n");
        var autolink = (Inline.Link) ((Block.Paragraph) bracketed.body(0).get(0)).content().get(0);
        assertEquals(List.of(text("http://example.com?find=\\*")), autolink.content());
        var book = TestBook.with(dir.resolve("b"), "title: T\n")
                .file("manuscript/ch.md", "# C\n\nWrite to foo\\+bar@example.com today.\n");
        var content = ((Block.Paragraph) book.body(0).get(0)).content();
        var link = (Inline.Link) content.stream().filter(i -> i instanceof Inline.Link).findFirst().orElseThrow();
        assertEquals(new LinkTarget.External("mailto:foo+bar@example.com"), link.target());
        assertEquals(List.of(text("foo+bar@example.com")), link.content());
    }
}
