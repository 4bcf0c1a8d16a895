package galley.build;

import galley.epub.EpubUnits;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The images scaled down for an EPUB, by content and size limit, so that an image is scaled once:
 * whether the build started it early on another thread, as soon as the image was named (a second
 * caller waits for the first), or an earlier build in {@code galley watch}, which keeps the
 * instance, did it. It holds at most {@value #MAX_BYTES} bytes and
 * starts afresh when full.
 */
final class ScaledImages {

    static final long MAX_BYTES = 64L << 20;

    private final Map<String, CompletableFuture<byte[]>> done = new ConcurrentHashMap<>();
    private final AtomicLong held = new AtomicLong();

    /** The scaled bytes for {@code key}, from {@code scaling} the first time. */
    byte[] get(String key, EpubUnits.Scaling scaling) throws IOException {
        var mine = new CompletableFuture<byte[]>();
        CompletableFuture<byte[]> existing = done.putIfAbsent(key, mine);
        if (existing == null) {
            try {
                byte[] scaled = scaling.scale();
                mine.complete(scaled);
                if (held.addAndGet(scaled.length) > MAX_BYTES) {
                    done.clear();
                    held.set(0);
                }
                return scaled;
            } catch (IOException | RuntimeException | Error e) {
                // a failure is not kept: the next build tries again, and reports what it finds
                done.remove(key, mine);
                mine.completeExceptionally(e);
                throw e;
            }
        }
        try {
            return existing.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while an image was being scaled", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            if (e.getCause() instanceof UncheckedIOException io) {
                throw io.getCause();
            }
            throw new IOException("scaling an image failed: " + e.getCause(), e.getCause());
        }
    }
}
