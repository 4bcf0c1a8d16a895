package galley.read;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

/** PNG files put together byte by byte, so that a test can make one a decoder would not write. */
public final class RawPng {

    private RawPng() {
    }

    /** A PNG of one IHDR (8 bits a sample), one IDAT holding {@code data} as given, and IEND; every CRC valid. */
    public static byte[] of(int width, int height, int colour, int interlace, byte[] data) {
        try {
            var out = new ByteArrayOutputStream();
            out.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
            var header = new ByteArrayOutputStream();
            var h = new DataOutputStream(header);
            h.writeInt(width);
            h.writeInt(height);
            h.write(new byte[] {8, (byte) colour, 0, 0, (byte) interlace});
            chunk(out, "IHDR", header.toByteArray());
            chunk(out, "IDAT", data);
            chunk(out, "IEND", new byte[0]);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] body) throws IOException {
        var data = new DataOutputStream(out);
        data.writeInt(body.length);
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        data.write(name);
        data.write(body);
        var crc = new CRC32();
        crc.update(name);
        crc.update(body);
        data.writeInt((int) crc.getValue());
    }
}
