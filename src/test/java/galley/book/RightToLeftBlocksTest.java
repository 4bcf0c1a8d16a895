package galley.book;

import galley.epub.EpubCheckReport;
import galley.testing.Slow;
import galley.testing.TestBook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;
import java.util.zip.ZipFile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Lists, quotations, tables and definition lists that read from right to left, beside an English list and table that
 * must not move: in the PDF, read back with PDFBox, a Hebrew item's marker stands to the right of
 * its text and a nested list further left, and a Hebrew table's first column is on the right; in
 * the EPUB, such a list, quotation or table is marked {@code dir="rtl"} so that the reading system
 * hangs the markers and sets the first column on the right.
 */
class RightToLeftBlocksTest {

    private static final String CHAPTER = """
            # Lists both ways

            An English list:

            - First English item
            - Second English item

            A Hebrew list:

            * פריט ראשון
            * פריט שני
              * פריט מקונן

            A numbered one:

            1. אחד
            2. שניים

            > ציטוט בעברית שמתחיל את הפסקה.
            >
            > With an English line after it.

            | עיר | שנה |
            |---|---|
            | ירושלים | 1948 |

            | Town | Year |
            |---|---|
            | London | 1945 |

            מונח
            : ההגדרה שלו.
            """;

    @TempDir
    static Path dir;

    private static TestBook.Run run;
    private static List<PrintedBook.Glyph> glyphs;

    @BeforeAll
    static void build() throws IOException {
        run = TestBook.written(dir.resolve("book"), "title: Lists Both Ways\nname: lists\n", CHAPTER).build();
        assertEquals(0, run.status(), run.err());
        PrintedBook.PrintedPage page = PrintedBook.read(run.pdf()).pages().stream()
                .filter(p -> p.text().contains("An English list")).findFirst().orElseThrow();
        glyphs = page.glyphs();
    }

    /** The glyphs of the printed line that holds {@code visual} (a Hebrew word as drawn, last letter first), left to right. */
    private static List<PrintedBook.Glyph> line(String visual) {
        var lines = new TreeMap<Integer, List<PrintedBook.Glyph>>();
        for (PrintedBook.Glyph g : glyphs) {
            if (!g.text().isBlank()) {
                lines.computeIfAbsent(Math.round(g.y()), y -> new ArrayList<>()).add(g);
            }
        }
        for (List<PrintedBook.Glyph> line : lines.values()) {
            line.sort(Comparator.comparing(PrintedBook.Glyph::x));
            var text = new StringBuilder();
            line.forEach(g -> text.append(g.text()));
            if (text.indexOf(visual) >= 0) {
                return line;
            }
        }
        throw new AssertionError("no line holds " + visual + " in " + glyphs);
    }

    private static String text(List<PrintedBook.Glyph> glyphs) {
        var text = new StringBuilder();
        glyphs.forEach(g -> text.append(g.text()));
        return text.toString();
    }

    private static float right(List<PrintedBook.Glyph> glyphs) {
        return (float) glyphs.stream().mapToDouble(g -> g.x() + g.width()).max().orElseThrow();
    }

    @Test
    void aHebrewItemsBulletStandsToTheRightOfItsText() {
        List<PrintedBook.Glyph> line = line("ןושאר");
        PrintedBook.Glyph bullet = line.get(line.size() - 1);
        assertEquals("•", bullet.text(), text(line));
        List<PrintedBook.Glyph> words = line.subList(0, line.size() - 1);
        assertTrue(bullet.x() > right(words) + 2f, "a gap between the text and its bullet: " + line);
    }

    @Test
    void aNestedHebrewListIsIndentedFurtherFromTheRight() {
        List<PrintedBook.Glyph> outer = line("ינש");
        List<PrintedBook.Glyph> nested = line("ןנוקמ");
        PrintedBook.Glyph outerBullet = outer.get(outer.size() - 1);
        PrintedBook.Glyph nestedBullet = nested.get(nested.size() - 1);
        assertEquals("•", nestedBullet.text(), text(nested));
        assertTrue(nestedBullet.x() < outerBullet.x() - 5f, outerBullet + " " + nestedBullet);
        assertTrue(right(nested.subList(0, nested.size() - 1)) < right(outer.subList(0, outer.size() - 1)) - 5f);
        assertTrue(nestedBullet.x() + nestedBullet.width() < right(outer.subList(0, outer.size() - 1)),
                "the nested bullet stands under the outer item's text, as in an English list");
    }

    @Test
    void aHebrewItemsNumberReadsFromTheRightWithItsStopTowardsTheText() {
        // "1." read from right to left: on the page the stop stands left of the digit, between it and the text
        List<PrintedBook.Glyph> line = line("דחא");
        int n = line.size();
        assertEquals(".1", line.get(n - 2).text() + line.get(n - 1).text(), text(line));
        assertTrue(line.get(n - 2).x() > right(line.subList(0, n - 2)) + 2f, text(line));
        List<PrintedBook.Glyph> second = line("םיינש");
        assertEquals(".2", text(second.subList(second.size() - 2, second.size())), text(second));
    }

    @Test
    void theEnglishListKeepsItsMarkersOnTheLeft() {
        List<PrintedBook.Glyph> line = line("FirstEnglishitem");
        assertEquals("•", line.get(0).text(), text(line));
        List<PrintedBook.Glyph> hebrew = line("ןושאר");
        // the English text starts where the Hebrew list's text ends, one indent in from either margin
        assertTrue(line.get(1).x() < hebrew.get(0).x(), line + " " + hebrew);
    }

    @Test
    void aHebrewTablesFirstColumnIsOnTheRight() {
        List<PrintedBook.Glyph> header = line("ריע");
        List<PrintedBook.Glyph> row = line("םילשורי");
        assertEquals("הנשריע", text(header).replace(" ", ""), "the first column's heading is drawn last, at the right");
        assertTrue(text(row).startsWith("1948"), text(row));
        // a column without an alignment of its own is set flush right, the number under its heading's right edge
        float yearEnd = right(row.subList(0, 4));
        float headingEnd = right(header.subList(0, 3));
        assertEquals(headingEnd, yearEnd, 0.5f, text(header) + " over " + text(row));
        List<PrintedBook.Glyph> town = line("Town");
        List<PrintedBook.Glyph> london = line("London");
        assertEquals(town.get(0).x(), london.get(0).x(), 0.5f, "the English table stays flush left");
    }

    @Test
    void aHebrewDefinitionIsIndentedFromTheRight() {
        List<PrintedBook.Glyph> term = line("חנומ");
        List<PrintedBook.Glyph> definition = line("הרדגהה");
        assertTrue(right(definition) < right(term) - 10f, text(term) + " over " + text(definition));
    }

    @Slow
    @Test
    void theEpubMarksRightToLeftListsQuotationsTablesAndDefinitionsAndLeavesTheEnglishOnesAlone() throws IOException {
        String chapter;
        try (var zip = new ZipFile(run.epub().toFile())) {
            chapter = new String(zip.getInputStream(zip.stream()
                    .filter(e -> e.getName().endsWith("chapter-001.xhtml")).findFirst().orElseThrow())
                    .readAllBytes(), StandardCharsets.UTF_8);
        }
        assertTrue(chapter.contains("<ul>\n<li>First English item</li>"), chapter);
        assertTrue(chapter.contains("<ul dir=\"rtl\">\n<li>פריט ראשון</li>"), chapter);
        assertTrue(chapter.contains("פריט שני<ul dir=\"rtl\">\n<li>פריט מקונן</li>"), chapter);
        assertTrue(chapter.contains("<ol dir=\"rtl\">\n<li>אחד</li>"), chapter);
        assertTrue(chapter.contains("<blockquote dir=\"rtl\">\n<p dir=\"rtl\">ציטוט"), chapter);
        // an English paragraph inside the Hebrew quotation reads from the left again
        assertTrue(chapter.contains("<p dir=\"ltr\">With an English line"), chapter);
        assertTrue(chapter.contains("<div class=\"table-wrap\" dir=\"rtl\">\n<table>\n<thead>\n<tr><th scope=\"col\">עיר"),
                chapter);
        assertTrue(chapter.contains("<div class=\"table-wrap\">\n<table>\n<thead>\n<tr><th scope=\"col\">Town"), chapter);
        assertTrue(chapter.contains("<dl dir=\"rtl\">\n<dt>מונח"), chapter);
        assertEquals(List.of(), EpubCheckReport.check(run.epub()).problems());
    }
}
