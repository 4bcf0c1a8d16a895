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
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The image files a manuscript may hold, each drawn on a page of its own. */
class ImageFormatsTest {

    @TempDir
    Path dir;

    @Test
    void jpegProgressiveJpegGifAndGreyPngAreDrawn() throws IOException {
        List<ImageAsset> images = List.of(
                jpeg(dir.resolve("baseline.jpg"), false),
                jpeg(dir.resolve("progressive.jpg"), true),
                write(dir.resolve("palette.gif"), "gif", picture(BufferedImage.TYPE_BYTE_INDEXED), "image/gif"),
                write(dir.resolve("grey.png"), "png", picture(BufferedImage.TYPE_BYTE_GRAY), "image/png"),
                write(dir.resolve("ushort.png"), "png", picture(BufferedImage.TYPE_USHORT_GRAY), "image/png"));
        List<Page> pages = new ArrayList<>();
        for (ImageAsset image : images) {
            pages.add(new Page(pages.size(), String.valueOf(pages.size() + 1), 300, 300,
                    List.of(new PageItem.ImageBox(50, 50, 200, 150, image))));
        }
        byte[] pdf = paint(pages);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            for (int i = 0; i < images.size(); i++) {
                PDResources resources = doc.getPage(i).getResources();
                int found = 0;
                for (COSName name : resources.getXObjectNames()) {
                    if (resources.getXObject(name) instanceof PDImageXObject image) {
                        assertEquals(120, image.getWidth(), images.get(i).href());
                        assertEquals(80, image.getHeight(), images.get(i).href());
                        found++;
                    }
                }
                assertTrue(found >= 1, images.get(i).href() + " is drawn");
            }
        }
    }

    @Test
    void aCmykJpegIsDrawnButTheFileNoLongerClaimsPdfA() throws IOException {
        ImageAsset rgb = jpeg(dir.resolve("rgb.jpg"), false);
        byte[] plain = paint(List.of(new Page(0, "1", 300, 300, List.of(new PageItem.ImageBox(0, 0, 120, 80, rgb)))));
        assertTrue(xmp(plain).contains("<pdfaid:part>2</pdfaid:part>"));

        ImageAsset cmyk = cmykJpeg(dir.resolve("cmyk.jpg"));
        byte[] pdf = paint(List.of(new Page(0, "1", 300, 300, List.of(new PageItem.ImageBox(0, 0, 120, 80, cmyk)))));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDResources resources = doc.getPage(0).getResources();
            PDImageXObject image = (PDImageXObject) resources.getXObject(resources.getXObjectNames().iterator().next());
            assertEquals("DeviceCMYK", image.getColorSpace().getName());
        }
        assertFalse(xmp(pdf).contains("pdfaid"), "no PDF/A claim with device CMYK in an sRGB file");
    }

    private static String xmp(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new String(doc.getDocumentCatalog().getMetadata().toByteArray(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    /** A four-channel JPEG, which OpenPDF embeds as DeviceCMYK. */
    private static ImageAsset cmykJpeg(Path file) throws IOException {
        java.awt.image.WritableRaster raster = java.awt.image.Raster.createInterleavedRaster(
                java.awt.image.DataBuffer.TYPE_BYTE, 120, 80, 4, null);
        for (int y = 0; y < 80; y++) {
            for (int x = 0; x < 120; x++) {
                raster.setPixel(x, y, new int[]{x * 2, y * 3, 40, 10});
            }
        }
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(file.toFile())) {
            writer.setOutput(out);
            writer.write(null, new IIOImage(raster, null, null), writer.getDefaultWriteParam());
        } finally {
            writer.dispose();
        }
        return new ImageAsset(file, "images/" + file.getFileName(), ImageFormat.JPEG, 120, 80);
    }

    @Test
    void anImageOpenPdfCannotReadIsAnIOExceptionNamingIt() throws IOException {
        Path broken = dir.resolve("broken.png");
        Files.write(broken, new byte[]{(byte) 0x89, 'P', 'N', 'G', 1, 2, 3});
        ImageAsset asset = new ImageAsset(broken, "images/broken.png", ImageFormat.PNG, 10, 10);
        var page = new Page(0, "1", 300, 300, List.of(new PageItem.ImageBox(0, 0, 10, 10, asset)));
        IOException e = assertThrows(IOException.class, () -> paint(List.of(page)));
        assertTrue(e.getMessage().contains("images/broken.png"), e.getMessage());
    }

    private byte[] paint(List<Page> pages) throws IOException {
        Book book = SampleBook.book(dir);
        var layout = new LaidOutBook(pages, List.of(), Map.of(), List.of(), PageMap.none());
        var out = new ByteArrayOutputStream();
        new PdfPainter(FontSet.standard()).paint(book, layout, out);
        return out.toByteArray();
    }

    private static BufferedImage picture(int type) {
        BufferedImage image = new BufferedImage(120, 80, type);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(30, 90, 160));
        g.fillRect(0, 0, 120, 80);
        g.setColor(Color.ORANGE);
        g.fillOval(20, 10, 60, 60);
        g.dispose();
        return image;
    }

    private static ImageAsset write(Path file, String format, BufferedImage image, String mediaType) throws IOException {
        assertTrue(ImageIO.write(image, format, file.toFile()), format);
        return new ImageAsset(file, "images/" + file.getFileName(), ImageFormat.forMediaType(mediaType), image.getWidth(), image.getHeight());
    }

    private static ImageAsset jpeg(Path file, boolean progressive) throws IOException {
        BufferedImage image = picture(BufferedImage.TYPE_INT_RGB);
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
        return new ImageAsset(file, "images/" + file.getFileName(), ImageFormat.JPEG, 120, 80);
    }
}
