package galley.model;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Image sizes as pandoc reads {@code {width=…}} and HTML reads {@code width="…"}. */
class ImageSizeTest {

    private static final ImageAsset PHOTO = new ImageAsset(Path.of("p.png"), "images/p.png", ImageFormat.PNG, 800, 600);

    private static double points(String text, double whole) {
        return ImageSize.Length.parse(text).orElseThrow().points(whole);
    }

    @Test
    void everyUnitPandocKnowsIsReadAndANumberAloneIsPixels() {
        assertEquals(300, points("400", 0), 1e-9, "CSS pixels, 96 to the inch");
        assertEquals(300, points("400px", 0), 1e-9);
        assertEquals(144, points("2in", 0), 1e-9);
        assertEquals(144, points("2inch", 0), 1e-9);
        assertEquals(72, points("2.54cm", 0), 1e-9);
        assertEquals(72, points("25.4mm", 0), 1e-9);
        assertEquals(36, points("36pt", 0), 1e-9);
        assertEquals(150, points("50%", 300), 1e-9, "a percentage of the whole");
        assertEquals(150, points(" 50 % ", 300), 1e-9, "spaces around are forgiven");
        assertEquals(18, points(".25in", 0), 1e-9);
    }

    @Test
    void whatIsNoLengthOrNoSensibleOneIsRefused() {
        for (String bad : new String[]{"", "auto", "-5", "0", "0%", "50em", "1e3", "12 px wide", "99999999in", "5000%"}) {
            assertEquals(Optional.empty(), ImageSize.Length.parse(bad), bad);
        }
    }

    @Test
    void lengthsAreWrittenBackAsCssWrites() {
        assertEquals("50%", ImageSize.Length.parse("50%").orElseThrow().css());
        assertEquals("2.5in", ImageSize.Length.parse("2.50inch").orElseThrow().css());
        assertEquals("400px", ImageSize.Length.parse("400").orElseThrow().css());
        assertEquals("0.33cm", new ImageSize.Length(1 / 3.0, ImageSize.Unit.CM).css());
    }

    @Test
    void theProportionsAreKeptAndTheWidthDecidesWhereBothAreGiven() {
        var width = new ImageSize(ImageSize.Length.parse("400"), Optional.empty());
        assertArrayEquals(new float[]{300f, 225f}, width.wanted(PHOTO, 96f, 0f, 0f), 1e-3f);
        var height = new ImageSize(Optional.empty(), ImageSize.Length.parse("50%"));
        assertArrayEquals(new float[]{400f, 300f}, height.wanted(PHOTO, 96f, 0f, 600f), 1e-3f, "half the height given");
        var both = new ImageSize(ImageSize.Length.parse("1in"), ImageSize.Length.parse("5in"));
        assertArrayEquals(new float[]{72f, 54f}, both.wanted(PHOTO, 96f, 0f, 0f), 1e-3f);
        assertArrayEquals(new float[]{192f, 144f}, ImageSize.NATURAL.wanted(PHOTO, 300f, 0f, 0f), 1e-3f,
                "its own pixels at the resolution it declares");
    }

    @Test
    void anIconIsAtMostThirtyTwoPixelsEachWayAsSetAndAPercentageIsNeverOne() {
        var icon = new ImageAsset(Path.of("i.png"), "images/i.png", ImageFormat.PNG, 32, 20);
        var badge = new ImageAsset(Path.of("b.png"), "images/b.png", ImageFormat.PNG, 90, 20);
        assertTrue(ImageSize.NATURAL.isIcon(icon));
        assertFalse(ImageSize.NATURAL.isIcon(badge), "a badge is wider than an icon: set at its own size");
        assertFalse(ImageSize.NATURAL.isIcon(PHOTO));
        assertTrue(new ImageSize(ImageSize.Length.parse("24"), Optional.empty()).isIcon(PHOTO), "asked to be small");
        assertFalse(new ImageSize(ImageSize.Length.parse("2%"), Optional.empty()).isIcon(icon));
        assertFalse(new ImageSize(Optional.empty(), ImageSize.Length.parse("1%")).isIcon(icon));
    }
}
