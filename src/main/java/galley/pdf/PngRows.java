package galley.pdf;

import galley.assets.Paeth;

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
        byte[] out = new byte[stride * height];
        byte[] none = new byte[stride];
        for (int y = 0; y < height; y++) {
            int in = y * (stride + 1);
            int row = y * stride;
            // the row above, or zeros above the first row, as the PNG specification has it
            byte[] upRow = y > 0 ? out : none;
            int up = y > 0 ? row - stride : 0;
            // one loop per filter: this runs once per byte of every image with an alpha channel
            switch (rows[in++]) {
                case 0 -> System.arraycopy(rows, in, out, row, stride);
                case 1 -> {
                    System.arraycopy(rows, in, out, row, Math.min(pixelBytes, stride));
                    for (int x = pixelBytes; x < stride; x++) {
                        out[row + x] = (byte) (rows[in + x] + out[row + x - pixelBytes]);
                    }
                }
                case 2 -> {
                    for (int x = 0; x < stride; x++) {
                        out[row + x] = (byte) (rows[in + x] + upRow[up + x]);
                    }
                }
                case 3 -> {
                    for (int x = 0; x < stride; x++) {
                        int left = x >= pixelBytes ? out[row + x - pixelBytes] & 0xFF : 0;
                        out[row + x] = (byte) (rows[in + x] + ((left + (upRow[up + x] & 0xFF)) >>> 1));
                    }
                }
                case 4 -> {
                    for (int x = 0; x < pixelBytes && x < stride; x++) {
                        out[row + x] = (byte) (rows[in + x] + upRow[up + x]);
                    }
                    for (int x = pixelBytes; x < stride; x++) {
                        out[row + x] = (byte) (rows[in + x] + Paeth.predict(out[row + x - pixelBytes] & 0xFF,
                                upRow[up + x] & 0xFF, upRow[up + x - pixelBytes] & 0xFF));
                    }
                }
                default -> throw new DataFormatException("unknown PNG row filter " + rows[in - 1]);
            }
        }
        return out;
    }
}
