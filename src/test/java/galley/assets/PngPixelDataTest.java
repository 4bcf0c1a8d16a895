package galley.assets;

import galley.read.RawPng;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PngPixelDataTest {

    @TempDir
    Path dir;

    @Test
    void acceptsWhatImageIoWritesOfEveryKindAndSize() throws IOException {
        int[] types = {BufferedImage.TYPE_BYTE_BINARY, BufferedImage.TYPE_BYTE_GRAY, BufferedImage.TYPE_USHORT_GRAY,
            BufferedImage.TYPE_BYTE_INDEXED, BufferedImage.TYPE_INT_RGB, BufferedImage.TYPE_INT_ARGB};
        int[][] sizes = {{1, 1}, {3, 2}, {7, 9}, {8, 8}, {13, 1}, {1, 13}, {101, 37}};
        var random = new Random(7);
        for (int type : types) {
            for (int[] size : sizes) {
                for (boolean interlaced : new boolean[] {false, true}) {
                    var image = new BufferedImage(size[0], size[1], type);
                    for (int y = 0; y < size[1]; y++) {
                        for (int x = 0; x < size[0]; x++) {
                            image.setRGB(x, y, random.nextInt());
                        }
                    }
                    Path file = write(image, interlaced);
                    String what = type + " " + size[0] + "x" + size[1] + (interlaced ? " interlaced" : "");
                    assertEquals(interlaced ? 1 : 0, Files.readAllBytes(file)[28], "IHDR's interlace method, " + what);
                    assertTrue(PngPixelData.isSound(file), what);
                    assertEquals(size[0], ImageIO.read(file.toFile()).getWidth(), what);
                }
            }
        }
    }

    @Test
    void refusesPixelDataCutShortInsideAWholeChunkStructure() throws IOException {
        byte[] rows = rows(20, 10, 3, 0);
        byte[] data = deflate(rows);
        assertTrue(PngPixelData.isSound(png(20, 10, 2, 0, data)));
        byte[] cut = new byte[data.length / 2];
        System.arraycopy(data, 0, cut, 0, cut.length);
        assertFalse(PngPixelData.isSound(png(20, 10, 2, 0, cut)));
        byte[] fewerRows = deflate(java.util.Arrays.copyOf(rows, rows.length - 5));
        assertFalse(PngPixelData.isSound(png(20, 10, 2, 0, fewerRows)), "the last row is short by five bytes");
    }

    @Test
    void refusesAStreamThatEndsWithAWrongChecksumAsImageIoDoes() throws IOException {
        byte[] data = deflate(rows(20, 10, 3, 0));
        data[data.length - 1] ^= 0x55;
        Path file = png(20, 10, 2, 0, data);
        assertThrows(IOException.class, () -> ImageIO.read(file.toFile()), "ImageIO refuses it too");
        assertFalse(PngPixelData.isSound(file));
    }

    @Test
    void refusesAnUnknownFilterTypeAndDataThatIsNotZlib() throws IOException {
        byte[] rows = rows(20, 10, 3, 0);
        rows[7 * (1 + 20 * 3)] = 5;
        assertFalse(PngPixelData.isSound(png(20, 10, 2, 0, deflate(rows))));
        assertFalse(PngPixelData.isSound(png(20, 10, 2, 0, "not zlib at all, just text".getBytes(StandardCharsets.US_ASCII))));
    }

    @Test
    void refusesAHeaderNoDecoderTakes() throws IOException {
        byte[] data = deflate(rows(4, 4, 1, 0));
        assertTrue(PngPixelData.isSound(png(4, 4, 0, 0, data)));
        assertFalse(PngPixelData.isSound(png(4, 4, 5, 0, data)), "colour type 5 does not exist");
        assertFalse(PngPixelData.isSound(png(0, 4, 0, 0, data)), "no columns");
    }

    private Path write(BufferedImage image, boolean interlaced) throws IOException {
        Path file = Files.createTempFile(dir, "img", ".png");
        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(file.toFile())) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setProgressiveMode(interlaced ? ImageWriteParam.MODE_DEFAULT : ImageWriteParam.MODE_DISABLED);
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
        return file;
    }

    // rows of an 8-bit image with `channels` samples a pixel, each row opening with `filter`
    private static byte[] rows(int width, int height, int channels, int filter) {
        int rowBytes = 1 + width * channels;
        byte[] rows = new byte[rowBytes * height];
        for (int y = 0; y < height; y++) {
            rows[y * rowBytes] = (byte) filter;
            for (int i = 1; i < rowBytes; i++) {
                rows[y * rowBytes + i] = (byte) (y * 31 + i);
            }
        }
        return rows;
    }

    private static byte[] deflate(byte[] raw) throws IOException {
        var out = new ByteArrayOutputStream();
        try (var zip = new DeflaterOutputStream(out, new Deflater())) {
            zip.write(raw);
        }
        return out.toByteArray();
    }

    private Path png(int width, int height, int colour, int interlace, byte[] data) throws IOException {
        Path file = Files.createTempFile(dir, "raw", ".png");
        Files.write(file, RawPng.of(width, height, colour, interlace, data));
        return file;
    }
}
