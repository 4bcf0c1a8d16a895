package galley.assets;

import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import java.util.zip.CRC32;

/**
 * Reads a PNG file's chunks in order from a stream: the signature, then each chunk's length and
 * type, its data either held whole (never more than {@link #MAX_HELD} bytes) or streamed, and its
 * CRC checked once it has been read. The one place in Galley that walks a PNG's chunks.
 */
public final class PngChunks {

    public static final int IHDR = 0x49484452;
    public static final int PLTE = 0x504C5445;
    public static final int IDAT = 0x49444154;
    public static final int IEND = 0x49454E44;
    public static final int TRNS = 0x74524E53;
    public static final int PHYS = 0x70485973;
    public static final int ICCP = 0x69434350;
    public static final int ZTXT = 0x7A545874;
    public static final int ITXT = 0x69545874;
    public static final int ACTL = 0x6163544C;

    /** The most bytes of one chunk read into memory at once; only IDAT is ever longer, and it is streamed. */
    public static final int MAX_HELD = 16 << 20;

    private static final long SIGNATURE = 0x89504E470D0A1A0AL;
    private static final long MAX_LENGTH = 0x7FFFFFFFL;

    private final DataInputStream in;
    private final CRC32 crc = new CRC32();
    private final byte[] skip = new byte[1 << 16];
    private int type;
    private long left;
    private boolean touched;
    private boolean open;

    private PngChunks(InputStream in) {
        this.in = new DataInputStream(in);
    }

    /** The chunks of the PNG file {@code in} holds; fails unless it starts with the PNG signature. */
    public static PngChunks of(InputStream in) throws IOException {
        var chunks = new PngChunks(in);
        try {
            if (chunks.in.readLong() != SIGNATURE) {
                throw ImageException.corrupt("not a PNG file");
            }
        } catch (EOFException e) {
            throw ImageException.corrupt("not a PNG file");
        }
        return chunks;
    }

    /**
     * Finishes the current chunk (checking its CRC if any of its data was read, or if it is
     * critical) and moves to the next; its type, one of the constants here for those Galley reads.
     */
    public int next() throws IOException {
        finish();
        try {
            long length = in.readInt() & 0xFFFFFFFFL;
            if (length > MAX_LENGTH) {
                throw ImageException.corrupt("a chunk claims " + length + " bytes, more than PNG allows");
            }
            type = in.readInt();
            left = length;
        } catch (EOFException e) {
            throw ImageException.corrupt("the file ends before its IEND chunk");
        }
        crc.reset();
        crc.update(new byte[] {(byte) (type >>> 24), (byte) (type >>> 16), (byte) (type >>> 8), (byte) type});
        touched = false;
        open = true;
        return type;
    }

    /** The current chunk's type. */
    public int type() {
        return type;
    }

    /** The bytes of the current chunk's data not read yet; all of them before the first read. */
    public long remaining() {
        return left;
    }

    /** Whether the current chunk is critical (its type's first letter is upper case). */
    public boolean critical() {
        return (type & 0x20000000) == 0;
    }

    /**
     * The current chunk's data, if it holds at most {@code max} bytes (and never more than
     * {@link #MAX_HELD}); empty for an ancillary chunk whose CRC is wrong, which is then ignored.
     */
    public Optional<byte[]> held(int max) throws IOException {
        if (left > Math.min(max, MAX_HELD)) {
            String detail = "its " + name(type) + " chunk holds " + left + " bytes, more than the "
                    + Math.min(max, MAX_HELD) + " it may";
            // a chunk of fixed size that is longer is broken; anything else is merely too large
            throw max < MAX_HELD ? ImageException.corrupt(detail) : ImageException.tooLarge("image is too large: " + detail);
        }
        byte[] data = new byte[(int) left];
        int n = 0;
        while (n < data.length) {
            int got = read(data, n, data.length - n);
            if (got < 0) {
                throw ImageException.corrupt("the file ends inside its " + name(type) + " chunk");
            }
            n += got;
        }
        if (crcMatches()) {
            return Optional.of(data);
        }
        if (critical()) {
            throw crcFailed();
        }
        return Optional.empty();
    }

    /** Reads up to {@code length} bytes of the current chunk's data; -1 at its end. */
    public int read(byte[] into, int offset, int length) throws IOException {
        if (left == 0) {
            return -1;
        }
        touched = true;
        int n = in.read(into, offset, (int) Math.min(length, left));
        if (n < 0) {
            throw ImageException.corrupt("the file ends inside its " + name(type) + " chunk");
        }
        crc.update(into, offset, n);
        left -= n;
        return n;
    }

    // Skips what is left of the current chunk; an untouched ancillary chunk is skipped unread,
    // anything else is read through so that its CRC can be checked.
    private void finish() throws IOException {
        if (!open) {
            return;
        }
        open = false;
        try {
            if (!touched && !critical()) {
                in.skipNBytes(left + 4);
                return;
            }
            while (left > 0) {
                read(skip, 0, skip.length);
            }
            if (!crcMatches() && critical()) {
                throw crcFailed();
            }
        } catch (EOFException e) {
            throw ImageException.corrupt("the file ends inside its " + name(type) + " chunk");
        }
    }

    private boolean crcMatches() throws IOException {
        open = false;
        return in.readInt() == (int) crc.getValue();
    }

    private ImageException crcFailed() {
        return ImageException.corrupt("its " + name(type) + " chunk fails its CRC check");
    }

    /** The four letters of chunk type {@code type}. */
    public static String name(int type) {
        var name = new StringBuilder(4);
        for (int shift = 24; shift >= 0; shift -= 8) {
            char c = (char) (type >>> shift & 0xFF);
            name.append(Character.isLetter(c) ? c : '?');
        }
        return name.toString();
    }
}
