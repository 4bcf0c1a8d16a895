package galley.cli;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/** Image files made to be refused: decompression bombs, cut pixel data, and real images to mangle. */
public final class HostileImages {

    private HostileImages() {
    }

    /** A real image of {@code width} x {@code height} in {@code format} ("png", "jpg", "gif"). */
    public static byte[] real(int width, int height, String format) {
        var image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setColor(new Color(0x2E5C8A));
        g.fillRect(0, 0, width, height);
        g.setColor(Color.ORANGE);
        g.fillOval(width / 4, height / 4, width / 2, height / 2);
        g.dispose();
        var out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, format, out)) {
                throw new IllegalArgumentException("no writer for " + format);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * A PNG of about a kilobyte whose header claims {@code width} x {@code height} pixels, with
     * valid chunk checksums: a decompression bomb if anything believed the header.
     */
    public static byte[] pngClaiming(int width, int height) {
        var out = new ByteArrayOutputStream();
        out.writeBytes(signature());
        chunk(out, "IHDR", header(width, height));
        var deflater = new Deflater(Deflater.BEST_COMPRESSION);
        deflater.setInput(new byte[4096]);
        deflater.finish();
        byte[] compressed = new byte[8192];
        chunk(out, "IDAT", Arrays.copyOf(compressed, deflater.deflate(compressed)));
        chunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    /**
     * A real RGB PNG of {@code width} x {@code height} pixels in diagonal stripes, deflated row by
     * row so that even a 100-megapixel image is made without holding its pixels.
     */
    public static byte[] largePng(int width, int height) {
        var data = new ByteArrayOutputStream();
        try (var deflate = new java.util.zip.DeflaterOutputStream(data, new Deflater(Deflater.BEST_SPEED), 1 << 16)) {
            byte[] row = new byte[1 + width * 3];
            for (int y = 0; y < height; y++) {
                for (int x = 0; x < width * 3; x++) {
                    row[1 + x] = (byte) ((x / 3 + y) % 256 < 128 ? 0x30 : 0xD0);
                }
                deflate.write(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var out = new ByteArrayOutputStream();
        out.writeBytes(signature());
        chunk(out, "IHDR", header(width, height));
        chunk(out, "IDAT", data.toByteArray());
        chunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    /**
     * A real PNG whose IDAT data is cut to half, with the chunk's length and checksum rewritten:
     * every chunk is whole and IEND is there, only the pixels stop early.
     */
    public static byte[] pngWithTruncatedPixels(int width, int height) {
        ByteBuffer in = ByteBuffer.wrap(real(width, height, "png"));
        var out = new ByteArrayOutputStream();
        out.writeBytes(signature());
        in.position(8);
        while (in.remaining() >= 12) {
            int length = in.getInt();
            byte[] type = new byte[4];
            in.get(type);
            byte[] body = new byte[length];
            in.get(body);
            in.getInt();
            String name = new String(type, StandardCharsets.US_ASCII);
            chunk(out, name, name.equals("IDAT") ? Arrays.copyOf(body, body.length / 2) : body);
        }
        return out.toByteArray();
    }

    private static byte[] signature() {
        return new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
    }

    private static byte[] header(int width, int height) {
        var bytes = new ByteArrayOutputStream();
        var data = new DataOutputStream(bytes);
        try {
            data.writeInt(width);
            data.writeInt(height);
            data.write(new byte[] {8, 2, 0, 0, 0});
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] body) {
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        out.writeBytes(ByteBuffer.allocate(4).putInt(body.length).array());
        out.writeBytes(name);
        out.writeBytes(body);
        var crc = new CRC32();
        crc.update(name);
        crc.update(body);
        out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }
}
