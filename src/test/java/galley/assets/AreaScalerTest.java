package galley.assets;

import org.junit.jupiter.api.Test;

import java.awt.image.BufferedImage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AreaScalerTest {

    @Test
    void eachTargetPixelIsTheAverageOfTheAreaItCovers() {
        // black and white columns, two pixels each: halving gives exact greys, a third keeps the stripes' mix
        var stripes = new BufferedImage(8, 2, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < 8; x++) {
            for (int y = 0; y < 2; y++) {
                stripes.setRGB(x, y, x % 2 == 0 ? 0xFF000000 : 0xFFFFFFFF);
            }
        }
        BufferedImage half = AreaScaler.scale(stripes, 4, 1, false);
        for (int x = 0; x < 4; x++) {
            assertEquals(0xFF808080, half.getRGB(x, 0), "pixel " + x);
        }
        BufferedImage third = AreaScaler.scale(stripes, 3, 2, false);
        // 8/3 source pixels each: the first covers black, white and two thirds of black
        assertEquals(0xFF606060, third.getRGB(0, 0));
        assertEquals(0xFF808080, third.getRGB(1, 0));
    }

    @Test
    void transparentPixelsDoNotDarkenTheirNeighbours() {
        var image = new BufferedImage(2, 1, BufferedImage.TYPE_INT_ARGB);
        image.setRGB(0, 0, 0xFFFF0000);
        image.setRGB(1, 0, 0x00000000);
        assertEquals(0x80FF0000, AreaScaler.scale(image, 1, 1, true).getRGB(0, 0));
        // on an opaque target the transparent half shows white
        assertEquals(0xFFFF8080, AreaScaler.scale(image, 1, 1, false).getRGB(0, 0));
    }

    @Test
    void refusesToEnlarge() {
        var image = new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB);
        assertThrows(IllegalArgumentException.class, () -> AreaScaler.scale(image, 5, 4, false));
    }

    @Test
    void memoryGrowsWithTheWidthNotTheHeight() {
        // a copy of the whole source as int ARGB and a row of doubles for every source row took
        // 690 MB for this picture; a band of rows at a time takes a few
        var tall = new BufferedImage(1000, 20_000, BufferedImage.TYPE_INT_RGB);
        tall.setRGB(500, 10_000, 0xFFFFFF);
        BufferedImage[] scaled = new BufferedImage[1];
        long allocated = Allocation.of(() -> scaled[0] = AreaScaler.scale(tall, 1000, 1000, false));
        assertTrue(allocated < 32L << 20, "allocated " + (allocated >> 20) + " MB");
        // the one white pixel is a twentieth of its target pixel
        assertEquals(0xFF0D0D0D, scaled[0].getRGB(500, 500));
    }
}
