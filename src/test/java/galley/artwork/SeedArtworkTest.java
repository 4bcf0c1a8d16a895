package galley.artwork;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import galley.testing.Slow;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Checks that the committed figure and cover are what {@link SeedArtwork} draws. With
 * {@code -Dgalley.artwork.write=true} it redraws the committed files instead.
 */
@Slow
class SeedArtworkTest {

    private static final Path BOOK = Path.of(System.getProperty("basedir", "")).toAbsolutePath();
    // font rasterisation differs slightly between JDK builds; a changed drawing differs far more
    private static final double TOLERANCE = 1.0;

    @BeforeAll
    static void headless() throws IOException {
        System.setProperty("java.awt.headless", "true");
        if (Boolean.getBoolean("galley.artwork.write")) {
            SeedArtwork.writeAll(BOOK);
        }
    }

    @Test
    void committedFigureIsWhatTheCodeDraws(@TempDir Path dir) throws IOException {
        SeedArtwork.writeFigure(dir.resolve("figure.png"));
        assertNearlyEqual(dir.resolve("figure.png"), BOOK.resolve(SeedArtwork.FIGURE));
    }

    @Test
    void committedCoverIsWhatTheCodeDraws(@TempDir Path dir) throws IOException {
        SeedArtwork.writeCover(dir.resolve("cover.png"));
        assertNearlyEqual(dir.resolve("cover.png"), BOOK.resolve(SeedArtwork.COVER));
    }

    @Test
    void coverHasTheStoresProportions() throws IOException {
        BufferedImage cover = ImageIO.read(BOOK.resolve(SeedArtwork.COVER).toFile());
        assertEquals(1600, cover.getWidth());
        assertEquals(2560, cover.getHeight());
    }

    // the alt text promises the flags of Belarus on the left and Russia on the right
    @Test
    void figureShowsTheTwoStateFlagsWhereTheAltTextSaysTheyAre() throws IOException {
        BufferedImage figure = ImageIO.read(BOOK.resolve(SeedArtwork.FIGURE).toFile());
        assertAll(
                () -> assertEquals(1600, figure.getWidth()),
                () -> assertEquals(1000, figure.getHeight()),
                () -> assertTrue(isRed(figure.getRGB(300, 180)), "Belarus red, upper left"),
                () -> assertTrue(isGreen(figure.getRGB(300, 345)), "Belarus green, lower left"),
                () -> assertTrue(isWhite(figure.getRGB(212, 180)), "Belarus hoist band, white"),
                () -> assertTrue(isWhite(figure.getRGB(1300, 160)), "Russia white, upper right"),
                () -> assertTrue(isBlue(figure.getRGB(1300, 255)), "Russia blue, middle right"),
                () -> assertTrue(isRed(figure.getRGB(1300, 345)), "Russia red, lower right"));
    }

    private static void assertNearlyEqual(Path drawn, Path committed) throws IOException {
        assertTrue(Files.exists(committed), committed + " is missing; redraw it with "
                + "mvn -q -B test -Dtest=SeedArtworkTest -Dgalley.artwork.write=true");
        BufferedImage expected = ImageIO.read(drawn.toFile());
        BufferedImage actual = ImageIO.read(committed.toFile());
        assertEquals(expected.getWidth(), actual.getWidth(), "width of " + committed);
        assertEquals(expected.getHeight(), actual.getHeight(), "height of " + committed);
        long sum = 0;
        for (int y = 0; y < expected.getHeight(); y++) {
            for (int x = 0; x < expected.getWidth(); x++) {
                int a = expected.getRGB(x, y);
                int b = actual.getRGB(x, y);
                for (int shift = 0; shift <= 16; shift += 8) {
                    sum += Math.abs(((a >> shift) & 0xFF) - ((b >> shift) & 0xFF));
                }
            }
        }
        double mean = (double) sum / (3L * expected.getWidth() * expected.getHeight());
        assertTrue(mean < TOLERANCE, committed + " differs from the drawing by " + mean
                + " per channel on average; if the drawing changed on purpose, redraw it with "
                + "mvn -q -B test -Dtest=SeedArtworkTest -Dgalley.artwork.write=true");
    }

    private static boolean isRed(int rgb) {
        Color c = new Color(rgb);
        return c.getRed() > 150 && c.getGreen() < 90 && c.getBlue() < 90;
    }

    private static boolean isGreen(int rgb) {
        Color c = new Color(rgb);
        return c.getGreen() > 110 && c.getRed() < 110 && c.getBlue() < 130;
    }

    private static boolean isBlue(int rgb) {
        Color c = new Color(rgb);
        return c.getBlue() > 120 && c.getRed() < 80 && c.getGreen() < 110;
    }

    private static boolean isWhite(int rgb) {
        Color c = new Color(rgb);
        return c.getRed() > 180 && c.getGreen() > 180 && c.getBlue() > 180;
    }
}
