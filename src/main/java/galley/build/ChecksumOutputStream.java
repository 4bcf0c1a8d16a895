package galley.build;

import galley.site.Download;

import java.io.IOException;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;

/**
 * Passes an edition's bytes on to its file and works out their SHA-256 as tasks of an executor,
 * one block after another, so that the download page's checksum costs the writer nothing: read
 * back afterwards, the largest edition's checksum was the last step of a build, with nothing else
 * left to run beside it. Bytes are handed on in blocks of 64 KB, which also buffers the stream.
 */
public final class ChecksumOutputStream extends OutputStream {

    private static final int BLOCK = 1 << 16;

    private final OutputStream out;
    private final MessageDigest digest;
    private final Executor hasher;
    // the blocks are hashed in order, each once the one before it is
    private CompletableFuture<Void> hashed = CompletableFuture.completedFuture(null);
    private byte[] block = new byte[BLOCK];
    private int filled;
    private long size;

    /** A stream that hashes on the writing thread, as it writes. */
    public ChecksumOutputStream(OutputStream out) {
        this(out, Runnable::run);
    }

    /** A stream that hashes the bytes written to it as tasks of {@code hasher}, while the writer goes on. */
    public ChecksumOutputStream(OutputStream out, Executor hasher) {
        this.out = out;
        try {
            this.digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
        this.hasher = hasher;
    }

    @Override
    public void write(int b) throws IOException {
        if (filled == BLOCK) {
            handOn();
        }
        block[filled++] = (byte) b;
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
        while (length > 0) {
            if (filled == BLOCK) {
                handOn();
            }
            int n = Math.min(length, BLOCK - filled);
            System.arraycopy(bytes, offset, block, filled, n);
            filled += n;
            offset += n;
            length -= n;
        }
    }

    @Override
    public void flush() throws IOException {
        handOn();
        out.flush();
    }

    /** Flushes; the stream below is left open, as its owner closes it. */
    @Override
    public void close() throws IOException {
        flush();
    }

    /** The edition as downloaded, once every byte written has been hashed; call after {@link #close()}. */
    public Download download(String fileName, Download.Format format, OptionalInt pageCount) throws IOException {
        close();
        try {
            hashed.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while working out a checksum", e);
        } catch (ExecutionException e) {
            throw new IOException("the checksum could not be worked out", e.getCause());
        }
        return new Download(fileName, format, size, HexFormat.of().formatHex(digest.digest()), pageCount);
    }

    // The full block goes to the file here and to the hashing thread, which owns it from now on.
    private void handOn() throws IOException {
        if (filled == 0) {
            return;
        }
        byte[] full = block;
        int length = filled;
        out.write(full, 0, length);
        size += length;
        hashed = hashed.thenRunAsync(() -> digest.update(full, 0, length), hasher);
        block = new byte[BLOCK];
        filled = 0;
    }
}
