package galley.book;

import galley.epub.EpubCheckReport;
import galley.testing.Slow;
import galley.testing.TestBook;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A German book written with pandoc's block constructs, built as a user builds it: the EPUB passes
 * EPUBCheck and marks its admonitions for screen readers under their German label; the PDF, read
 * back with PDFBox, sets that label and indents the admonition's text, and a link to a div's id leads
 * to the div's page.
 */
@Slow
class PandocBlocksBookTest {

    private static final String CHAPTER = """
            # Blöcke

            Siehe [die Warnung](#gefahr) weiter unten.

            ::: {#gefahr .warning}
            Nicht die Drähte berühren.

            Ein zweiter Absatz der Warnung.
            :::

            Text danach, so lang, dass er mehr als eine Zeile füllt und zeigt, wo der Textrand liegt,
            an dem die Absätze außerhalb der Warnung beginnen.

            ::: {.custom lang=fr key=valeur}
            Une division sans classe connue.
            :::

            | Über allen Gipfeln
            |    ist Ruh,
            | in allen Wipfeln spürest du kaum einen Hauch, so lang, dass diese Zeile umbrechen muss und
              unter ihrem Anfang hängt, nicht bündig steht.
            |
            | Die Vögelein schweigen im Walde.

            \\newpage

            ## Anhang {-}

            Ein Abschnitt ohne Nummer.

            ## Versteckt {.unlisted}

            Ein Abschnitt, der im Inhaltsverzeichnis fehlt.
            """;

    @TempDir
    static Path dir;

    private static TestBook.Run run;
    private static PrintedBook printed;
    private static Document chapter;

    @BeforeAll
    static void build() throws IOException {
        run = TestBook.written(dir.resolve("book"), "title: Blöcke\nname: bloecke\nlang: de\n", CHAPTER).build();
        assertEquals(0, run.status(), run.err());
        printed = PrintedBook.read(run.pdf());
        chapter = EpubBook.read(run.epub()).chapter(0);
    }

    @Test
    void theEpubPassesEpubCheck() {
        assertEquals(List.of(), EpubCheckReport.check(run.epub()).problems());
    }

    @Test
    void anAdmonitionIsANoteForScreenReadersWithItsLabelAsText() {
        Element warning = chapter.getElementById("gefahr");
        assertNotNull(warning);
        assertEquals("note", warning.attr("role"));
        assertEquals("warning admonition", warning.attr("class"));
        assertEquals("Warnung", warning.child(0).text());
        assertEquals("Nicht die Drähte berühren.", warning.child(1).text());
        Element custom = chapter.selectFirst("div.custom");
        assertNotNull(custom);
        assertEquals("fr", custom.attr("xml:lang"));
        assertEquals("valeur", custom.attr("data-key"));
        assertEquals("", custom.attr("role"));
    }

    @Test
    void printSetsTheLabelAndIndentsTheAdmonitionsText() {
        PrintedBook.PrintedPage page = printed.pages().stream().filter(p -> p.text().contains("Drähte")).findFirst()
                .orElseThrow();
        assertTrue(page.text().contains("Warnung\nNicht die Drähte"), page.text());
        float inside = firstGlyphOf(page, "Nicht").x();
        float outside = firstGlyphOf(page, "Text").x();
        assertTrue(inside > outside + 5f, "the admonition is indented: " + inside + " against " + outside);
        PrintedBook.LinkBox link = page.links().stream().filter(l -> l.text().contains("Warnung")).findFirst()
                .orElseThrow(() -> new AssertionError(page.links().toString()));
        assertEquals(page.index(), link.page());
    }

    @Test
    void anUnlistedSectionIsInNeitherContentsAndMinusIsNotPrinted() throws IOException {
        List<String> nav = EpubBook.read(run.epub()).nav().get(0).children().stream().map(EpubBook.NavEntry::title)
                .toList();
        assertEquals(List.of("Anhang"), nav);
        PrintedBook.PrintedPage contents = printed.pages().stream().filter(p -> p.text().contains("Inhalt")).findFirst()
                .orElseThrow();
        assertTrue(contents.text().contains("Anhang"), contents.text());
        assertTrue(!contents.text().contains("Versteckt"), contents.text());
        String body = printed.pages().stream().map(PrintedBook.PrintedPage::text).reduce("", String::concat);
        assertTrue(body.contains("Versteckt"), "the unlisted section is printed");
        assertTrue(!body.contains("{"), "no attribute braces in print");
    }

    @Test
    void verseIsSetLineByLineWithAWrappedLinesRestHanging() {
        Element verse = chapter.selectFirst("div.line-block");
        assertNotNull(verse);
        assertEquals(5, verse.children().size());
        assertEquals("\u00A0\u00A0\u00A0ist Ruh,", verse.child(1).wholeText());
        PrintedBook.PrintedPage page = printed.pages().stream().filter(p -> p.text().contains("Gipfeln")).findFirst()
                .orElseThrow();
        float line = firstGlyphOf(page, "Über").x();
        float indented = firstGlyphOf(page, "ist").x();
        float wrapped = firstGlyphOf(page, "Wipfeln").x();
        float hanging = firstGlyphOf(page, "unter").x();
        assertTrue(indented > line + 5f, "leading spaces kept: " + indented + " against " + line);
        assertTrue(hanging > line + 5f, "the rest of a wrapped line hangs: " + hanging + " against " + line);
        assertTrue(wrapped > line, "Wipfeln is on the line's first part");
        assertTrue(page.text().contains("Ruh,\nin allen"), "the author's line breaks: " + page.text());
    }

    @Test
    void aPageBreakStartsTheNextSectionOnANewPage() {
        int verse = printed.pages().stream().filter(p -> p.text().contains("Vögelein")).findFirst().orElseThrow().index();
        int next = printed.pages().stream().filter(p -> p.text().contains("ohne Nummer")).findFirst().orElseThrow().index();
        assertEquals(verse + 1, next);
    }

    private static PrintedBook.Glyph firstGlyphOf(PrintedBook.PrintedPage page, String word) {
        List<PrintedBook.Glyph> glyphs = page.glyphs();
        for (int i = 0; i + word.length() <= glyphs.size(); i++) {
            var text = new StringBuilder();
            for (int k = 0; k < word.length(); k++) {
                text.append(glyphs.get(i + k).text());
            }
            if (text.toString().equals(word)) {
                return glyphs.get(i);
            }
        }
        throw new AssertionError(word + " is not on page " + page.index());
    }
}
