package galley.manuscript;

import java.io.IOException;
import java.io.RandomAccessFile;

/**
 * Walks an image file's container structure (PNG chunks, the end markers of JPEG and GIF) to
 * find truncated files without decoding any pixels.
 */
final class ImageStructure {

    private static final int TAIL = 64 * 1024;

    private ImageStructure() {
    }

    static boolean isComplete(RandomAccessFile in, ImageFormat format) throws IOException {
        switch (format) {
            case PNG:
                return pngComplete(in);
            case JPEG:
                return tailHas(in, new byte[] {(byte) 0xFF, (byte) 0xD9});
            default:
                return gifComplete(in);
        }
    }

    // Follows the chunk lengths from the signature to IEND; a file that ends first is truncated.
    private static boolean pngComplete(RandomAccessFile in) throws IOException {
        long length = in.length();
        long at = 8;
        boolean sawData = false;
        while (at + 12 <= length) {
            in.seek(at);
            long chunk = in.readInt() & 0xFFFFFFFFL;
            int type = in.readInt();
            if (type == 0x49444154) {
                sawData = true;
            }
            at += 12 + chunk;
            if (at > length) {
                return false;
            }
            if (type == 0x49454E44) {
                return sawData;
            }
        }
        return false;
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
