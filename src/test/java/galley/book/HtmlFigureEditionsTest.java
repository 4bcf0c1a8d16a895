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
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipFile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Images written in raw HTML and sized with attributes, as books from GitHub have them, read back
 * from both editions: each picture is known in the PDF by its pixel width, which no two share, and
 * measured against the text block, which the strip that is wider than it fills.
 */
@Slow
class HtmlFigureEditionsTest {

    private static final int STRIP = 3001;
    private static final int LOGO = 801;
    private static final int HALF = 602;
    private static final int MARKDOWN = 403;
    private static final int PHOTO = 160;
    private static final int ICON = 24;

    @TempDir
    static Path dir;

    private static TestBook.Run run;
    private static PrintedBook pdf;
    private static EpubBook epub;

    @BeforeAll
    static void build() throws IOException {
        run = TestBook.written(dir, "title: Pictures\nname: pictures\nlang: en\n", """
                # Pictures

                <img src="images/strip.png" alt="A strip wider than the page">

                <p align="center">
                  <img src="images/logo.png" alt="The logo" width="400">
                </p>

                <figure id="half">
                  <img src="images/half.png" alt="Half" width="50%">
                  <figcaption>Half the measure</figcaption>
                </figure>

                A word <img src="images/photo.png" alt="A photo"> among words, and an icon
                <img src="images/icon.png" alt="An icon"> among them too.

                ![Two inches](images/markdown.png){width=2in}
                """)
                .image("manuscript/images/strip.png", STRIP, 100, "png")
                .image("manuscript/images/logo.png", LOGO, 600, "png")
                .image("manuscript/images/half.png", HALF, 400, "png")
                .image("manuscript/images/markdown.png", MARKDOWN, 300, "png")
                .image("manuscript/images/photo.png", PHOTO, 120, "png")
                .image("manuscript/images/icon.png", ICON, ICON, "png")
                .build();
        assertEquals(0, run.status(), run.err());
        pdf = PrintedBook.read(run.pdf());
        epub = EpubBook.read(run.epub());
    }

    private static PrintedBook.Picture picture(int pixelWidth) {
        return pdf.pages().stream().flatMap(p -> p.pictures().stream()).filter(p -> p.pixelWidth() == pixelWidth)
                .findFirst().orElseThrow(() -> new AssertionError("no picture " + pixelWidth + " pixels wide"));
    }

    private static PrintedBook.PrintedPage pageOf(int pixelWidth) {
        return pdf.pages().stream().filter(p -> p.pictures().stream().anyMatch(q -> q.pixelWidth() == pixelWidth))
                .findFirst().orElseThrow();
    }

    @Test
    void figuresArePrintedAtTheSizeTheirAttributesAskWithinTheTextBlock() {
        double measure = picture(STRIP).area().getWidth();
        assertTrue(measure > 200 && measure < 500, "the strip fills the text block: " + measure);
        assertEquals(300, picture(LOGO).area().getWidth(), 0.5, "width=\"400\": 400 CSS pixels are 300 points");
        assertEquals(225, picture(LOGO).area().getHeight(), 0.5, "in proportion");
        assertEquals(measure / 2, picture(HALF).area().getWidth(), 0.5, "width=\"50%\": half the text block");
        assertEquals(144, picture(MARKDOWN).area().getWidth(), 0.5, "{width=2in}");
    }

    @Test
    void anImageAmongWordsIsPrintedAtItsOwnSizeAndAnIconAtTheTypesHeight() {
        assertEquals(120, picture(PHOTO).area().getWidth(), 0.5, "160 pixels at 96 per inch");
        assertEquals(90, picture(PHOTO).area().getHeight(), 0.5);
        double icon = picture(ICON).area().getHeight();
        assertTrue(icon > 8 && icon < 13, "an icon is as tall as the type: " + icon);
        PrintedBook.PrintedPage page = pageOf(PHOTO);
        PrintedBook.Glyph among = word(page, "among");
        PrintedBook.Picture photo = picture(PHOTO);
        assertTrue(among.y() > photo.area().getMinY() && among.y() < photo.area().getMinY() + 12,
                "the words stand at the picture's foot, the line opened up above: " + among.y() + " " + photo.area());
        assertTrue(among.x() > photo.area().getMaxX(), "after it");
    }

    /** The first glyph of {@code word} on {@code page}. */
    private static PrintedBook.Glyph word(PrintedBook.PrintedPage page, String word) {
        List<PrintedBook.Glyph> glyphs = page.glyphs();
        for (int i = 0; i + word.length() <= glyphs.size(); i++) {
            var spelled = new StringBuilder();
            for (int k = 0; k < word.length(); k++) {
                spelled.append(glyphs.get(i + k).text());
            }
            if (spelled.toString().equals(word)) {
                return glyphs.get(i);
            }
        }
        throw new AssertionError("no " + word + " on page " + page.label());
    }

    @Test
    void aCaptionIsPrintedUnderItsFigureOnTheSamePage() {
        PrintedBook.PrintedPage page = pageOf(HALF);
        assertTrue(page.text().contains("Half the measure"), page.text());
        PrintedBook.Glyph first = word(page, "Half");
        double gap = picture(HALF).area().getMinY() - first.y();
        assertTrue(gap > 0 && gap < 30, "the caption sits close under its figure: " + gap);
        assertTrue(pageOf(LOGO).text().contains("The logo"), "captioned by its alt text");
    }

    @Test
    void theEpubSetsFiguresWithTheirSizeAndCaptionAndIconsApart() throws IOException {
        Document chapter = epub.chapter(0);
        assertEquals(4, chapter.select("figure").size(), chapter.html());
        Element half = chapter.selectFirst("figure#half");
        assertNotNull(half, chapter.html());
        assertEquals("width: 50%", half.selectFirst("img").attr("style"));
        assertEquals("Half the measure", half.selectFirst("figcaption").text());
        Element logo = chapter.selectFirst("figure:has(img[alt=The logo])");
        assertEquals("width: 400px", logo.selectFirst("img").attr("style"));
        assertEquals("The logo", logo.selectFirst("figcaption").text());
        assertEquals("width: 2in", chapter.selectFirst("img[alt=Two inches]").attr("style"));
        for (Element img : chapter.select("figure img")) {
            assertFalse(img.hasClass("inline"), "a figure is not capped at the type's height: " + img);
        }
        assertFalse(chapter.selectFirst("p img[alt=A photo]").hasClass("inline"), "a picture among words keeps its size");
        assertTrue(chapter.selectFirst("p img[alt=An icon]").hasClass("inline"), "an icon stands at the type's height");
        String css = stylesheet();
        String figureImages = css.substring(css.indexOf("figure img {"), css.indexOf('}', css.indexOf("figure img {")));
        assertFalse(figureImages.contains("1.2em"), figureImages);
        assertEquals(List.of(), EpubCheckReport.check(run.epub()).problems());
    }

    private static String stylesheet() throws IOException {
        try (var zip = new ZipFile(run.epub().toFile(), StandardCharsets.UTF_8)) {
            var entry = zip.stream().filter(e -> e.getName().endsWith("galley.css")).findFirst().orElseThrow();
            return new String(zip.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
