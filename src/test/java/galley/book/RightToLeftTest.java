package galley.book;

import galley.testing.TestBook;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.zip.ZipFile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Hebrew and Arabic in a book, read back by independent tools: PDFBox, which turns a PDF's
 * right-to-left text from the order it is drawn in back into reading order, must read the words
 * as written (text drawn in reading order would come back reversed), Arabic joined; the EPUB
 * marks such a paragraph {@code dir="rtl"}. Where the lines sit is VisualOrderTest's to check.
 */
class RightToLeftTest {

    private static final String HEBREW = "שלום עולם, זהו משפט בעברית שמתחיל את הפסקה ומילה English באמצע, "
            + "כדי לבדוק את הכיוון של הפסקה כולה ואת השבירה של השורות כשהטקסט ארוך יותר משורה אחת.";
    private static final String ARABIC = "مرحبا بالعالم، هذه جملة عربية طويلة تبدأ الفقرة والسلام عليكم ورحمة الله.";

    @TempDir
    static Path dir;

    private static TestBook.Run run;

    @BeforeAll
    static void build() throws IOException {
        run = TestBook.written(dir.resolve("book"), "title: Both Ways\nname: both\n", "# Both ways\n\nThe Hebrew word שלום means peace; the Arabic word مرحبا means hello.\n\n"
                        + HEBREW + "\n\n" + ARABIC + "\n").build();
        assertEquals(0, run.status(), run.err());
    }

    private static String printed() throws IOException {
        try (PDDocument doc = Loader.loadPDF(run.pdf().toFile())) {
            var stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            String text = stripper.getText(doc);
            // Arabic comes back as its presentation forms; the lam-alef ligature keeps a joiner for the alef's place
            return Normalizer.normalize(text, Normalizer.Form.NFKC).replace("\u200D", "");
        }
    }

    @Test
    void rightToLeftWordsReadBackInReadingOrder() throws IOException {
        String text = printed();
        assertTrue(text.contains("The Hebrew word שלום means peace; the Arabic word مرحبا means hello"), text);
        // PDFBox spells each word of a right-to-left line in reading order, and gives the words
        // left to right as they stand on the page: from the line's last word to its first
        String hebrew = String.join(" ", readingOrder(text, "שלום"));
        assertTrue(hebrew.startsWith("שלום עולם, זהו משפט בעברית"), hebrew);
        String arabic = String.join(" ", readingOrder(text, "مرحبا"));
        assertTrue(arabic.startsWith("مرحبا بالعالم، هذه جملة"), arabic);
        assertTrue(arabic.contains("والسلام عليكم"), "the lam-alef ligature reads as lam and alef: " + arabic);
    }

    // the words of the printed line that ends with {@code end}, last first
    private static List<String> readingOrder(String text, String end) {
        String line = text.lines().filter(l -> l.strip().endsWith(end)).findFirst().orElseThrow(() -> new AssertionError(text));
        List<String> words = new ArrayList<>(List.of(line.strip().split(" ")));
        Collections.reverse(words);
        return words;
    }

    @Test
    void arabicIsDrawnInItsJoinedForms() throws IOException {
        var drawn = new StringBuilder();
        for (PrintedBook.PrintedPage page : PrintedBook.read(run.pdf()).pages()) {
            page.glyphs().forEach(g -> drawn.append(g.text()));
        }
        // meem's initial form and the lam-alef ligature: joined letters, not the isolated ones
        assertTrue(drawn.indexOf("\uFEE3") >= 0 && drawn.indexOf("\uFEFC") >= 0, drawn.toString());
        assertTrue(drawn.indexOf("\u0645") < 0, "no meem left unshaped: " + drawn);
    }

    @Test
    void theEpubMarksRightToLeftParagraphsAndOnlyThose() throws IOException {
        try (var zip = new ZipFile(run.epub().toFile())) {
            String chapter = new String(zip.getInputStream(zip.stream()
                    .filter(e -> e.getName().endsWith("chapter-001.xhtml")).findFirst().orElseThrow())
                    .readAllBytes(), StandardCharsets.UTF_8);
            List<String> paragraphs = chapter.lines().filter(l -> l.startsWith("<p")).toList();
            assertEquals(3, paragraphs.size(), chapter);
            assertTrue(paragraphs.get(0).startsWith("<p>The Hebrew"), paragraphs.get(0));
            assertTrue(paragraphs.get(1).startsWith("<p dir=\"rtl\">שלום"), paragraphs.get(1));
            assertTrue(paragraphs.get(2).startsWith("<p dir=\"rtl\">مرحبا"), paragraphs.get(2));
        }
    }
}
