package galley.assets;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

/** Image files drawn by code for the tests: still and animated PNGs and GIFs, and a GIF with a vast logical screen. */
public final class MovingImages {

    private MovingImages() {
    }

    /** A still 10×10 PNG. */
    public static byte[] png() throws IOException {
        var out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(10, 10, BufferedImage.TYPE_INT_RGB), "png", out);
        return out.toByteArray();
    }

    /**
     * An animated PNG as a flashing one declares itself: an {@code acTL} chunk (two frames, looping for
     * ever) after the header. Decoders that know no APNG show the first frame.
     */
    public static byte[] apng() throws IOException {
        byte[] still = png();
        int afterHeader = 8 + 4 + 4 + 13 + 4; // signature, then IHDR's length, type, data and CRC
        byte[] control = chunk("acTL", ByteBuffer.allocate(8).putInt(2).putInt(0).array());
        var out = new ByteArrayOutputStream();
        out.write(still, 0, afterHeader);
        out.write(control);
        out.write(still, afterHeader, still.length - afterHeader);
        return out.toByteArray();
    }

    private static byte[] chunk(String type, byte[] data) {
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        var crc = new CRC32();
        crc.update(name);
        crc.update(data);
        return ByteBuffer.allocate(12 + data.length).putInt(data.length).put(name).put(data)
                .putInt((int) crc.getValue()).array();
    }

    /** A GIF of {@code frames} 4×4 frames. */
    public static byte[] gif(int frames) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("gif").next();
        var out = new ByteArrayOutputStream();
        try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(stream);
            writer.prepareWriteSequence(null);
            for (int i = 0; i < frames; i++) {
                var frame = new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB);
                frame.setRGB(i % 4, 0, 0xFF0000);
                writer.writeToSequence(new IIOImage(frame, null, null), null);
            }
            writer.endWriteSequence();
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    /** A GIF of one small frame on a logical screen {@code width} × {@code height} pixels. */
    public static byte[] gifOnScreen(int width, int height) throws IOException {
        byte[] gif = gif(1);
        gif[6] = (byte) width;
        gif[7] = (byte) (width >>> 8);
        gif[8] = (byte) height;
        gif[9] = (byte) (height >>> 8);
        return gif;
    }
}
