package galley.site;

import galley.model.ImageAsset;
import galley.model.ImageFormat;
import galley.testing.Slow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CoverThumbnailTest {

    private static final Path SEED_COVER = Path.of("covers/cover.png").toAbsolutePath();

    @TempDir
    Path dir;

    @Slow
    @Test
    void theSeedCoverShrinksToAFewHundredPixelsKeepingItsProportionsAndLook() throws IOException {
        CoverThumbnail thumb = CoverThumbnail.of(asset(SEED_COVER, "image/png"), 480).orElseThrow();
        BufferedImage original = ImageIO.read(SEED_COVER.toFile());
        BufferedImage small = decode(thumb);
        assertEquals("cover.png", thumb.fileName());
        assertEquals("image/png", thumb.mediaType());
        assertEquals(480, small.getWidth());
        assertEquals(Math.round(original.getHeight() * 480.0 / original.getWidth()), small.getHeight());
        assertEquals(small.getHeight(), thumb.height());
        // each quarter of the thumbnail has the colour of the same quarter of the cover
        for (int qx = 0; qx < 2; qx++) {
            for (int qy = 0; qy < 2; qy++) {
                int[] a = mean(original, qx, qy);
                int[] b = mean(small, qx, qy);
                for (int c = 0; c < 3; c++) {
                    assertTrue(Math.abs(a[c] - b[c]) <= 2, "quarter " + qx + "," + qy + " channel " + c + ": " + a[c] + " vs " + b[c]);
                }
            }
        }
        assertTrue(thumb.bytes().length < 200_000, "thumbnail bytes " + thumb.bytes().length);
    }

    @Slow
    @Test
    void twoRunsGiveTheSameBytes() throws IOException {
        Path jpeg = write(gradient(900, 1400, false), "jpeg", "cover.jpg");
        ImageAsset png = asset(SEED_COVER, "image/png");
        assertArrayEquals(CoverThumbnail.of(png, 480).orElseThrow().bytes(), CoverThumbnail.of(png, 480).orElseThrow().bytes());
        ImageAsset jpg = asset(jpeg, "image/jpeg");
        assertArrayEquals(CoverThumbnail.of(jpg, 480).orElseThrow().bytes(), CoverThumbnail.of(jpg, 480).orElseThrow().bytes());
    }

    @Test
    void aJpegCoverStaysAJpegAndAGifBecomesAPng() throws IOException {
        CoverThumbnail jpeg = CoverThumbnail.of(asset(write(gradient(900, 1400, false), "jpeg", "c.jpg"), "image/jpeg"), 300).orElseThrow();
        assertEquals("cover.jpg", jpeg.fileName());
        assertEquals("image/jpeg", jpeg.mediaType());
        assertEquals(300, decode(jpeg).getWidth());
        CoverThumbnail gif = CoverThumbnail.of(asset(write(gradient(600, 900, false), "gif", "c.gif"), "image/gif"), 300).orElseThrow();
        assertEquals("cover.png", gif.fileName());
        assertEquals(450, decode(gif).getHeight());
    }

    @Test
    void transparencySurvivesInAPngAndASmallCoverIsNotEnlarged() throws IOException {
        BufferedImage clear = new BufferedImage(200, 300, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = clear.createGraphics();
        g.setColor(new Color(200, 30, 30, 255));
        g.fillRect(0, 0, 100, 300);
        g.dispose();
        CoverThumbnail thumb = CoverThumbnail.of(asset(write(clear, "png", "clear.png"), "image/png"), 480).orElseThrow();
        BufferedImage out = decode(thumb);
        assertEquals(200, out.getWidth(), "never enlarged");
        assertEquals(0, out.getRGB(150, 150) >>> 24, "the transparent half stays transparent");
        assertEquals(0xFFC81E1E, out.getRGB(50, 150), "the opaque half keeps its colour");
    }

    @Test
    void anImageJavaCannotDecodeGivesNoThumbnail() throws IOException {
        Path broken = Files.write(dir.resolve("broken.jpg"), new byte[]{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0, 1, 2});
        assertEquals(Optional.empty(), CoverThumbnail.of(asset(broken, "image/jpeg"), 480));
    }

    private Path write(BufferedImage image, String format, String name) throws IOException {
        Path file = dir.resolve(name);
        assertTrue(ImageIO.write(image, format, file.toFile()));
        return file;
    }

    private static BufferedImage gradient(int w, int h, boolean alpha) {
        var image = new BufferedImage(w, h, alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                image.setRGB(x, y, 0xFF000000 | (x * 255 / w) << 16 | (y * 255 / h) << 8 | 0x40);
            }
        }
        return image;
    }

    private static ImageAsset asset(Path file, String mediaType) {
        BufferedImage image;
        try {
            image = ImageIO.read(file.toFile());
        } catch (IOException broken) {
            image = null;
        }
        return new ImageAsset(file, "images/" + file.getFileName(), ImageFormat.forMediaType(mediaType),
                image == null ? 1 : image.getWidth(), image == null ? 1 : image.getHeight());
    }

    private static BufferedImage decode(CoverThumbnail thumb) throws IOException {
        return ImageIO.read(new ByteArrayInputStream(thumb.bytes()));
    }

    private static int[] mean(BufferedImage image, int qx, int qy) {
        int w = image.getWidth() / 2;
        int h = image.getHeight() / 2;
        long[] sum = new long[3];
        for (int y = qy * h; y < (qy + 1) * h; y++) {
            for (int x = qx * w; x < (qx + 1) * w; x++) {
                int p = image.getRGB(x, y);
                sum[0] += (p >> 16) & 0xFF;
                sum[1] += (p >> 8) & 0xFF;
                sum[2] += p & 0xFF;
            }
        }
        long n = (long) w * h;
        return new int[]{(int) (sum[0] / n), (int) (sum[1] / n), (int) (sum[2] / n)};
    }
}
