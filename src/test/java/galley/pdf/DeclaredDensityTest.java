package galley.pdf;

import galley.assets.Allocation;
import galley.assets.ChunkedPng;
import galley.assets.MetadataBombTest;
import galley.assets.PngFile;
import galley.layout.ImageDensity;
import galley.model.ImageAsset;
import galley.model.ImageFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadataFormatImpl;
import javax.imageio.stream.ImageInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The density a PNG declares, read from its pHYs chunk by the one chunk reader, never inflating its text. */
class DeclaredDensityTest {

    @TempDir
    Path dir;

    @Test
    void textChunksThatInflateToGigabytesAreNeverInflated() throws IOException {
        // issue 23: Java's metadata reader inflated every zTXt chunk whole, 4.4 GB for six of them
        Path file = Files.write(dir.resolve("bomb.png"), MetadataBombTest.bomb(PngFile.PALETTE, "zTXt"));
        var asset = new ImageAsset(file, "images/bomb.png", ImageFormat.PNG, 4, 2);
        float[] dpi = new float[1];
        long allocated = Allocation.of(() -> dpi[0] = new DeclaredDensity().dpi(asset));
        assertTrue(allocated < MetadataBombTest.ALLOCATION_LIMIT, "allocated " + (allocated >> 20) + " MB");
        assertEquals(ImageDensity.DEFAULT_DPI, dpi[0]);
    }

    @Test
    void thePhysChunkGivesTheFigureJavasMetadataGave() throws IOException {
        // the print edition's image sizes, and so its bytes, depend on these figures to the last bit
        for (int pixelsPerMetre : new int[] {2835, 3780, 11811, 11810, 5906, 23622, 1181, 188_976, 1, 0, -7}) {
            byte[] phys = ByteBuffer.allocate(9).putInt(pixelsPerMetre).putInt(pixelsPerMetre).put((byte) 1).array();
            byte[] png = new ChunkedPng(4, 2, 8, PngFile.GREY).chunk("pHYs", phys).pixels(new byte[10]).end();
            Path file = Files.write(dir.resolve("dense.png"), png);
            float expected = javaMetadataDpi(file);
            float actual = new DeclaredDensity().dpi(new ImageAsset(file, "images/dense.png", ImageFormat.PNG, 4, 2));
            assertEquals(expected, actual, "pixels a metre: " + pixelsPerMetre);
        }
    }

    // what DeclaredDensity computed before it read the chunk itself
    private static float javaMetadataDpi(Path file) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            ImageReader reader = ImageIO.getImageReaders(in).next();
            reader.setInput(in, true, false);
            Node root = reader.getImageMetadata(0).getAsTree(IIOMetadataFormatImpl.standardMetadataFormatName);
            for (Node dim = root.getFirstChild(); dim != null; dim = dim.getNextSibling()) {
                for (Node n = dim.getFirstChild(); n != null; n = n.getNextSibling()) {
                    if ("HorizontalPixelSize".equals(n.getNodeName())) {
                        float mm = Float.parseFloat(((Element) n).getAttribute("value"));
                        float dpi = 25.4f / mm;
                        return mm > 0 && dpi >= 30f && dpi <= 4800f ? dpi : ImageDensity.DEFAULT_DPI;
                    }
                }
            }
            return ImageDensity.DEFAULT_DPI;
        }
    }
}
