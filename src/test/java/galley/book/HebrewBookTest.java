package galley.book;

import galley.book.PrintedBook.Glyph;
import galley.book.PrintedBook.PrintedPage;
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
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.zip.ZipFile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A book whose {@code lang} is Hebrew, read back with PDFBox: the pages Galley sets itself (the
 * contents, the imprint) start at the right margin, and numbers and addresses inside Hebrew lines
 * are drawn in the order the eye reads them.
 */
class HebrewBookTest {

    private static final String CHAPTER_ONE = """
            # פרק 1: למה לגדל על הגג?

            בעיר הצפופה, הגג הוא לרוב המקום הפנוי האחרון.

            ## היתרונות

            ירקות טריים.

            ## מה צריך לבדוק קודם

            עומס, איטום וגישה.
            """;

    private static final String CHAPTER_TWO = """
            # פרק 2: הגינה כקהילה

            - פגישת ועדה פתוחה בכל יום שישי הראשון בחודש, בשעה 9:00.

            למידע נוסף, ראו את האתר www.example.org/roof-gardens או כתבו אלינו ל־garden@example.org.
            """;

    @TempDir
    static Path dir;

    private static TestBook.Run run;
    private static PrintedBook book;

    @BeforeAll
    static void build() throws IOException {
        run = TestBook.written(dir, """
                title: "הגינה שעל הגג"
                author: [נועה לוי, דניאל כהן]
                lang: he
                date: 2026-04-01
                name: roof
                """, CHAPTER_ONE, CHAPTER_TWO).build();
        assertEquals(0, run.status(), run.err());
        book = PrintedBook.read(run.pdf());
    }

    /** A page's glyphs, blanks left out, by printed line from the top, each line left to right. */
    private static List<List<Glyph>> lines(PrintedPage page) {
        Map<Float, List<Glyph>> byLine = new TreeMap<>(Comparator.reverseOrder());
        for (Glyph g : page.glyphs()) {
            if (!g.text().isBlank()) {
                byLine.computeIfAbsent(Math.round(g.y() * 10f) / 10f, y -> new ArrayList<>()).add(g);
            }
        }
        var lines = new ArrayList<List<Glyph>>(byLine.values());
        lines.forEach(line -> line.sort(Comparator.comparing(Glyph::x)));
        return lines;
    }

    private static String text(List<Glyph> glyphs) {
        return glyphs.stream().map(Glyph::text).collect(Collectors.joining());
    }

    private static float left(List<Glyph> glyphs) {
        return glyphs.get(0).x();
    }

    private static float right(List<Glyph> glyphs) {
        return (float) glyphs.stream().mapToDouble(g -> g.x() + g.width()).max().orElseThrow();
    }

    private static PrintedPage contentsPage() {
        return book.pages().stream().filter(p -> p.text().chars().filter(c -> c == '.').count() > 20)
                .findFirst().orElseThrow();
    }

    /** The contents' entry lines, the heading left out: those that end in a title after their dots. */
    private static List<List<Glyph>> entries() {
        List<List<Glyph>> lines = lines(contentsPage());
        return lines.stream().filter(line -> text(line).contains("..")).toList();
    }

    private static List<Glyph> title(List<Glyph> entry) {
        int lastDot = 0;
        for (int i = 0; i < entry.size(); i++) {
            if (entry.get(i).text().equals(".")) {
                lastDot = i;
            }
        }
        return entry.subList(lastDot + 1, entry.size());
    }

    @Test
    void theContentsStartAtTheRightMarginWithTheNumbersAtTheLeft() {
        List<List<Glyph>> lines = lines(contentsPage());
        List<Glyph> heading = lines.get(0);
        List<List<Glyph>> entries = entries();
        assertEquals(4, entries.size(), lines.stream().map(HebrewBookTest::text).toList().toString());
        float margin = right(heading);
        float numbers = left(entries.get(0));
        for (List<Glyph> entry : entries) {
            assertTrue(Character.isDigit(entry.get(0).text().charAt(0)), "the number stands first from the left: " + text(entry));
            assertEquals(numbers, left(entry), 0.5f, "the numbers stand at the left margin: " + text(entry));
            // the dots run from the number to the title
            assertTrue(entry.get(1).x() - right(entry.subList(0, 1)) < 20f, text(entry));
            assertTrue(left(title(entry)) - right(entry.subList(0, title(entry).isEmpty() ? 1 : entry.indexOf(title(entry).get(0))))
                    < 15f, "the dots reach the title: " + text(entry));
        }
        // chapters start at the right margin, under the heading's end; their sections are indented from the right
        assertEquals(margin, right(entries.get(0)), 0.5f, text(entries.get(0)));
        assertEquals(margin, right(entries.get(3)), 0.5f, text(entries.get(3)));
        for (int section : new int[]{1, 2}) {
            float indent = margin - right(entries.get(section));
            assertTrue(indent > 8f && indent < 30f, "a section is indented " + indent + " pt: " + text(entries.get(section)));
        }
        assertTrue(margin - numbers > 250f, "the heading and entries start at the far right: " + margin + " " + numbers);
    }

    /** The printed line, left to right, that holds {@code visual}, in a page of the body. */
    private static String bodyLine(String visual) {
        return book.pages().stream().flatMap(p -> lines(p).stream()).map(HebrewBookTest::text)
                .filter(line -> line.contains(visual)).findFirst()
                .orElseThrow(() -> new AssertionError("no printed line holds " + visual));
    }

    @Test
    void aTimeInAHebrewLineReadsFromTheLeftWithItsStopAtTheLeft() {
        // "בשעה 9:00." read from the right: the stop ends the sentence at the left, the time reads 9:00
        String line = bodyLine("העשב");
        assertTrue(line.contains(".9:00העשב"), line);
    }

    @Test
    void anAddressInAHebrewLineReadsFromTheLeftAfterItsPrefix() {
        String line = bodyLine("garden@");
        // the stop that ends the sentence at the left, the address read from the left (its prefix ל־ may end the line above)
        assertTrue(line.contains(".garden@example.org"), line);
        assertTrue(bodyLine("www").contains("www.example.org/roof-gardens"));
    }

    private static String reversed(String logical) {
        return new StringBuilder(logical).reverse().toString();
    }

    @Test
    void theFrontMatterIsInHebrewAndTheImprintIsSetFlushRight() {
        assertEquals(reversed("תוכן העניינים").replace(" ", ""), text(lines(contentsPage()).get(0)));
        PrintedPage imprint = book.pages().stream().filter(p -> p.text().contains("Galley")).findFirst().orElseThrow();
        List<List<Glyph>> lines = lines(imprint);
        lines.removeIf(line -> text(line).equals(imprint.label()));
        List<Glyph> edition = lines.stream().filter(line -> text(line).contains("Galley")).findFirst().orElseThrow();
        assertTrue(text(edition).contains(reversed("עימוד")), text(edition));
        for (List<Glyph> line : lines) {
            assertEquals(right(edition), right(line), 0.5f, "flush right with the edition's line: " + text(line));
        }
        assertTrue(lines.stream().anyMatch(line -> text(line).contains(reversed("ודניאל"))),
                "the last author takes the prefix ו: " + lines.stream().map(HebrewBookTest::text).toList());
    }

    private static String epubFile(String name) throws IOException {
        try (var zip = new ZipFile(run.epub().toFile())) {
            return new String(zip.getInputStream(zip.stream().filter(e -> e.getName().endsWith(name)).findFirst()
                    .orElseThrow()).readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Slow
    @Test
    void theEpubsNavigationAndTitlePageReadFromTheRight() throws IOException {
        String nav = epubFile("nav.xhtml");
        assertTrue(nav.contains("aria-labelledby=\"toc-title\" dir=\"rtl\">\n<h1 id=\"toc-title\">תוכן העניינים</h1>"), nav);
        assertTrue(nav.contains("aria-labelledby=\"landmarks-title\" dir=\"rtl\">\n<h2 id=\"landmarks-title\">ציוני דרך"), nav);
        assertTrue(nav.contains("aria-labelledby=\"page-list-title\" dir=\"rtl\">"), nav);
        String title = epubFile("title.xhtml");
        assertTrue(title.contains("<section epub:type=\"titlepage\" class=\"titlepage\" aria-labelledby=\"book-title\" dir=\"rtl\">"),
                title);
        // the stylesheet of a right-to-left book starts the contents' lists at the right
        assertTrue(epubFile("galley.css").contains("nav[dir=\"rtl\"] ol ol {"));
        // every document's root reads from the right
        for (String document : List.of(nav, title, epubFile("chapter-001.xhtml"))) {
            assertTrue(document.contains("<html xmlns=\"http://www.w3.org/1999/xhtml\" xmlns:epub=\"http://www.idpf.org/2007/ops\" "
                    + "lang=\"he\" xml:lang=\"he\" dir=\"rtl\">"), document);
        }
        // and its pages turn from right to left
        assertTrue(epubFile("content.opf").contains("<spine toc=\"ncx\" page-progression-direction=\"rtl\">"),
                epubFile("content.opf"));
        assertEquals(List.of(), EpubCheckReport.check(run.epub()).problems());
    }
}
