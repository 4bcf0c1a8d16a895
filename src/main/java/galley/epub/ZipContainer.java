package galley.epub;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

/**
 * A zip file written entry by entry, with entries deflated beforehand, so that an entry whose
 * bytes did not change need not be deflated again: {@code java.util.zip.ZipOutputStream} deflates
 * every entry itself. It writes what {@code ZipOutputStream} writes for entries with UTF-8 names
 * and a local time set (the same bytes, which a test checks), without ZIP64: a container past
 * 4 GB or 65,535 entries is refused. Kept rather than a library's writer: {@code ZipOutputStream}
 * cannot take pre-deflated entries, and epub4j's writer stamps every entry with the current time.
 */
final class ZipContainer {

    /** An entry's bytes as deflated for the zip, with the CRC-32 and the size of the bytes themselves. */
    record Deflated(byte[] data, long crc, long size) {

        /** {@code raw} deflated at the best compression, as the EPUB's entries are. */
        static Deflated of(byte[] raw) {
            var deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
            try {
                var out = new ByteArrayOutputStream(raw.length / 4 + 64);
                try (var stream = new DeflaterOutputStream(out, deflater)) {
                    stream.write(raw);
                }
                return new Deflated(out.toByteArray(), ZipContainer.crc(raw), raw.length);
            } catch (IOException e) {
                throw new IllegalStateException("deflating into memory cannot fail", e);
            } finally {
                deflater.end();
            }
        }
    }

    private static final int LOCAL_HEADER = 0x04034b50;
    private static final int DATA_DESCRIPTOR = 0x08074b50;
    private static final int CENTRAL_HEADER = 0x02014b50;
    private static final int END_OF_CENTRAL = 0x06054b50;
    private static final int STORED = 0;
    private static final int DEFLATED = 8;
    private static final int HAS_DESCRIPTOR = 0x8;
    private static final int UTF8_NAMES = 0x800;
    private static final long LIMIT = 0xFFFFFFFFL;
    private static final int MAX_ENTRIES = 0xFFFF;

    private final OutputStream out;
    private final int dosTime;
    private final ByteArrayOutputStream central = new ByteArrayOutputStream();
    private long written;
    private int entries;

    /** A zip written to {@code out}, every entry stamped with {@code time}, which must lie in 1980 to 2107. */
    ZipContainer(OutputStream out, LocalDateTime time) {
        this.out = out;
        this.dosTime = (time.getYear() - 1980) << 25 | time.getMonthValue() << 21 | time.getDayOfMonth() << 16
                | time.getHour() << 11 | time.getMinute() << 5 | time.getSecond() >> 1;
    }

    /** Adds {@code data} as it is: for what is compressed already, and for the EPUB's {@code mimetype}. */
    void stored(String name, byte[] data) throws IOException {
        byte[] utf8 = name(name);
        long crc = crc(data);
        int flag = UTF8_NAMES;
        long start = written;
        localHeader(STORED, flag, crc, data.length, data.length, utf8);
        write(data, data.length);
        centralHeader(STORED, flag, crc, data.length, data.length, utf8, start);
    }

    /** Adds an entry deflated beforehand. */
    void deflated(String name, Deflated entry) throws IOException {
        byte[] utf8 = name(name);
        int flag = HAS_DESCRIPTOR | UTF8_NAMES;
        long start = written;
        // sizes and CRC follow the data, as ZipOutputStream writes an entry it deflates as it goes
        localHeader(DEFLATED, flag, 0, 0, 0, utf8);
        write(entry.data(), entry.data().length);
        var descriptor = new Bytes(16);
        descriptor.int32(DATA_DESCRIPTOR).int32(entry.crc()).int32(entry.data().length).int32(entry.size());
        write(descriptor.array(), descriptor.length());
        centralHeader(DEFLATED, flag, entry.crc(), entry.data().length, entry.size(), utf8, start);
    }

    /** Writes the central directory; {@code out} is left open. */
    void finish() throws IOException {
        long centralStart = written;
        write(central.toByteArray(), central.size());
        check(centralStart);
        var end = new Bytes(22);
        end.int32(END_OF_CENTRAL).int16(0).int16(0).int16(entries).int16(entries)
                .int32(central.size()).int32(centralStart).int16(0);
        write(end.array(), end.length());
        out.flush();
    }

    /** How many bytes have been written. */
    long size() {
        return written;
    }

    private void localHeader(int method, int flag, long crc, long compressed, long size, byte[] name)
            throws IOException {
        if (++entries > MAX_ENTRIES) {
            throw new IOException("an EPUB of more than " + MAX_ENTRIES + " files cannot be written");
        }
        check(written);
        var header = new Bytes(30 + name.length);
        header.int32(LOCAL_HEADER).int16(version(method)).int16(flag).int16(method).int32(dosTime)
                .int32(crc).int32(compressed).int32(size).int16(name.length).int16(0).bytes(name);
        write(header.array(), header.length());
    }

    private void centralHeader(int method, int flag, long crc, long compressed, long size, byte[] name, long offset)
            throws IOException {
        check(offset);
        var header = new Bytes(46 + name.length);
        header.int32(CENTRAL_HEADER).int16(version(method)).int16(version(method)).int16(flag).int16(method)
                .int32(dosTime).int32(crc).int32(compressed).int32(size).int16(name.length).int16(0).int16(0)
                .int16(0).int16(0).int32(0).int32(offset).bytes(name);
        central.write(header.array(), 0, header.length());
    }

    private static int version(int method) {
        return method == DEFLATED ? 20 : 10;
    }

    private static void check(long value) throws IOException {
        if (value >= LIMIT) {
            throw new IOException("an EPUB of 4 GB or more cannot be written");
        }
    }

    private void write(byte[] bytes, int length) throws IOException {
        out.write(bytes, 0, length);
        written += length;
    }

    private static byte[] name(String name) {
        return name.getBytes(StandardCharsets.UTF_8);
    }

    private static long crc(byte[] data) {
        var crc = new CRC32();
        crc.update(data);
        return crc.getValue();
    }

    /** Little-endian fields, as a zip's headers hold them. */
    private static final class Bytes {
        private final byte[] array;
        private int length;

        Bytes(int capacity) {
            array = new byte[capacity];
        }

        Bytes int16(int value) {
            array[length++] = (byte) value;
            array[length++] = (byte) (value >>> 8);
            return this;
        }

        Bytes int32(long value) {
            int16((int) value);
            return int16((int) (value >>> 16));
        }

        Bytes bytes(byte[] bytes) {
            System.arraycopy(bytes, 0, array, length, bytes.length);
            length += bytes.length;
            return this;
        }

        byte[] array() {
            return array;
        }

        int length() {
            return length;
        }
    }
}
