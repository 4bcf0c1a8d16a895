package galley.assets;

import javax.imageio.stream.ImageInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteOrder;

/**
 * A GIF's logical screen and its frames, read from the file's block structure without decoding any
 * pixels: a decoder allocates the screen, which may be far larger than any frame drawn on it.
 *
 * @param screenWidth  the logical screen's width in pixels
 * @param screenHeight its height
 * @param frames       the number of frames (image descriptors) found
 * @param frameWidth   the width of the widest frame
 * @param frameHeight  the height of the tallest frame
 */
record GifFrames(int screenWidth, int screenHeight, int frames, int frameWidth, int frameHeight) {

    private static final int EXTENSION = 0x21;
    private static final int IMAGE = 0x2C;
    private static final int TRAILER = 0x3B;

    /** Whether the GIF shows more than one frame, and so moves. */
    boolean animated() {
        return frames > 1;
    }

    /**
     * Reads the structure of the GIF {@code in} holds, from its start. A file cut short or holding
     * a block of no known kind ends the walk with what was found before it: whether the pixels are
     * sound is the decoder's to find.
     */
    static GifFrames read(ImageInputStream in) throws IOException {
        in.seek(0);
        in.setByteOrder(ByteOrder.LITTLE_ENDIAN);
        in.skipBytes(6); // GIF87a or GIF89a
        int screenWidth = in.readUnsignedShort();
        int screenHeight = in.readUnsignedShort();
        int packed = in.readUnsignedByte();
        in.skipBytes(2); // background colour and pixel aspect
        int frames = 0;
        int frameWidth = 0;
        int frameHeight = 0;
        try {
            skipColourTable(in, packed);
            for (int block = in.read(); block != TRAILER && block >= 0; block = in.read()) {
                if (block == EXTENSION) {
                    in.skipBytes(1); // the extension's label
                    skipSubBlocks(in);
                } else if (block == IMAGE) {
                    in.skipBytes(4); // left and top
                    int width = in.readUnsignedShort();
                    int height = in.readUnsignedShort();
                    skipColourTable(in, in.readUnsignedByte());
                    in.skipBytes(1); // LZW minimum code size
                    skipSubBlocks(in);
                    frames++;
                    frameWidth = Math.max(frameWidth, width);
                    frameHeight = Math.max(frameHeight, height);
                } else {
                    break;
                }
            }
        } catch (EOFException e) {
            // cut short: what was read stands
        }
        return new GifFrames(screenWidth, screenHeight, frames, frameWidth, frameHeight);
    }

    private static void skipColourTable(ImageInputStream in, int packed) throws IOException {
        if ((packed & 0x80) != 0) {
            in.skipBytes(3 << ((packed & 0x07) + 1));
        }
    }

    private static void skipSubBlocks(ImageInputStream in) throws IOException {
        for (int size = in.readUnsignedByte(); size > 0; size = in.readUnsignedByte()) {
            if (in.skipBytes(size) < size) {
                throw new EOFException();
            }
        }
    }
}
