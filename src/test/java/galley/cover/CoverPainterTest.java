package galley.cover;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import galley.testing.Slow;
import java.awt.font.TextLayout;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CoverPainterTest {

    private static final String LONG_TITLE = "The Extraordinary and Thoroughly Documented History of the "
            + "Printing Press, the Composing Stick and the Galley Proof in Nineteenth-Century Europe";

    @BeforeAll
    static void headless() {
        System.setProperty("java.awt.headless", "true");
    }

    @Test
    void paintsAndWritesAtTheRequestedSize(@TempDir Path dir) throws Exception {
        Path png = dir.resolve("covers/cover.png");
        new CoverPainter(1600, 2560).write(new CoverText("A Title", "A subtitle", "A. Author"), png);

        BufferedImage read = ImageIO.read(png.toFile());
        assertEquals(1600, read.getWidth());
        assertEquals(2560, read.getHeight());
        BufferedImage small = new CoverPainter(400, 640).paint(CoverText.titled("A Title"));
        assertEquals(400, small.getWidth());
        assertEquals(640, small.getHeight());
    }

    @Test
    void longTitleWrapsIntoSeveralLinesWithinTheMeasure() {
        CoverLayout layout = new CoverPainter(1600, 2560).layout(CoverText.titled(LONG_TITLE));
        List<SetLine> title = layout.linesOf(SetLine.Part.TITLE);

        assertTrue(title.size() >= 3, "lines: " + title.size());
        for (SetLine line : title) {
            double width = new TextLayout(line.text(), line.font(), CoverComposer.FRC).getAdvance();
            assertTrue(line.x() >= layout.textLeft(), line.text());
            assertTrue(line.x() + width <= layout.textRight(), line.text() + " is " + width + " px wide");
        }
        String[] set = title.stream().map(SetLine::text).reduce((a, b) -> a + " " + b).orElseThrow().split(" ");
        assertEquals(Arrays.asList(LONG_TITLE.split(" ")), Arrays.asList(set), "every word once, in order");
    }

    @Slow
    @Test
    void titleInkStaysInsideTheTextColumn() {
        CoverPainter painter = new CoverPainter(1600, 2560);
        CoverText text = CoverText.titled(LONG_TITLE);
        CoverLayout layout = painter.layout(text);
        BufferedImage image = painter.paint(text);
        List<SetLine> title = layout.linesOf(SetLine.Part.TITLE);
        float size = title.get(0).font().getSize2D();
        int top = Math.round(title.get(0).baseline() - size);
        int bottom = Math.round(title.get(title.size() - 1).baseline() + 0.3f * size);

        int inside = 0;
        for (int y = top; y < bottom; y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if (isInk(image.getRGB(x, y))) {
                    boolean inColumn = x >= layout.textLeft() - 1 && x <= layout.textRight() + 1;
                    assertTrue(inColumn, "title ink at " + x + "," + y + " outside the column");
                    inside++;
                }
            }
        }
        assertTrue(inside > 10_000, "title ink pixels: " + inside);
    }

    @Test
    void overlongWordIsSplitRatherThanOverflowing() {
        String word = "Donaudampfschifffahrtsgesellschaftskapitänsmützenabzeichen";
        CoverLayout layout = new CoverPainter(800, 1280).layout(CoverText.titled(word));
        List<SetLine> title = layout.linesOf(SetLine.Part.TITLE);

        assertEquals(word, title.stream().map(SetLine::text).reduce("", String::concat));
        for (SetLine line : title) {
            double width = new TextLayout(line.text(), line.font(), CoverComposer.FRC).getAdvance();
            assertTrue(line.x() + width <= layout.textRight(), line.text());
        }
    }

    @Test
    void cyrillicTitleIsSetInRealGlyphs() {
        String title = "Протесты в Беларуси: Путин готов направить российскую полицию";
        assertTrue(CoverPainter.canSet(CoverText.titled(title)), "Liberation Serif has Cyrillic");

        CoverPainter painter = new CoverPainter(1600, 2560);
        CoverLayout layout = painter.layout(CoverText.titled(title));
        BufferedImage image = painter.paint(CoverText.titled(title));
        List<SetLine> lines = layout.linesOf(SetLine.Part.TITLE);
        SetLine first = lines.get(0);
        int ink = countInk(image, Math.round(first.baseline() - first.font().getSize2D()),
                Math.round(lines.get(lines.size() - 1).baseline()));

        assertTrue(lines.size() >= 2, "wrapped into " + lines.size() + " lines");
        assertTrue(ink > 20_000, "title ink pixels: " + ink);
    }

    @Test
    void tellsWhenTheFontsLackAScript() {
        assertTrue(CoverPainter.canSet(new CoverText("Ελληνικά", "Кириллица", "Ægir Ørsted")));
        assertFalse(CoverPainter.canSet(CoverText.titled("書籍の題名")));
    }

    @Test
    void subtitleFollowsTitleAndAuthorStandsAtTheFoot() {
        CoverLayout layout = new CoverPainter(1600, 2560)
                .layout(new CoverText("Galley", "Building books from Markdown", "Ann Writer and Bo Setter"));
        List<SetLine> title = layout.linesOf(SetLine.Part.TITLE);
        List<SetLine> subtitle = layout.linesOf(SetLine.Part.SUBTITLE);
        List<SetLine> author = layout.linesOf(SetLine.Part.AUTHOR);

        assertAll(
                () -> assertEquals(List.of("Galley"), title.stream().map(SetLine::text).toList()),
                () -> assertTrue(subtitle.get(0).baseline() > title.get(0).baseline()),
                () -> assertEquals("Ann Writer and Bo Setter", author.get(0).text()),
                () -> assertTrue(author.get(0).baseline() > 0.85f * 2560, "author at the foot"),
                () -> assertTrue(layout.authorRule() > subtitle.get(0).baseline()
                        && layout.authorRule() < author.get(0).baseline()));
    }

    @Test
    void sameWordsGiveTheSamePixels(@TempDir Path dir) throws Exception {
        CoverText text = new CoverText("Ο τίτλος", "Subtitle", "Author");
        new CoverPainter(600, 960).write(text, dir.resolve("a.png"));
        new CoverPainter(600, 960).write(text, dir.resolve("b.png"));

        assertEquals(-1L, Files.mismatch(dir.resolve("a.png"), dir.resolve("b.png")));
        assertFalse(Arrays.equals(Files.readAllBytes(dir.resolve("a.png")), new byte[0]));
    }

    // the title's off-white ink; the field, the frame and the rings are all much darker
    private static boolean isInk(int rgb) {
        int r = (rgb >> 16) & 0xFF;
        int g = (rgb >> 8) & 0xFF;
        int b = rgb & 0xFF;
        return r + g + b > 3 * 170;
    }

    private static int countInk(BufferedImage image, int top, int bottom) {
        int count = 0;
        for (int y = top; y < bottom; y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if (isInk(image.getRGB(x, y))) {
                    count++;
                }
            }
        }
        return count;
    }
}
