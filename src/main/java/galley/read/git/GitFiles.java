package galley.read.git;

import org.apache.commons.io.input.BoundedInputStream;

import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/**
 * The files of a book folder's {@code .git} directory as the commit-time reader may open them:
 * regular files only (never a FIFO or a device, which would block or never end), never through a
 * link leading out of the book folder, and read no further than a cap. Anything else is an
 * {@link IOException}, on which the reader gives no time at all.
 */
final class GitFiles {

    /** The most read of HEAD or a loose ref, which hold one line. */
    static final int MAX_REF = 64 * 1024;
    /** The most read of packed-refs, which lists every branch and tag: tens of thousands fit. */
    static final int MAX_PACKED_REFS = 16 * 1024 * 1024;
    /** The most read of one commit object, compressed or not. */
    static final int MAX_OBJECT = 1 << 20;

    private final Path realRoot;

    /** @param bookDir the book folder; nothing outside it is opened */
    GitFiles(Path bookDir) throws IOException {
        this.realRoot = bookDir.toRealPath();
    }

    /** The first {@code cap} bytes of {@code file} at most; a longer file is refused rather than cut. */
    byte[] read(Path file, int cap) throws IOException {
        Path checked = checked(file);
        try (InputStream in = BoundedInputStream.builder()
                .setInputStream(Files.newInputStream(checked, LinkOption.NOFOLLOW_LINKS))
                .setMaxCount(cap + 1L).get()) {
            byte[] bytes = in.readAllBytes();
            if (bytes.length > cap) {
                throw new IOException("larger than " + cap + " bytes: " + file);
            }
            return bytes;
        }
    }

    /** {@code file} opened for reading at random, once it has passed the same checks. */
    RandomAccessFile randomAccess(Path file) throws IOException {
        return new RandomAccessFile(checked(file).toFile(), "r");
    }

    /** Whether {@code file} exists as a regular file, not a link. */
    static boolean isPlainFile(Path file) {
        return Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS);
    }

    private Path checked(Path file) throws IOException {
        if (!isPlainFile(file)) {
            throw new IOException("not a regular file: " + file);
        }
        // a folder on the way (.git/refs, .git/objects) may itself be a link leading elsewhere
        Path real = file.toRealPath();
        if (!real.startsWith(realRoot) || !Files.isRegularFile(real, LinkOption.NOFOLLOW_LINKS)) {
            throw new IOException("outside the book folder: " + file);
        }
        return real;
    }
}
