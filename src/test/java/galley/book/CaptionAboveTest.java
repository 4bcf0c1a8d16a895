package galley.book;

import galley.book.PrintedBook.PrintedPage;
import galley.testing.TestBook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.zip.ZipFile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A caption written above a table, all in emphasis, is set flush in both editions, where the same
 * words in plain text, as the text's next paragraph, are indented.
 */
class CaptionAboveTest {

    @TempDir
    static Path dir;

    private static TestBook.Run run;

    @BeforeAll
    static void build() throws IOException {
        run = TestBook.written(dir, "title: Captions\nname: captions\n", """
                # Formats

                The formats differ in how long they last, as the table shows.

                *Tablecaption 2.1. Common formats and how long they keep.*

                | Format | Verdict |
                |---|---|
                | PDF/A | Safe |

                The text goes on after the table, and the plain paragraph below follows it.

                Plainpara 2.2 is an ordinary paragraph before a table.

                | Format | Verdict |
                |---|---|
                | TIFF | Safe |
                """).build();
        assertEquals(0, run.status(), run.err());
    }

    /** Where {@code word} starts on the page: the x of its first glyph, found by the glyphs that spell it. */
    private static float startX(PrintedPage page, String words) {
        // the glyphs hold no spaces
        String word = words.replace(" ", "");
        var glyphs = page.glyphs();
        for (int i = 0; i + word.length() <= glyphs.size(); i++) {
            var spelled = new StringBuilder();
            for (int k = i; k < glyphs.size() && spelled.length() < word.length(); k++) {
                spelled.append(glyphs.get(k).text());
            }
            if (spelled.toString().startsWith(word)) {
                return glyphs.get(i).x();
            }
        }
        throw new AssertionError(words + " not on page " + page.label());
    }

    @Test
    void printSetsTheCaptionFlushAndTheParagraphIndented() throws IOException {
        PrintedBook book = PrintedBook.read(run.pdf());
        PrintedPage page = book.pages().stream().filter(p -> p.text().contains("Tablecaption")).findFirst().orElseThrow();
        float left = startX(page, "The formats");
        assertEquals(left, startX(page, "Tablecaption"), 0.5f,
                "the caption starts at the text's left edge, as the chapter's first paragraph does");
        float plain = startX(page, "Plainpara");
        assertTrue(plain > left + 5f, "a plain paragraph before a table is indented: " + plain + " against " + left);
    }

    @Test
    void theEpubMarksTheCaptionSoThatItsStylesheetSetsItFlush() throws IOException {
        try (var zip = new ZipFile(run.epub().toFile())) {
            String chapter = new String(zip.getInputStream(zip.getEntry("OEBPS/chapter-001.xhtml")).readAllBytes(),
                    StandardCharsets.UTF_8);
            assertTrue(chapter.contains("<p class=\"caption-above\"><em>Tablecaption 2.1."), chapter);
            assertTrue(chapter.contains("<p>Plainpara 2.2"), chapter);
            String css = new String(zip.getInputStream(zip.getEntry("OEBPS/css/galley.css")).readAllBytes(),
                    StandardCharsets.UTF_8);
            assertTrue(css.contains("p.caption-above {\n  text-indent: 0;"), "the stylesheet sets it flush");
        }
    }
}
