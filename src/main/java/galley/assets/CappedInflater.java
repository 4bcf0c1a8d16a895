package galley.assets;

import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * Inflates zlib data never past a given number of bytes, so that a few kilobytes that would
 * inflate to gigabytes (a decompression bomb) cost no more than the cap. Every inflation of image
 * data in Galley goes through it.
 */
public final class CappedInflater {

    private CappedInflater() {
    }

    /**
     * The first {@code size} bytes {@code data} inflates to; fails if it inflates to fewer, and
     * never inflates more.
     */
    public static byte[] exactly(byte[] data, int size) throws DataFormatException {
        var inflater = new Inflater();
        try {
            inflater.setInput(data);
            byte[] out = new byte[size];
            int n = 0;
            while (n < size && !inflater.finished()) {
                int got = inflater.inflate(out, n, size - n);
                if (got == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    throw new DataFormatException("compressed data ends early");
                }
                n += got;
            }
            if (n < size) {
                throw new DataFormatException("compressed data ends early");
            }
            return out;
        } finally {
            inflater.end();
        }
    }

    /**
     * How many bytes {@code data[offset, offset + length)} inflates to, counting no further than
     * {@code cap + 1}: the inflated bytes are thrown away as they come. Data that is not zlib
     * counts what inflated before the error.
     */
    public static long measure(byte[] data, int offset, int length, long cap) {
        var inflater = new Inflater();
        try {
            inflater.setInput(data, offset, length);
            byte[] sink = new byte[(int) Math.min(1 << 16, cap + 1)];
            long n = 0;
            while (n <= cap && !inflater.finished()) {
                int got = inflater.inflate(sink, 0, (int) Math.min(sink.length, cap + 1 - n));
                if (got == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    break;
                }
                n += got;
            }
            return n;
        } catch (DataFormatException e) {
            return inflater.getBytesWritten();
        } finally {
            inflater.end();
        }
    }
}
