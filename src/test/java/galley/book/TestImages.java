package galley.book;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.DataBuffer;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The pictures of the test books, one of each kind a manuscript may hold: a PNG with transparency,
 * baseline, progressive and CMYK JPEGs, a palette GIF, a PNG far wider than the text block, and a
 * small icon for use inside a line. Each is drawn by code, so the same seed gives the same bytes.
 */
final class TestImages {

    /** An image file of the book, its path relative to {@code manuscript/}, and what it shows. */
    record Picture(String path, String alt) {
    }

    static final Picture ALPHA = new Picture("images/alpha.png", "An orange disc on a transparent ground");
    static final Picture BASELINE = new Picture("images/baseline.jpg", "Blue bands over a grey field");
    static final Picture PROGRESSIVE = new Picture("images/progressive.jpg", "A green field with a pale sun");
    static final Picture CMYK = new Picture("images/cmyk.jpg", "A gradient printed in four inks");
    static final Picture GIF = new Picture("images/palette.gif", "Three stripes in a few flat colours");
    static final Picture WIDE = new Picture("images/panorama.png", "A panorama far wider than the page");
    static final Picture ICON = new Picture("images/icon.png", "star");

    /** The pictures figures rotate through. */
    static final List<Picture> FIGURES = List.of(ALPHA, BASELINE, PROGRESSIVE, CMYK, GIF, WIDE);

    private TestImages() {
    }

    static void writeAll(Path manuscript) throws IOException {
        Files.createDirectories(manuscript.resolve("images"));
        BufferedImage alpha = new BufferedImage(400, 240, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = draw(alpha);
        g.setColor(new Color(230, 120, 20, 220));
        g.fillOval(100, 20, 200, 200);
        g.dispose();
        png(alpha, manuscript.resolve(ALPHA.path()));

        jpeg(bands(480, 320), manuscript.resolve(BASELINE.path()), false);
        jpeg(sun(480, 300), manuscript.resolve(PROGRESSIVE.path()), true);
        cmykJpeg(manuscript.resolve(CMYK.path()), 360, 240);

        BufferedImage gif = new BufferedImage(300, 180, BufferedImage.TYPE_BYTE_INDEXED);
        g = draw(gif);
        g.setColor(Color.RED);
        g.fillRect(0, 0, 100, 180);
        g.setColor(Color.WHITE);
        g.fillRect(100, 0, 100, 180);
        g.setColor(Color.BLUE);
        g.fillRect(200, 0, 100, 180);
        g.dispose();
        write(gif, "gif", manuscript.resolve(GIF.path()));

        BufferedImage wide = bands(2400, 300);
        png(wide, manuscript.resolve(WIDE.path()));

        BufferedImage icon = new BufferedImage(24, 24, BufferedImage.TYPE_INT_ARGB);
        g = draw(icon);
        g.setColor(new Color(200, 150, 0));
        g.fillPolygon(new int[]{12, 15, 23, 16, 19, 12, 5, 8, 1, 9}, new int[]{1, 9, 9, 14, 22, 17, 22, 14, 9, 9}, 10);
        g.dispose();
        png(icon, manuscript.resolve(ICON.path()));
    }

    private static Graphics2D draw(BufferedImage image) {
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_OFF);
        return g;
    }

    private static BufferedImage bands(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = draw(image);
        g.setColor(new Color(200, 200, 200));
        g.fillRect(0, 0, width, height);
        for (int x = 0; x < width; x += 80) {
            g.setColor(new Color(20, 60 + (x / 80 % 5) * 30, 160));
            g.fillRect(x, height / 4, 40, height / 2);
        }
        g.dispose();
        return image;
    }

    private static BufferedImage sun(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = draw(image);
        g.setColor(new Color(60, 140, 60));
        g.fillRect(0, 0, width, height);
        g.setColor(new Color(250, 240, 180));
        g.fillOval(width / 2, height / 8, height / 3, height / 3);
        g.dispose();
        return image;
    }

    private static void png(BufferedImage image, Path file) throws IOException {
        write(image, "png", file);
    }

    private static void write(BufferedImage image, String format, Path file) throws IOException {
        if (!ImageIO.write(image, format, file.toFile())) {
            throw new IOException("no ImageIO writer for " + format);
        }
    }

    private static void jpeg(BufferedImage image, Path file, boolean progressive) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ImageWriteParam param = writer.getDefaultWriteParam();
        if (progressive) {
            param.setProgressiveMode(ImageWriteParam.MODE_DEFAULT);
        }
        try (ImageOutputStream out = ImageIO.createImageOutputStream(file.toFile())) {
            writer.setOutput(out);
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
    }

    /** A JPEG of four channels, as printers' files come: readers take it as CMYK. */
    private static void cmykJpeg(Path file, int width, int height) throws IOException {
        WritableRaster raster = Raster.createInterleavedRaster(DataBuffer.TYPE_BYTE, width, height, 4, null);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                raster.setPixel(x, y, new int[]{x * 255 / width, y * 255 / height, 60, 20});
            }
        }
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(file.toFile())) {
            writer.setOutput(out);
            writer.write(null, new IIOImage(raster, null, null), writer.getDefaultWriteParam());
        } finally {
            writer.dispose();
        }
    }
}
