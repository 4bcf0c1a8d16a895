package galley.read;


import galley.model.Block;
import galley.model.Inline;
import galley.model.LinkTarget;
import galley.model.Source;
import galley.testing.TestBook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MarkdownReaderTest {

    @TempDir
    Path dir;

    private TestBook chapter(String markdown) {
        return TestBook.chapter(dir, markdown);
    }

    private static Inline.Text text(String s) {
        return new Inline.Text(s);
    }

    @Test
    void aParagraphHoldingOnlyAnImageIsAFigureCaptionedByItsTitle() {
        var book = chapter("# C\n\n![A grey square on white](pics/sq.png \"Caption here\")\n")
                .image("manuscript/pics/sq.png", 120, 80, "png");
        var figure = assertInstanceOf(Block.Figure.class, book.body(0).get(0));
        assertEquals(List.of(), book.rendered());
        assertEquals("fig-1", figure.id());
        assertEquals("A grey square on white", figure.alt());
        assertEquals(List.of(text("Caption here")), figure.caption());
        assertEquals("images/sq.png", figure.image().href());
        assertEquals("image/png", figure.image().mediaType());
        assertEquals(120, figure.image().width());
        assertEquals(80, figure.image().height());
        assertEquals(new Source("manuscript/ch.md", 3), figure.source());
    }

    @Test
    void withoutATitleTheAltTextIsTheCaptionAndOtherImagesStayInline() {
        var book = chapter("# C\n\n![The *alt*](a.jpg)  \n\nText ![icon](b.gif) here.\n\n![x](a.jpg){#map}\n")
                .image("manuscript/a.jpg", 10, 10, "jpg").image("manuscript/b.gif", 5, 5, "gif");
        var figure = assertInstanceOf(Block.Figure.class, book.body(0).get(0));
        assertEquals(List.of(text("The "), new Inline.Styled(Inline.Style.EMPHASIS, List.of(text("alt")))),
                figure.caption());
        assertEquals("The alt", figure.alt());
        var paragraph = assertInstanceOf(Block.Paragraph.class, book.body(0).get(1));
        var image = assertInstanceOf(Inline.Image.class, paragraph.content().get(1));
        assertEquals("icon", image.alt());
        assertEquals("image/gif", image.image().mediaType());
        var again = assertInstanceOf(Block.Figure.class, book.body(0).get(2));
        assertEquals("map", again.id());
        assertTrue(again.image() == figure.image(), "one asset per file");
        assertEquals(2, book.book().images().size());
    }

    @Test
    void equalFileNamesGetDistinctHrefs() {
        var book = chapter("# C\n\n![a](one/pic.png)\n\n![b](two/pic.png)\n\n![c](one/../one/pic.png)\n")
                .image("manuscript/one/pic.png").image("manuscript/two/pic.png");
        List<String> hrefs = book.book().images().stream().map(i -> i.href()).toList();
        assertEquals(List.of("images/pic.png", "images/pic-2.png"), hrefs);
    }

    @Test
    void theCoverIsTheSingleImageInCovers() {
        var book = chapter("# C\n").image("covers/front art.png", 160, 256, "png");
        var cover = book.book().cover().orElseThrow();
        assertEquals("images/cover.png", cover.href());
        assertEquals(256, cover.height());
    }

    @Test
    void coverImageKeyNamesTheCover() {
        var book = TestBook.with(dir, "title: T\ncover-image: b.jpg\n").file("manuscript/ch.md", "# C\n")
                .image("covers/a.png").image("covers/b.jpg", 20, 32, "jpg");
        assertEquals("images/cover.jpg", book.book().cover().orElseThrow().href());
        assertEquals(List.of(), book.rendered());
    }

    @Test
    void footnotesAreNumberedPerChapterInOrderOfFirstReference() {
        var book = chapter("# One\n\nB[^b] then A[^a] then B again[^b].\n\n[^a]: Note A.\n[^b]: Note *B*.\n\n"
                + "# Two\n\nAgain A[^a].\n\n[^unused]: Nobody cites me.\n");
        var one = (Block.Paragraph) book.body(0).get(0);
        var first = assertInstanceOf(Inline.NoteRef.class, one.content().get(1));
        var second = assertInstanceOf(Inline.NoteRef.class, one.content().get(3));
        var third = assertInstanceOf(Inline.NoteRef.class, one.content().get(5));
        assertEquals(1, first.number());
        assertEquals("ch1-note-1", first.id());
        assertEquals(List.of(new Block.Paragraph(List.of(text("Note "),
                new Inline.Styled(Inline.Style.EMPHASIS, List.of(text("B"))), text(".")),
                new Source("manuscript/ch.md", 6))), first.note());
        assertEquals(2, second.number());
        assertEquals(1, third.number());
        assertEquals(first.note(), third.note());
        assertTrue(!third.id().equals(first.id()), "each reference has its own anchor");
        var two = (Block.Paragraph) book.body(1).get(0);
        var restarted = assertInstanceOf(Inline.NoteRef.class, two.content().get(1));
        assertEquals(1, restarted.number());
        assertEquals("ch2-note-1", restarted.id());
        assertEquals(List.of("manuscript/ch.md:12: warning: footnote [^unused] is never referenced"), book.rendered());
    }

    @Test
    void anUndefinedFootnoteIsAnErrorAtItsLine() {
        var book = chapter("# One\n\nFine.\n\nCites[^nope].\n");
        book.load();
        assertEquals(List.of("manuscript/ch.md:5: footnote [^nope] is not defined"), book.rendered());
    }

    @Test
    void headingIdsAreUniqueAcrossTheBookAndKeepCyrillic() {
        var book = TestBook.with(dir, "title: T\nlang: ru\n")
                .file("manuscript/a.md", "# Введение\n\n## Итоги года\n\n## Summary\n\n## Summary\n\n## 2020: Итоги {#custom .wide}\n")
                .file("manuscript/b.md", "# Введение\n\n## Summary\n\n## 日本語の見出し\n");
        var ids = book.book().chapters().stream().flatMap(c -> c.blocks().stream())
                .filter(b -> b instanceof Block.Heading).map(b -> ((Block.Heading) b).id()).toList();
        assertEquals(List.of("введение", "итоги-года", "summary", "summary-1", "custom",
                "введение-1", "summary-2", "日本語の見出し"), ids);
        var custom = (Block.Heading) book.chapter(0).blocks().get(4);
        assertEquals(List.of("wide"), custom.classes());
        assertEquals(List.of(text("2020: Итоги")), custom.content());
    }

    @Test
    void internalLinksResolveAcrossFilesEvenToRenamedIds() {
        var book = TestBook.with(dir, "title: T\n")
                .file("manuscript/a.md", "# Start\n\n## Details\n\nSee [b](b.md), [b's details](b.md#details), "
                        + "[mine](#details), [fig](b.md#fig-1), [web](https://example.org/x), [mail](mailto:a@b.c).\n")
                .file("manuscript/b.md", "# Other\n\n## Details\n\n![pic](p.png)\n\nBack to [a](a.md#start).\n")
                .image("manuscript/p.png");
        var links = ((Block.Paragraph) book.body(0).get(1)).content().stream()
                .filter(i -> i instanceof Inline.Link).map(i -> ((Inline.Link) i).target()).toList();
        assertEquals(List.of(
                new LinkTarget.Internal(1, Optional.empty()),
                new LinkTarget.Internal(1, Optional.of("details-1")),
                new LinkTarget.Internal(0, Optional.of("details")),
                new LinkTarget.Internal(1, Optional.of("fig-1")),
                new LinkTarget.External("https://example.org/x"),
                new LinkTarget.External("mailto:a@b.c")), links);
        var back = (Inline.Link) ((Block.Paragraph) book.body(1).get(2)).content().get(1);
        assertEquals(new LinkTarget.Internal(0, Optional.of("start")), back.target());
        assertEquals(List.of(), book.rendered());
    }

    @Test
    void brokenInternalLinksAreWarningsAtTheirLines() {
        var book = TestBook.with(dir, "title: T\n")
                .file("manuscript/a.md", "# A\n\n[x](b.md#nope)\n\n[y](missing.md)\n\n[z](#nowhere)\n\n[w](../../out.md)\n")
                .file("manuscript/b.md", "# B\n");
        book.load();
        assertEquals(List.of(
                "manuscript/a.md:3: warning: link target not found, link removed, its text kept: b.md#nope",
                "manuscript/a.md:5: warning: link target not found, link removed, its text kept: missing.md",
                "manuscript/a.md:7: warning: link target not found, link removed, its text kept: #nowhere",
                "manuscript/a.md:9: warning: link leads outside the book folder, link removed, its text kept: ../../out.md"),
                book.rendered());
        assertEquals(List.of("link-not-found", "link-not-found", "link-not-found", "link-outside-book"), book.codes());
    }

    @Test
    void inlineStylesCodeBreaksAndEntities() {
        var book = chapter("# C\n\n*em* **strong** ~~gone~~ `a  b` x<sup>2</sup> H<sub>2</sub>O &amp; &copy;\n"
                + "soft  \nhard\n");
        var content = ((Block.Paragraph) book.body(0).get(0)).content();
        assertEquals(List.of(
                new Inline.Styled(Inline.Style.EMPHASIS, List.of(text("em"))), text(" "),
                new Inline.Styled(Inline.Style.STRONG, List.of(text("strong"))), text(" "),
                new Inline.Styled(Inline.Style.STRIKETHROUGH, List.of(text("gone"))), text(" "),
                new Inline.Code("a  b"), text(" x"),
                new Inline.Styled(Inline.Style.SUPERSCRIPT, List.of(text("2"))), text(" H"),
                new Inline.Styled(Inline.Style.SUBSCRIPT, List.of(text("2"))), text("O & © soft"),
                new Inline.LineBreak(), text("hard")), content);
    }

    @Test
    void quotesAndDashesFollowTheLanguage() {
        assertEquals("“Hi”\u00A0– it’s…\u00A0— ‘x’", firstText("en", "\"Hi\" -- it's... --- 'x'"));
        assertEquals("«Привет»\u00A0— да", firstText("ru", "\"Привет\" --- да"));
        assertEquals("„Hallo“ sagt er", firstText("de", "\"Hallo\" sagt er"));
        assertEquals("«\u00A0Bonjour\u00A0»", firstText("fr", "\"Bonjour\""));
        assertEquals("「こんにちは」", firstText("ja", "\"こんにちは\""));
    }

    @Test
    void theSpaceBeforeASpacedDashIsANoBreakSpaceUnlessTheDashOpensTheLine() {
        assertEquals("Стоимость\u00A0— 5 000 руб.", firstText("ru", "Стоимость --- 5 000 руб."));
        assertEquals("разговор,\u00A0— сказал он.", firstText("ru", "разговор,\n— сказал он."));
        assertEquals("— Да, — сказал он.".replace(" —", "\u00A0—"), firstText("ru", "— Да, — сказал он."));
        assertEquals("в\u00A01905–1907 годах, от А\u00A0– до Я", firstText("ru", "в 1905--1907 годах, от А -- до Я"));
        assertEquals("*\u00A0— x", firstText("en", "\\* --- x"));
        var book = TestBook.with(dir.resolve("br"), "title: T\nlang: ru\n").file("manuscript/ch.md",
                "# C\n\nОн сказал:\\\n— Да.\n");
        List<Inline> content = ((Block.Paragraph) book.body(0).get(0)).content();
        assertEquals(new Inline.Text("— Да."), content.get(content.size() - 1), "a dash after a hard break opens its line");
    }

    private String firstText(String lang, String markdown) {
        var book = TestBook.with(dir.resolve(lang), "title: T\nlang: " + lang + "\n").file("manuscript/ch.md", "# C\n\n" + markdown + "\n");
        return galley.model.Blocks.plainText(((Block.Paragraph) book.body(0).get(0)).content());
    }

    @Test
    void softBreaksAreSpacesExceptBetweenCjkCharacters() {
        var book = chapter("# C\n\nfirst\nsecond\n\n日本語の\n文章です\n");
        assertEquals(List.of(text("first second")), ((Block.Paragraph) book.body(0).get(0)).content());
        assertEquals(List.of(text("日本語の文章です")), ((Block.Paragraph) book.body(0).get(1)).content());
    }

    @Test
    void blocksKeepTheirShapeAndLines() {
        var book = chapter("""
                # C

                > quoted

                3. three
                4. four

                - loose

                - list

                ```python extra
                print(1)
                ```

                    indented

                ***

                | L | C | R |
                |:--|:-:|--:|
                | 1 | 2 |

                Term
                : Definition one
                : Definition two
                """);
        var body = book.body(0);
        assertEquals(new Block.BlockQuote(List.of(new Block.Paragraph(List.of(text("quoted")),
                new Source("manuscript/ch.md", 3))), new Source("manuscript/ch.md", 3)), body.get(0));
        var ordered = (Block.ListBlock) body.get(1);
        assertTrue(ordered.ordered() && ordered.tight());
        assertEquals(3, ordered.start());
        assertEquals(2, ordered.items().size());
        var loose = (Block.ListBlock) body.get(2);
        assertTrue(!loose.ordered() && !loose.tight());
        assertEquals(new Block.CodeBlock("python", "print(1)", new Source("manuscript/ch.md", 12)), body.get(3));
        assertEquals(new Block.CodeBlock("", "indented", new Source("manuscript/ch.md", 16)), body.get(4));
        assertInstanceOf(Block.ThematicBreak.class, body.get(5));
        var table = (Block.Table) body.get(6);
        assertEquals(List.of(Block.Alignment.LEFT, Block.Alignment.CENTER, Block.Alignment.RIGHT), table.alignments());
        assertEquals(List.of(Optional.of(List.of(text("1"))), Optional.of(List.of(text("2"))), Optional.of(List.of())),
                table.body().get(0).cells().stream().map(Block.TableCell::inlines).toList());
        var definitions = (Block.DefinitionList) body.get(7);
        assertEquals(List.of(text("Term")), definitions.items().get(0).term());
        assertEquals(2, definitions.items().get(0).definitions().size());
    }

    @Test
    void rawHtmlKeepsCommonElementsDropsScriptsAndWarnsOncePerUnknownKind() {
        var book = chapter("# C\n\nA <em onclick=\"x()\">b</em> <marquee>c</marquee> <marquee>d</marquee> "
                + "<script>alert(1)</script> <a href=\"javascript:alert(1)\">e</a>.\n\n"
                + "<div>\n<p>Para <strong>s</strong></p>\n<iframe src=\"x\"></iframe>\n<blink>z</blink>\n</div>\n");
        var content = ((Block.Paragraph) book.body(0).get(0)).content();
        assertEquals(List.of(text("A "), new Inline.Styled(Inline.Style.EMPHASIS, List.of(text("b"))),
                text(" c d e.")), content);
        assertEquals(new Block.Paragraph(List.of(text("Para "), new Inline.Styled(Inline.Style.STRONG, List.of(text("s")))),
                new Source("manuscript/ch.md", 6)), book.body(0).get(1));
        assertEquals(List.of(new Block.Paragraph(List.of(text("z")), new Source("manuscript/ch.md", 8))),
                book.body(0).subList(2, book.body(0).size()));
        assertEquals(List.of(
                "manuscript/ch.md:3: warning: raw HTML attribute onclick on <em> removed",
                "manuscript/ch.md:3: warning: raw HTML <marquee> is rendered as text",
                "manuscript/ch.md:3: warning: raw HTML <script> removed",
                "manuscript/ch.md:3: warning: javascript: link removed, its text kept",
                "manuscript/ch.md:7: warning: raw HTML <iframe> removed",
                "manuscript/ch.md:8: warning: raw HTML <blink> is rendered as text"), book.rendered());
    }

    @Test
    void autolinksMailLinksReferenceLinksAndHtmlLinksAndImages() {
        var book = chapter("# C\n\n<https://x.org> www.example.com <a@b.org> [ref] [undefined][nope] "
                + "<a href=\"#c\">up</a> <img src=\"i.png\" alt=\"icon\">\n\n[ref]: https://r.example/\n")
                .image("manuscript/i.png");
        var links = ((Block.Paragraph) book.body(0).get(0)).content();
        assertEquals(List.of(
                new Inline.Link(new LinkTarget.External("https://x.org"), List.of(text("https://x.org"))), text(" "),
                new Inline.Link(new LinkTarget.External("http://www.example.com"), List.of(text("www.example.com"))),
                text(" "),
                new Inline.Link(new LinkTarget.External("mailto:a@b.org"), List.of(text("a@b.org"))), text(" "),
                new Inline.Link(new LinkTarget.External("https://r.example/"), List.of(text("ref"))),
                text(" [undefined][nope] "),
                new Inline.Link(new LinkTarget.Internal(0, Optional.of("c")), List.of(text("up"))), text(" ")),
                links.subList(0, links.size() - 1));
        var image = assertInstanceOf(Inline.Image.class, links.get(links.size() - 1));
        assertEquals("icon", image.alt());
        assertEquals(List.of(), book.rendered());
    }
}
