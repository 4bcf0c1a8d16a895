package galley.assets;

import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Galley's PNG writer, judged by Java's PNG reader: every pixel comes back as it went in. */
class PngEncoderTest {

    @Test
    void rgbPixelsSurviveExactly() throws IOException {
        BufferedImage image = noisy(BufferedImage.TYPE_INT_RGB, 211, 97);
        BufferedImage read = ImageIO.read(new ByteArrayInputStream(PngEncoder.encode(image)));
        assertEquals(211, read.getWidth());
        assertEquals(97, read.getHeight());
        assertTrue(!read.getColorModel().hasAlpha(), "no alpha channel is added");
        assertArrayEquals(pixels(image), pixels(read));
    }

    @Test
    void alphaSurvivesExactly() throws IOException {
        BufferedImage image = noisy(BufferedImage.TYPE_INT_ARGB, 64, 150);
        BufferedImage read = ImageIO.read(new ByteArrayInputStream(PngEncoder.encode(image)));
        assertTrue(read.getColorModel().hasAlpha());
        assertArrayEquals(pixels(image), pixels(read));
    }

    @Test
    void theSameImageGivesTheSameBytes() throws IOException {
        BufferedImage image = noisy(BufferedImage.TYPE_INT_RGB, 50, 40);
        assertArrayEquals(PngEncoder.encode(image), PngEncoder.encode(image));
    }

    private static BufferedImage noisy(int type, int width, int height) {
        var random = new Random(5);
        BufferedImage image = new BufferedImage(width, height, type);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                // smooth areas and noise, so that every filter case meets real differences
                int base = (x * 3 + y * 5) & 0xFF;
                int argb = random.nextInt(4) == 0 ? random.nextInt() : (base << 24 | base << 16 | (255 - base) << 8 | x);
                image.setRGB(x, y, argb);
            }
        }
        return image;
    }

    private static int[] pixels(BufferedImage image) {
        return image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
    }
}
