package galley.assets;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

/** A PNG file put together chunk by chunk in memory, so that a test can leave one out, break one or add a hostile one. */
public final class ChunkedPng {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    /** Starts a file with the signature and an IHDR chunk. */
    public ChunkedPng(int width, int height, int bitDepth, int colourType) {
        out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
        chunk("IHDR", ByteBuffer.allocate(13).putInt(width).putInt(height).put((byte) bitDepth)
                .put((byte) colourType).put((byte) 0).put((byte) 0).put((byte) 0).array());
    }

    /** Adds a chunk with a valid CRC. */
    public ChunkedPng chunk(String type, byte[] data) {
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        var crc = new CRC32();
        crc.update(name);
        crc.update(data);
        return raw(data.length, name, data, (int) crc.getValue());
    }

    /** Adds a chunk exactly as given, whatever its length field and CRC say. */
    public ChunkedPng raw(int length, byte[] name, byte[] data, int crc) {
        try {
            var d = new DataOutputStream(out);
            d.writeInt(length);
            d.write(name);
            d.write(data);
            d.writeInt(crc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** Adds an IDAT chunk holding {@code rows} (each led by its filter byte) deflated. */
    public ChunkedPng pixels(byte[] rows) {
        return chunk("IDAT", deflate(rows, Deflater.DEFAULT_COMPRESSION));
    }

    /** Adds the IEND chunk and gives the file. */
    public byte[] end() {
        chunk("IEND", new byte[0]);
        return out.toByteArray();
    }

    /** {@code bytes} as a zlib stream. */
    public static byte[] deflate(byte[] bytes, int level) {
        var zipped = new ByteArrayOutputStream();
        var deflater = new Deflater(level);
        try (var z = new DeflaterOutputStream(zipped, deflater)) {
            z.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deflater.end();
        }
        return zipped.toByteArray();
    }

    /** The zlib stream of {@code size} zero bytes, made without holding them: a few kilobytes that inflate to {@code size}. */
    public static byte[] zeros(long size) {
        var zipped = new ByteArrayOutputStream();
        var deflater = new Deflater(Deflater.BEST_COMPRESSION);
        try (var z = new DeflaterOutputStream(zipped, deflater, 1 << 16)) {
            byte[] block = new byte[1 << 20];
            for (long left = size; left > 0; left -= block.length) {
                z.write(block, 0, (int) Math.min(block.length, left));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deflater.end();
        }
        return zipped.toByteArray();
    }
}
