package galley.assets;

import galley.model.ImageFormat;

import javax.imageio.ImageIO;
import javax.imageio.stream.ImageInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Whether an image moves: an animated PNG (an {@code acTL} chunk before its first {@code IDAT}) or a
 * GIF of more than one frame. Found from the file's structure alone, chunk types and block headers,
 * never its pixels; whether an animation flashes is beyond any such check.
 */
public final class ImageMotion {

    private ImageMotion() {
    }

    /** Whether the image file {@code data} holds is animated; false for any other bytes. */
    public static boolean animated(byte[] data) throws IOException {
        byte[] head = Arrays.copyOf(data, Math.min(data.length, 16));
        var format = ImageFormat.sniff(head);
        if (format.isEmpty() || format.get() == ImageFormat.JPEG) {
            return false;
        }
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(data))) {
            return in != null && animated(in, format.get());
        }
    }

    /** Whether the image file {@code file} is animated, read from its structure alone; false for any other file. */
    public static boolean animated(Path file) throws IOException {
        byte[] head = new byte[16];
        int read;
        try (InputStream in = ImageInput.open(file)) {
            read = in.readNBytes(head, 0, head.length);
        }
        var format = ImageFormat.sniff(Arrays.copyOf(head, read));
        if (format.isEmpty() || format.get() == ImageFormat.JPEG) {
            return false;
        }
        try (ImageInputStream in = ImageInput.imageStream(file)) {
            return animated(in, format.get());
        }
    }

    static boolean animated(ImageInputStream in, ImageFormat format) throws IOException {
        return switch (format) {
            case PNG -> animationControl(in);
            case GIF -> GifFrames.read(in).animated();
            // animation elements never reach an SVG the editions carry (SvgSanitiser drops them)
            case JPEG, SVG -> false;
        };
    }

    // An APNG declares itself in an acTL chunk, which must come before the first IDAT; the one
    // chunk reader reads the chunks up to there, and a file it cannot read does not move.
    private static boolean animationControl(ImageInputStream in) throws IOException {
        in.seek(0);
        var bytes = new InputStream() {
            @Override
            public int read() throws IOException {
                return in.read();
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                return in.read(b, off, len);
            }
        };
        try {
            return PngFile.readHead(bytes).animated();
        } catch (ImageException e) {
            return false;
        }
    }
}
