package galley.assets;

import galley.model.ImageFormat;

import java.io.IOException;
import java.io.RandomAccessFile;

/**
 * Looks for the end markers of JPEG and GIF files to find truncated ones without decoding any
 * pixels; a PNG's chunks are read by {@link PngFile}.
 */
final class ImageStructure {

    private static final int TAIL = 64 * 1024;

    private ImageStructure() {
    }

    static boolean isComplete(RandomAccessFile in, ImageFormat format) throws IOException {
        return switch (format) {
            case JPEG -> tailHas(in, new byte[] {(byte) 0xFF, (byte) 0xD9});
            case GIF -> gifComplete(in);
            case PNG -> throw new IllegalArgumentException("a PNG's structure is PngPixelData's to check");
            case SVG -> throw new IllegalArgumentException("an SVG's structure is SvgImage's to check");
        };
    }

    // A GIF ends with its trailer byte; some tools pad the file with zeros after it.
    private static boolean gifComplete(RandomAccessFile in) throws IOException {
        for (long at = in.length() - 1; at >= 0 && at >= in.length() - TAIL; at--) {
            in.seek(at);
            int b = in.read();
            if (b != 0) {
                return b == 0x3B;
            }
        }
        return false;
    }

    private static boolean tailHas(RandomAccessFile in, byte[] marker) throws IOException {
        long length = in.length();
        int size = (int) Math.min(TAIL, length);
        byte[] tail = new byte[size];
        in.seek(length - size);
        in.readFully(tail);
        for (int i = size - marker.length; i >= 0; i--) {
            boolean match = true;
            for (int j = 0; j < marker.length && match; j++) {
                match = tail[i + j] == marker[j];
            }
            if (match) {
                return true;
            }
        }
        return false;
    }
}
