package galley.book;

import galley.epub.EpubCheckReport;
import galley.testing.Slow;
import galley.testing.TestBook;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * pandoc's inline constructs in both editions of one book: the EPUB's XHTML (which EPUBCheck passes)
 * and the PDF's text and drawing as PDFBox reads them back.
 */
@Slow
class PandocInlineBookTest {

    private static final String CHAPTER = """
            # Inline

            A [Small]{.smallcaps} word beside SMALL, an [underlined phrase]{.underline} here, E = mc^2^ of 2 kinds
            and H~2~O, a [mot juste]{lang=fr} and [right]{dir=rtl}.

            Usage: pandoc [*options*] [*input-file*]; A {word} here, {{name}} there.

            See [the place](#place) here^[An inline *note*.] and there[^n].

            [Here]{#place} is the place; `code`{.haskell} and [a link](https://example.org/){.external}.

            [^n]: A defined note.
            """;

    @TempDir
    static Path dir;

    private static TestBook.Run run;
    private static Document xhtml;
    private static PrintedBook printed;
    private static List<StrokeFinder.Stroke> strokes;

    @BeforeAll
    static void build() throws IOException {
        run = TestBook.written(dir, "title: Inline\nlang: en\n", CHAPTER).build();
        assertEquals(0, run.status(), run.err());
        xhtml = EpubBook.read(run.epub()).chapter(0);
        printed = PrintedBook.read(run.pdf());
        strokes = new ArrayList<>();
        try (PDDocument pdf = Loader.loadPDF(run.pdf().toFile())) {
            int page = pageOf("underlined");
            strokes.addAll(StrokeFinder.strokes(pdf.getPage(page)));
        }
    }

    @Test
    void epubCheckFindsNothingWrong() {
        assertEquals(List.of(), EpubCheckReport.check(run.epub()).problems());
    }

    @Test
    void theEpubWritesEachConstructAsPandocsHtmlDoes() {
        Element small = xhtml.selectFirst("span.smallcaps");
        assertEquals("Small", small.text());
        assertTrue(small.attr("style").contains("small-caps"), small.outerHtml());
        assertTrue(xhtml.selectFirst("span.underline").attr("style").contains("underline"));
        assertEquals("2", xhtml.selectFirst("sup:not(.noteref)").text());
        assertEquals("2", xhtml.selectFirst("sub").text());
        Element french = xhtml.selectFirst("span[lang=fr]");
        assertEquals("fr", french.attr("xml:lang"));
        assertEquals("mot juste", french.text());
        assertEquals("right", xhtml.selectFirst("span[dir=rtl]").text());
        assertEquals("Here", xhtml.selectFirst("span#place").text());
        assertEquals("chapter-001.xhtml#place", xhtml.select("a").stream().filter(a -> a.text().equals("the place"))
                .findFirst().orElseThrow().attr("href"));
        assertEquals("code", xhtml.selectFirst("span.haskell > code").text());
        assertEquals("https://example.org/", xhtml.selectFirst("span.external > a").attr("href"));
        String text = xhtml.text();
        assertTrue(text.contains("Usage: pandoc [options] [input-file]; A {word} here, {{name}} there."), text);
        assertEquals(2, xhtml.select("aside[epub:type=footnote]").size());
        assertTrue(text.contains("An inline note."), text);
    }

    @Test
    void thePrintedTextKeepsBracesAndBracketsWithoutMarkup() {
        String text = String.join("", printed.pages().stream().map(PrintedBook.PrintedPage::text).toList())
                .replaceAll("\\s+", " ");
        assertTrue(text.contains("Usage: pandoc [options] [input-file]; A {word} here, {{name}} there."), text);
        assertTrue(text.contains("An inline note.") && text.contains("A defined note."), text);
        assertFalse(text.contains("*") || text.contains("^") || text.contains("~"), text);
    }

    @Test
    void smallCapitalsAreCapitalsSmallerThanTheTextsOwn() {
        List<PrintedBook.Glyph> glyphs = glyphsOf("underlined");
        int word = indexOfWord(glyphs, "SMALL", 0);
        int plain = indexOfWord(glyphs, "SMALL", word + 5);
        assertEquals(glyphs.get(word).width(), glyphs.get(plain).width(), 0.01f, "the S of Small keeps its size");
        for (int i = 1; i < 5; i++) {
            PrintedBook.Glyph small = glyphs.get(word + i);
            PrintedBook.Glyph full = glyphs.get(plain + i);
            assertEquals(full.text(), small.text());
            assertTrue(small.width() < full.width() * 0.9f, small + " against " + full);
            assertEquals(full.y(), small.y(), 0.01f, "on the baseline");
        }
    }

    @Test
    void aSuperscriptIsRaisedAndSmallerAndASubscriptLowered() {
        List<PrintedBook.Glyph> glyphs = glyphsOf("underlined");
        int mc = indexOfWord(glyphs, "mc2", 0);
        PrintedBook.Glyph c = glyphs.get(mc + 1);
        PrintedBook.Glyph sup = glyphs.get(mc + 2);
        PrintedBook.Glyph two = glyphs.get(indexOfWord(glyphs, "of2", 0) + 2);
        assertTrue(sup.y() > c.y() + 1f, sup + " above " + c);
        assertTrue(sup.width() < two.width() * 0.8f, sup + " against " + two);
        int water = indexOfWord(glyphs, "H2O", 0);
        assertTrue(glyphs.get(water + 1).y() < glyphs.get(water).y(), "the 2 of H2O is lowered");
    }

    @Test
    void anUnderlineRunsUnderTheUnderlinedWordsAndNoOthers() {
        List<PrintedBook.Glyph> glyphs = glyphsOf("underlined");
        int from = indexOfWord(glyphs, "underlined", 0);
        PrintedBook.Glyph first = glyphs.get(from);
        PrintedBook.Glyph last = glyphs.get(indexOfWord(glyphs, "phrase", from) + 5);
        assertEquals(first.y(), last.y(), 0.01f, "the phrase is set on one line here");
        var under = strokes.stream().filter(s -> s.y1() < first.y() && s.y1() > first.y() - 4f
                && Math.abs(s.y1() - s.y2()) < 0.01f).toList();
        assertEquals(1, under.size(), strokes.toString());
        assertEquals(first.x(), under.get(0).x1(), 0.5f);
        assertEquals(last.x() + last.width(), under.get(0).x2(), 0.5f);
    }

    @Test
    void aSpanIdIsWhereItsLinkLeads() {
        var link = printed.pages().stream().flatMap(p -> p.links().stream())
                .filter(l -> l.text().contains("place")).findFirst().orElseThrow();
        assertEquals("place", link.anchor());
        assertEquals(pageOf("Here"), link.page());
        assertNotNull(link.area());
    }

    private static int pageOf(String text) {
        return printed.pages().stream().filter(p -> p.text().contains(text)).findFirst().orElseThrow().index();
    }

    private static List<PrintedBook.Glyph> glyphsOf(String onPage) {
        return printed.page(pageOf(onPage)).glyphs().stream().filter(g -> !g.text().isBlank()).toList();
    }

    /** The index of the first glyph of the run of glyphs spelling {@code word} (spaces left out), from {@code from} on. */
    private static int indexOfWord(List<PrintedBook.Glyph> glyphs, String word, int from) {
        var text = new StringBuilder();
        glyphs.forEach(g -> text.append(g.text().charAt(0)));
        int at = text.indexOf(word, from);
        assertTrue(at >= 0, word + " in " + text);
        return at;
    }
}
