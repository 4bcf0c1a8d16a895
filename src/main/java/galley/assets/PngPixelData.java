package galley.assets;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * Checks a PNG file's chunks and pixel data without decoding a pixel: the compressed stream must inflate
 * cleanly to at least the size its header promises, and every row must start with one of the five
 * filter types. That is what a decoder would trip on, found at zlib's native speed; decoding the
 * rows in Java, even at reduced resolution, took half the time of reading a book of 100 figures.
 */
final class PngPixelData {

    private static final int LAST_FILTER_TYPE = 4;
    // Adam7's passes: first column, first row, column step, row step
    private static final int[][] ADAM7 = {
        {0, 0, 8, 8}, {4, 0, 8, 8}, {0, 4, 4, 8}, {2, 0, 4, 4}, {0, 2, 2, 4}, {1, 0, 2, 2}, {0, 1, 1, 2},
    };

    private PngPixelData() {
    }

    /** Whether the file's pixel data is whole and well formed; false also for a header it cannot use. */
    static boolean isSound(Path file) {
        try {
            verify(file);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Reads the whole file through {@link PngFile}, inflating its pixel data no further than its
     * header promises; fails with the reason if anything is wrong.
     */
    static PngFile verify(Path file) throws IOException {
        try (InputStream in = ImageInput.open(file)) {
            var pixels = new Pixels();
            try {
                PngFile png = PngFile.read(in, pixels);
                if (!pixels.rows.complete()) {
                    throw ImageException.corrupt("its pixel data is cut short");
                }
                return png;
            } finally {
                pixels.inflater.end();
            }
        } catch (EOFException e) {
            throw ImageException.corrupt("the file ends early");
        }
    }

    /** Inflates the compressed pixel data as it comes, up to the size the header promises, and checks its rows. */
    private static final class Pixels implements PngFile.PixelData {
        private final Inflater inflater = new Inflater();
        private final byte[] out = new byte[1 << 16];
        private Rows rows;
        private boolean done;

        @Override
        public void begin(PngFile.Header header) {
            rows = Rows.of(header);
        }

        @Override
        public void accept(byte[] bytes, int length) throws IOException {
            if (done) {
                return;
            }
            inflater.setInput(bytes, 0, length);
            try {
                while (!inflater.needsInput() && !inflater.finished()) {
                    int n = inflater.inflate(out);
                    if (n == 0 && inflater.needsDictionary()) {
                        throw ImageException.corrupt("its pixel data needs a preset dictionary");
                    }
                    if (!rows.accept(out, n)) {
                        throw ImageException.corrupt("a row of its pixel data has an unknown filter type");
                    }
                    // data past what the header promises is not inflated: decoders ignore it
                    if (rows.beyond()) {
                        done = true;
                        return;
                    }
                }
            } catch (DataFormatException e) {
                throw ImageException.corrupt("its pixel data is not valid zlib data");
            }
        }
    }

    /** Walks the filtered rows of the inflated stream, pass by pass for an interlaced image. */
    private static final class Rows {
        private final long width;
        private final long height;
        private final int bitsPerPixel;
        private final int[][] passes;
        private int pass = -1;
        private long rowsLeft;
        private long rowBytes;
        private long untilNextRow;
        private long expected;
        private long inflated;

        private Rows(long width, long height, int bitsPerPixel, boolean interlaced) {
            this.width = width;
            this.height = height;
            this.bitsPerPixel = bitsPerPixel;
            this.passes = interlaced ? ADAM7 : new int[][] {{0, 0, 1, 1}};
            for (nextPass(); pass < passes.length; nextPass()) {
                expected += rowsLeft * rowBytes;
            }
            pass = -1;
            nextPass();
        }

        static Rows of(PngFile.Header header) {
            int bitsPerPixel = header.channels() * header.bitDepth();
            return new Rows(header.width(), header.height(), bitsPerPixel, header.interlaced());
        }

        // Moves to the next pass that has pixels; a pass with none has no rows in the stream.
        private void nextPass() {
            rowsLeft = 0;
            while (rowsLeft == 0 && ++pass < passes.length) {
                int[] p = passes[pass];
                long columns = width > p[0] ? (width - p[0] + p[2] - 1) / p[2] : 0;
                long rows = height > p[1] ? (height - p[1] + p[3] - 1) / p[3] : 0;
                rowsLeft = columns == 0 ? 0 : rows;
                rowBytes = 1 + (columns * bitsPerPixel + 7) / 8;
            }
            untilNextRow = 0;
        }

        /** Takes the next {@code n} inflated bytes; false when a row starts with an unknown filter. */
        boolean accept(byte[] bytes, int n) {
            inflated += n;
            int at = 0;
            while (pass < passes.length) {
                if (untilNextRow >= n - at) {
                    untilNextRow -= n - at;
                    return true;
                }
                at += (int) untilNextRow;
                if ((bytes[at] & 0xFF) > LAST_FILTER_TYPE) {
                    return false;
                }
                at++;
                untilNextRow = rowBytes - 1;
                if (--rowsLeft == 0) {
                    long rest = untilNextRow;
                    nextPass();
                    untilNextRow = rest;
                }
            }
            return true;
        }

        boolean complete() {
            return inflated >= expected;
        }

        boolean beyond() {
            return inflated > expected;
        }
    }
}
