package galley.assets;


import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

/**
 * Writes an 8-bit RGB or RGBA image as a PNG file, every row with the Paeth filter. Java's own
 * writer tries five filters on every row and took most of the time of a build whose cover had to
 * be scaled; one good filter gives files nearly as small in a fraction of the time. Kept for that:
 * ImageIO's writer has no way to choose the filter.
 */
public final class PngEncoder {

    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final int PAETH = 4;

    private PngEncoder() {
    }

    /** The PNG file of {@code image}, with an alpha channel if the image has one. */
    public static byte[] encode(BufferedImage image) throws IOException {
        int width = image.getWidth();
        int height = image.getHeight();
        boolean alpha = image.getColorModel().hasAlpha();
        int channels = alpha ? 4 : 3;
        int stride = width * channels;
        var out = new ByteArrayOutputStream(stride * height / 4 + 1024);
        out.write(SIGNATURE);
        ByteBuffer header = ByteBuffer.allocate(13).putInt(width).putInt(height)
                .put((byte) 8).put((byte) (alpha ? 6 : 2)).put((byte) 0).put((byte) 0).put((byte) 0);
        chunk(out, "IHDR", header.array(), header.position());

        var data = new ByteArrayOutputStream(stride * height / 4 + 1024);
        var deflater = new Deflater(Deflater.DEFAULT_COMPRESSION);
        try (var zip = new DeflaterOutputStream(data, deflater, 1 << 16)) {
            int[] argb = new int[width];
            byte[] previous = new byte[stride];
            byte[] current = new byte[stride];
            byte[] filtered = new byte[stride + 1];
            filtered[0] = PAETH;
            for (int y = 0; y < height; y++) {
                image.getRGB(0, y, width, 1, argb, 0, width);
                for (int x = 0, i = 0; x < width; x++) {
                    int p = argb[x];
                    current[i++] = (byte) (p >>> 16);
                    current[i++] = (byte) (p >>> 8);
                    current[i++] = (byte) p;
                    if (alpha) {
                        current[i++] = (byte) (p >>> 24);
                    }
                }
                for (int i = 0; i < stride; i++) {
                    int left = i >= channels ? current[i - channels] & 0xFF : 0;
                    int up = previous[i] & 0xFF;
                    int upLeft = i >= channels ? previous[i - channels] & 0xFF : 0;
                    filtered[i + 1] = (byte) (current[i] - Paeth.predict(left, up, upLeft));
                }
                zip.write(filtered);
                byte[] swap = previous;
                previous = current;
                current = swap;
            }
        } finally {
            deflater.end();
        }
        chunk(out, "IDAT", data.toByteArray(), data.size());
        chunk(out, "IEND", new byte[0], 0);
        return out.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data, int length) {
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        var crc = new CRC32();
        crc.update(name);
        crc.update(data, 0, length);
        out.writeBytes(ByteBuffer.allocate(4).putInt(length).array());
        out.writeBytes(name);
        out.write(data, 0, length);
        out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }
}
