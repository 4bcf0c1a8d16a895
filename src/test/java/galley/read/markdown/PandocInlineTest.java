package galley.read.markdown;

import galley.model.Block;
import galley.model.Inline;
import galley.model.LinkTarget;
import galley.testing.TestBook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * pandoc's inline Markdown as pandoc 2.17 reads it (the expectations are its native output for the
 * same input): braces are attributes only where pandoc reads them, and text everywhere else;
 * brackets that are no link are text with their markup read; bracketed spans.
 */
class PandocInlineTest {

    @TempDir
    Path dir;

    private static Inline.Text text(String s) {
        return new Inline.Text(s);
    }

    private static Inline.Styled em(String s) {
        return new Inline.Styled(Inline.Style.EMPHASIS, List.of(text(s)));
    }

    private List<Inline> paragraph(String markdown) {
        var book = TestBook.chapter(dir, "# C\n\n" + markdown + "\n");
        List<Inline> content = ((Block.Paragraph) book.body(0).get(0)).content();
        assertEquals(List.of(), book.rendered());
        return content;
    }

    @Test
    void bracesThatAreNoAttributesAreText() {
        assertEquals(List.of(text("A {word} here, {{name}} there, {#x} alone, {"), em("emph"), text("} and {.c}.")),
                paragraph("A {word} here, {{name}} there, {#x} alone, {*emph*} and {.c}."));
        assertEquals(List.of(text("text{.c} and "), em("emph"), text("{.c}")), paragraph("text{.c} and *emph*{.c}"));
        assertEquals(List.of(text("[a]{#x=y} [b]{.1x} [w] {.c} "), new Inline.Code("c2"), text(" {.no}")),
                paragraph("[a]{#x=y} [b]{.1x} [w] {.c} `c2` {.no}"));
    }

    @Test
    void bracesInAHeadingAreTextUnlessTheyEndIt() {
        var book = TestBook.chapter(dir, "# Using {braces} here\n\n## Head{#hh}\n\n## Head3 {#h3 .c -}  \n");
        var chapter = book.book().chapters().get(0);
        assertEquals("Using {braces} here", chapter.title());
        var second = (Block.Heading) book.body(0).get(0);
        assertEquals(List.of(text("Head")), second.content());
        assertEquals("hh", second.id());
        var third = (Block.Heading) book.body(0).get(1);
        assertEquals(List.of(text("Head3")), third.content());
        assertEquals("h3", third.id());
        assertEquals(List.of("c", "unnumbered"), third.classes());
        assertEquals(List.of(), book.rendered());
    }

    @Test
    void bracketsThatAreNoLinkAreTextWithTheirMarkupRead() {
        assertEquals(List.of(text("Usage: pandoc ["), em("options"), text("] ["), em("input-file"),
                        text("] and [text with "), new Inline.Code("code"), text(" over] and [a][undefined]")),
                paragraph("Usage: pandoc [*options*] [*input-file*] and [text with `code`\nover] and [a][undefined]"));
    }

    @Test
    void aBracketedSpanCarriesItsIdClassesAndAttributes() {
        var pairs = new LinkedHashMap<String, String>();
        pairs.put("k", "v");
        pairs.put("k2", "a b");
        assertEquals(List.of(new Inline.Span("i", List.of("c"), pairs, List.of(text("y"))), text(" "),
                        new Inline.Span("", List.of("unnumbered"), Map.of(), List.of(em("z"))), text(" "),
                        new Inline.Span("", List.of(), Map.of("lang", "fr"), List.of(text("la vie"))), text(" "),
                        new Inline.Span("", List.of("a"), Map.of(), List.of(text("v"))), text("{.b}")),
                paragraph("[y]{#i .c k=v k2=\"a b\"} [*z*]{-} [la vie]{lang=fr} [v]{.a}{.b}"));
    }

    @Test
    void bracketsNamingAReferenceFollowedByAttributesAreStillASpan() {
        var book = TestBook.chapter(dir, "# C\n\n[x]{.c} and [x]\n\n[x]: https://example.org/\n");
        var content = ((Block.Paragraph) book.body(0).get(0)).content();
        assertEquals(new Inline.Span("", List.of("c"), Map.of(), List.of(text("x"))), content.get(0));
        assertEquals(new Inline.Link(new LinkTarget.External("https://example.org/"), List.of(text("x"))), content.get(2));
    }

    @Test
    void linksAndCodeWithAttributesAreWrappedInASpanThatCarriesThem() {
        assertEquals(List.of(new Inline.Span("", List.of("haskell"), Map.of(), List.of(new Inline.Code("code"))),
                        text(" "), new Inline.Span("l", List.of("c"), Map.of(),
                                List.of(new Inline.Link(new LinkTarget.External("https://example.org/"), List.of(text("l")))))),
                paragraph("`code`{.haskell} [l](https://example.org/){#l .c}"));
    }

    @Test
    void aSpanIdIsALinkTargetAcrossChapters() {
        var book = TestBook.written(dir, "title: T\n", "# One\n\nSee [there](02.md#far) and [here](#near).\n\n[Near]{#near}\n",
                "# Two\n\nA [far place]{#far .smallcaps}.\n");
        var links = ((Block.Paragraph) book.body(0).get(0)).content();
        assertEquals(new LinkTarget.Internal(1, Optional.of("far")), ((Inline.Link) links.get(1)).target());
        assertEquals(new LinkTarget.Internal(0, Optional.of("near")), ((Inline.Link) links.get(3)).target());
        var span = (Inline.Span) ((Block.Paragraph) book.body(1).get(0)).content().get(1);
        assertEquals("far", span.id());
        assertEquals(List.of(), book.rendered());
    }

    private static Inline.Styled styled(Inline.Style style, String s) {
        return new Inline.Styled(style, List.of(text(s)));
    }

    @Test
    void superscriptsAndSubscriptsHoldNoUnescapedSpace() {
        assertEquals(List.of(text("H"), styled(Inline.Style.SUBSCRIPT, "2"), text("O and 2"),
                        styled(Inline.Style.SUPERSCRIPT, "10"), text(" and "), styled(Inline.Style.STRIKETHROUGH, "strike out"),
                        text(" and ~a b~ and 2^ nd^ and x"), styled(Inline.Style.SUPERSCRIPT, "a\u00A0b"), text(" and P"),
                        styled(Inline.Style.SUBSCRIPT, "a,b")),
                paragraph("H~2~O and 2^10^ and ~~strike out~~ and ~a b~ and 2^ nd^ and x^a\\ b^ and P~a,b~"));
    }

    @Test
    void inlineNotesAreReadAsInlinesAndNumberedWithTheOtherNotes() {
        var book = TestBook.chapter(dir, "# C\n\nOne^[An *inline* note with [a link](https://example.org/) and `]`.] two[^d]"
                + " three^[Last ^[inner].]\n\n[^d]: Defined.\n");
        var content = ((Block.Paragraph) book.body(0).get(0)).content();
        assertEquals(List.of(), book.rendered());
        assertEquals(text("One"), content.get(0));
        var first = (Inline.NoteRef) content.get(1);
        var second = (Inline.NoteRef) content.get(3);
        var third = (Inline.NoteRef) content.get(5);
        assertEquals(List.of(1, 2, 3), List.of(first.number(), second.number(), third.number()));
        assertEquals(List.of(text("An "), em("inline"), text(" note with "),
                        new Inline.Link(new LinkTarget.External("https://example.org/"), List.of(text("a link"))),
                        text(" and "), new Inline.Code("]"), text(".")),
                ((Block.Paragraph) first.note().get(0)).content());
        assertEquals(List.of(text("Defined.")), ((Block.Paragraph) second.note().get(0)).content());
        var last = ((Block.Paragraph) third.note().get(0)).content();
        assertEquals(text("Last "), last.get(0));
        assertEquals(4, ((Inline.NoteRef) last.get(1)).number(), "a note inside a note is numbered after it");
    }

    @Test
    void aCaretBeforeUnclosedBracketsIsText() {
        assertEquals(List.of(text("a^[b and c^d")), paragraph("a^[b and c^d"));
    }
}
