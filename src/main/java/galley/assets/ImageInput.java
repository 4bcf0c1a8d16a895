package galley.assets;

import org.apache.commons.io.input.BoundedInputStream;

import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

/**
 * Opens image files for reading, never past {@link #MAX_FILE_BYTES}: the checker refuses a larger
 * file, and a file that has grown past it since is refused when read rather than read whole. Every
 * read of an image file's bytes in Galley goes through here.
 */
public final class ImageInput {

    /** The largest image file a book may embed; the largest image allowed (100 megapixels) is far smaller in any real file. */
    public static final long MAX_FILE_BYTES = 512L << 20;

    private ImageInput() {
    }

    /** The bytes of {@code file}, as a stream that fails once it passes {@link #MAX_FILE_BYTES}. */
    public static InputStream open(Path file) throws IOException {
        InputStream bounded = BoundedInputStream.builder()
                .setPath(file)
                .setMaxCount(MAX_FILE_BYTES + 1)
                .setOnMaxCount((max, count) -> {
                    throw ImageException.tooLarge(String.format(
                            "image file is too large: more than %d MB", MAX_FILE_BYTES >> 20));
                })
                .get();
        return new BufferedInputStream(bounded, 1 << 16);
    }

    /** All the bytes of {@code file}. */
    public static byte[] readAll(Path file) throws IOException {
        try (InputStream in = open(file)) {
            return in.readAllBytes();
        }
    }

    /** {@code file} for Java's image decoders, read through {@link #open}. */
    public static ImageInputStream imageStream(Path file) throws IOException {
        InputStream in = open(file);
        return new MemoryCacheImageInputStream(in) {
            private boolean closed;

            // ImageIO.read closes the stream itself, and a second close must not fail
            @Override
            public void close() throws IOException {
                if (closed) {
                    return;
                }
                closed = true;
                try {
                    super.close();
                } finally {
                    in.close();
                }
            }
        };
    }
}
