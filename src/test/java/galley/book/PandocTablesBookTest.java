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
 * A book of pandoc's simple, multiline and grid tables with captions, built as a user builds it: the
 * EPUB passes EPUBCheck and holds each table as a {@code <table>} with its {@code <caption>}, header
 * and cells (a grid cell's list a list); the PDF, read back with PDFBox, prints every cell's words,
 * each caption on its table's page, and places the columns as the dashes give their widths.
 */
@Slow
class PandocTablesBookTest {

    private static final String CHAPTER = "# Tables\n\nSee [the multiline table](#tbl:multi).\n\n"
            + galley.read.PandocTableReadingTest.SIMPLE + "\n" + galley.read.PandocTableReadingTest.MULTILINE + "\n"
            + galley.read.PandocTableReadingTest.GRID + """

            +----------+------------------------------+----------+
            | narrow   | wide                         | narrow   |
            +==========+==============================+==========+
            | x        | y                            | z        |
            +----------+------------------------------+----------+
            """;

    @TempDir
    static Path dir;

    private static TestBook.Run run;
    private static PrintedBook printed;
    private static Document chapter;

    @BeforeAll
    static void build() throws IOException {
        run = TestBook.written(dir.resolve("book"), "title: Tables\nname: tables\nlang: en\n", CHAPTER).build();
        assertEquals(0, run.status(), run.err());
        printed = PrintedBook.read(run.pdf());
        chapter = EpubBook.read(run.epub()).chapter(0);
    }

    @Test
    void theEpubPassesEpubCheck() {
        assertEquals(List.of(), EpubCheckReport.check(run.epub()).problems());
    }

    @Test
    void eachTableIsATableWithItsCaptionHeaderAndCells() {
        List<Element> tables = chapter.select("table");
        assertEquals(4, tables.size());
        assertEquals("Demonstration of simple table syntax.", tables.get(0).selectFirst("caption").text());
        assertEquals(List.of("Right", "Left", "Center", "Default"), tables.get(0).select("thead th").eachText());
        assertEquals(12, tables.get(0).select("tbody td").size());
        assertEquals("align-right", tables.get(0).selectFirst("tbody td").attr("class"));

        Element multi = chapter.getElementById("tbl-multi");
        assertNotNull(multi, "the multiline table carries its id");
        assertEquals("Here’s the caption. It, too, may span multiple lines.", multi.selectFirst("caption").text());
        assertEquals(4, multi.select("colgroup col").size());
        assertEquals("Example of a row that spans multiple lines.", multi.select("tbody tr").get(0).child(3).text());
        assertTrue(chapter.select("a").stream().anyMatch(a -> a.attr("href").endsWith("#tbl-multi")),
                "the link leads to the table's id: " + chapter.select("a"));

        Element grid = tables.get(2);
        assertEquals("Sample grid table.", grid.selectFirst("caption").text());
        Element advantages = grid.select("tbody tr").get(0).child(2);
        assertEquals(List.of("built-in wrapper", "bright color"), advantages.select("ul > li").eachText());
    }

    @Test
    void printSetsEveryCellsWordsWithEachCaptionOnItsTablesPage() {
        String all = String.join("\n", printed.pages().stream().map(PrintedBook.PrintedPage::text).toList());
        for (String word : List.of("Right", "Default", "123", "Centered", "Header", "12.0", "spans", "multiple", "lines.",
                "blank", "Fruit", "Bananas", "$1.34", "built-in", "wrapper", "bright", "color", "Oranges", "scurvy", "tasty")) {
            assertTrue(all.contains(word), word + " is printed");
        }
        assertEquals(pageOf("Demonstration"), pageOf("Right"));
        assertEquals(pageOf("Sample grid table."), pageOf("Bananas"));
        PrintedBook.PrintedPage multi = printed.pages().get(pageOf("Here’s the caption."));
        assertTrue(multi.text().indexOf("Here’s the caption.") < multi.text().indexOf("Centered"), "the caption is above the table");
        PrintedBook.LinkBox link = printed.pages().get(pageOf("See the multiline")).links().stream()
                .filter(l -> l.text().contains("multiline")).findFirst().orElseThrow();
        assertEquals(multi.index(), link.page());
    }

    @Test
    void printPlacesTheColumnsAsTheDashesGiveTheirWidths() {
        PrintedBook.PrintedPage page = printed.pages().get(pageOf("narrow"));
        float first = firstGlyphOf(page, "narrow", 0).x();
        float wide = firstGlyphOf(page, "wide", 0).x();
        float last = firstGlyphOf(page, "narrow", 1).x();
        // columns of 11, 31 and 11 characters: the wide one nearly three times the first, though its words are short
        float ratio = (last - wide) / (wide - first);
        assertEquals(31f / 11f, ratio, 0.15f, "widths " + (wide - first) + " and " + (last - wide));
    }

    private static int pageOf(String text) {
        return printed.pages().stream().filter(p -> p.text().contains(text)).findFirst()
                .orElseThrow(() -> new AssertionError(text + " is not printed")).index();
    }

    private static PrintedBook.Glyph firstGlyphOf(PrintedBook.PrintedPage page, String word, int skip) {
        List<PrintedBook.Glyph> glyphs = page.glyphs();
        int found = 0;
        for (int i = 0; i + word.length() <= glyphs.size(); i++) {
            var text = new StringBuilder();
            for (int k = 0; k < word.length(); k++) {
                text.append(glyphs.get(i + k).text());
            }
            if (text.toString().equals(word) && found++ == skip) {
                return glyphs.get(i);
            }
        }
        throw new AssertionError(word + " is not on page " + page.index());
    }
}
