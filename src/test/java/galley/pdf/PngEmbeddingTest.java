package galley.pdf;

import galley.font.FontSet;
import galley.font.SampleBook;

import galley.model.Book;
import galley.model.ImageAsset;
import galley.model.ImageFormat;
import galley.model.PageMap;
import galley.layout.LaidOutBook;
import galley.layout.Page;
import galley.layout.PageItem;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.stream.ImageOutputStream;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.IndexColorModel;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Each kind of PNG goes into the PDF with exactly its pixels, whether its data is copied through,
 * split into colour and soft mask, or left to OpenPDF: PDFBox decodes what was written and every
 * pixel is compared with Java's own reading of the file.
 */
class PngEmbeddingTest {

    private static final int W = 97;
    private static final int H = 61;

    @TempDir
    Path dir;

    @Test
    void rgbPixelsAreCopiedThroughWithThePngPredictors() throws IOException {
        PDImageXObject image = roundTrip(picture(BufferedImage.TYPE_INT_RGB), "rgb.png");
        assertTrue(image.getCOSObject().getDictionaryObject(COSName.DECODE_PARMS) != null,
                "the PNG rows are embedded as they are, with their predictor");
        assertNull(image.getCOSObject().getDictionaryObject(COSName.SMASK));
    }

    @Test
    void greyAndPalettePixelsAreCopiedThrough() throws IOException {
        roundTrip(picture(BufferedImage.TYPE_BYTE_GRAY), "grey.png");
        PDImageXObject palette = roundTrip(picture(BufferedImage.TYPE_BYTE_INDEXED), "palette.png");
        assertEquals("Indexed", palette.getColorSpace().getName());
        roundTrip(twoColour(), "bilevel.png");
    }

    @Test
    void anAlphaChannelBecomesASoftMask() throws IOException {
        PDImageXObject rgba = roundTrip(translucent(BufferedImage.TYPE_INT_ARGB), "rgba.png");
        assertNotNull(rgba.getSoftMask(), "RGBA has a soft mask");
        PDImageXObject greyAlpha = roundTrip(greyWithAlpha(), "grey-alpha.png");
        assertNotNull(greyAlpha.getSoftMask(), "grey with alpha has a soft mask");
    }

    @Test
    void transparentPaletteEntriesAndColourKeysAreKept() throws IOException {
        byte[] levels = {0, (byte) 128, (byte) 255, 60};
        var model = new IndexColorModel(2, 4, levels, new byte[]{0, 64, (byte) 255, 90}, levels,
                new byte[]{(byte) 255, (byte) 128, 0, (byte) 255});
        BufferedImage indexed = new BufferedImage(W, H, BufferedImage.TYPE_BYTE_BINARY, model);
        for (int y = 0; y < H; y++) {
            for (int x = 0; x < W; x++) {
                indexed.getRaster().setSample(x, y, 0, (x / 7 + y / 5) % 4);
            }
        }
        assertNotNull(roundTrip(indexed, "palette-alpha.png").getSoftMask());

        Path keyed = withColourKey(write(picture(BufferedImage.TYPE_INT_RGB), "keyed.png"), 255, 0, 0);
        PDImageXObject image = embedded(keyed);
        assertNotNull(image.getCOSObject().getDictionaryObject(COSName.MASK), "the colour key is a /Mask");
    }

    @Test
    void anOpaqueAlphaChannelGivesNoMask() throws IOException {
        BufferedImage opaque = new BufferedImage(W, H, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = opaque.createGraphics();
        g.drawImage(picture(BufferedImage.TYPE_INT_RGB), 0, 0, null);
        g.dispose();
        assertNull(roundTrip(opaque, "opaque-rgba.png").getSoftMask());
    }

    @Test
    void sixteenBitImagesKeepTheirHighByte() throws IOException {
        roundTrip(picture(BufferedImage.TYPE_USHORT_GRAY), "grey16.png");
    }

    @Test
    void interlacedImagesAreLeftToOpenPdfAndStillDrawnExactly() throws IOException {
        Path interlaced = dir.resolve("interlaced.png");
        writeInterlaced(picture(BufferedImage.TYPE_INT_RGB), interlaced);
        compare(ImageIO.read(interlaced.toFile()), embedded(interlaced));
    }

    private Path write(BufferedImage picture, String name) throws IOException {
        Path file = dir.resolve(name);
        assertTrue(ImageIO.write(picture, "png", file.toFile()));
        return file;
    }

    private PDImageXObject roundTrip(BufferedImage picture, String name) throws IOException {
        Path file = write(picture, name);
        PDImageXObject image = embedded(file);
        compare(ImageIO.read(file.toFile()), image);
        return image;
    }

    private PDImageXObject embedded(Path file) throws IOException {
        var asset = new ImageAsset(file, "images/" + file.getFileName(), ImageFormat.PNG, W, H);
        var page = new Page(0, "1", 300, 300, List.of(new PageItem.ImageBox(10, 10, W, H, asset)));
        Book book = SampleBook.book(dir);
        var out = new ByteArrayOutputStream();
        new PdfPainter(FontSet.standard())
                .paint(book, new LaidOutBook(List.of(page), List.of(), Map.of(), List.of(), PageMap.none()), out);
        PDDocument doc = Loader.loadPDF(out.toByteArray());
        PDResources resources = doc.getPage(0).getResources();
        for (COSName name : resources.getXObjectNames()) {
            if (resources.getXObject(name) instanceof PDImageXObject image) {
                return image;
            }
        }
        throw new AssertionError("no image in the PDF");
    }

    private static void compare(BufferedImage expected, PDImageXObject actual) throws IOException {
        assertEquals(W, actual.getWidth());
        assertEquals(H, actual.getHeight());
        BufferedImage drawn = actual.getImage();
        boolean alpha = expected.getColorModel().hasAlpha();
        for (int y = 0; y < H; y++) {
            for (int x = 0; x < W; x++) {
                int want = stored(expected, x, y);
                int got = drawn.getRGB(x, y);
                if (!alpha) {
                    want |= 0xFF000000;
                }
                assertEquals(Integer.toHexString(want), Integer.toHexString(got), "pixel " + x + "," + y);
            }
        }
    }

    /** The colour as the file stores it; for grey, Java's getRGB would take the samples for linear grey. */
    private static int stored(BufferedImage image, int x, int y) {
        if (image.getColorModel().getColorSpace().getType() != java.awt.color.ColorSpace.TYPE_GRAY) {
            return image.getRGB(x, y);
        }
        var raster = image.getRaster();
        int shift = image.getColorModel().getComponentSize(0) - 8;
        int grey = raster.getSample(x, y, 0) >> shift;
        int alpha = image.getColorModel().hasAlpha() ? raster.getSample(x, y, 1) >> shift : 0xFF;
        return alpha << 24 | grey << 16 | grey << 8 | grey;
    }

    private static BufferedImage picture(int type) {
        BufferedImage image = new BufferedImage(W, H, type);
        Graphics2D g = image.createGraphics();
        g.setPaint(new GradientPaint(0, 0, new Color(10, 90, 200), W, H, new Color(250, 200, 20)));
        g.fillRect(0, 0, W, H);
        g.setColor(Color.RED);
        g.fillOval(20, 10, 40, 40);
        g.dispose();
        return image;
    }

    private static BufferedImage twoColour() {
        var model = new IndexColorModel(1, 2, new byte[]{0, (byte) 255}, new byte[]{0, (byte) 255}, new byte[]{0, (byte) 255});
        BufferedImage image = new BufferedImage(W, H, BufferedImage.TYPE_BYTE_BINARY, model);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, W, H);
        g.setColor(Color.BLACK);
        g.fillOval(5, 5, 50, 50);
        g.dispose();
        return image;
    }

    private static BufferedImage translucent(int type) {
        BufferedImage image = new BufferedImage(W, H, type);
        for (int y = 0; y < H; y++) {
            for (int x = 0; x < W; x++) {
                image.setRGB(x, y, (x * 255 / W) << 24 | (y * 4) << 16 | (x * 2) << 8 | 0x80);
            }
        }
        return image;
    }

    private static BufferedImage greyWithAlpha() {
        var spec = ImageTypeSpecifier.createGrayscale(8, java.awt.image.DataBuffer.TYPE_BYTE, false, true);
        BufferedImage image = spec.createBufferedImage(W, H);
        var raster = image.getRaster();
        for (int y = 0; y < H; y++) {
            for (int x = 0; x < W; x++) {
                raster.setPixel(x, y, new int[]{(x + y) * 2 % 256, x * 255 / W});
            }
        }
        assertFalse(image.getColorModel().getNumColorComponents() != 1 || !image.getColorModel().hasAlpha());
        return image;
    }

    /** Adds a tRNS chunk naming one RGB colour transparent, right after the header. */
    private static Path withColourKey(Path png, int r, int g, int b) throws IOException {
        byte[] bytes = Files.readAllBytes(png);
        int afterHeader = 8 + 4 + 4 + 13 + 4;
        var chunk = java.nio.ByteBuffer.allocate(4 + 4 + 6 + 4);
        chunk.putInt(6).put("tRNS".getBytes(java.nio.charset.StandardCharsets.US_ASCII))
                .putShort((short) r).putShort((short) g).putShort((short) b);
        var crc = new java.util.zip.CRC32();
        crc.update(chunk.array(), 4, 4 + 6);
        chunk.putInt((int) crc.getValue());
        var out = new ByteArrayOutputStream();
        out.write(bytes, 0, afterHeader);
        out.write(chunk.array());
        out.write(bytes, afterHeader, bytes.length - afterHeader);
        Files.write(png, out.toByteArray());
        return png;
    }

    private static void writeInterlaced(BufferedImage image, Path file) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        ImageWriteParam param = writer.getDefaultWriteParam();
        param.setProgressiveMode(ImageWriteParam.MODE_DEFAULT);
        Files.deleteIfExists(file);
        try (ImageOutputStream out = ImageIO.createImageOutputStream(file.toFile())) {
            writer.setOutput(out);
            IIOMetadata meta = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(image), param);
            writer.write(null, new IIOImage(image, null, meta), param);
        } finally {
            writer.dispose();
        }
    }
}
