package galley.pdf;

import java.util.zip.DataFormatException;

/** The PNG row filters undone: turns a PNG's inflated rows, each led by its filter type, into plain pixels. */
final class PngRows {

    private PngRows() {
    }

    /**
     * The pixel bytes of a non-interlaced image, without the filter bytes.
     *
     * @param stride     bytes in a row, without its filter byte
     * @param pixelBytes bytes in a pixel, at least 1 (the distance a filter looks back)
     */
    static byte[] unfilter(byte[] rows, int stride, int height, int pixelBytes) throws DataFormatException {
        int channels = pixelBytes;
        byte[] out = new byte[stride * height];
        for (int y = 0; y < height; y++) {
            int in = y * (stride + 1);
            int filter = rows[in++];
            int row = y * stride;
            int above = row - stride;
            for (int x = 0; x < stride; x++) {
                int raw = rows[in + x] & 0xFF;
                int left = x >= channels ? out[row + x - channels] & 0xFF : 0;
                int up = y > 0 ? out[above + x] & 0xFF : 0;
                int upLeft = y > 0 && x >= channels ? out[above + x - channels] & 0xFF : 0;
                int predicted = switch (filter) {
                    case 0 -> 0;
                    case 1 -> left;
                    case 2 -> up;
                    case 3 -> (left + up) >>> 1;
                    case 4 -> paeth(left, up, upLeft);
                    default -> throw new DataFormatException("unknown PNG row filter " + filter);
                };
                out[row + x] = (byte) (raw + predicted);
            }
        }
        return out;
    }

    private static int paeth(int a, int b, int c) {
        int p = a + b - c;
        int pa = Math.abs(p - a);
        int pb = Math.abs(p - b);
        int pc = Math.abs(p - c);
        if (pa <= pb && pa <= pc) {
            return a;
        }
        return pb <= pc ? b : c;
    }
}
