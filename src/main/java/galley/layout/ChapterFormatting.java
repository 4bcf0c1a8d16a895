package galley.layout;

import galley.model.Chapter;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * The chapters set into strips on every core at once, handed over in reading order, so that the
 * pages can be filled (which must go in order) while later chapters are still being set. Breaking
 * a chapter's paragraphs into lines depends on nothing outside the chapter.
 */
final class ChapterFormatting implements AutoCloseable {

    private final ExecutorService pool;
    private final List<Future<List<Slab>>> slabs = new ArrayList<>();

    ChapterFormatting(List<Chapter> chapters, Function<Chapter, List<Slab>> format) {
        int threads = Math.max(1, Math.min(chapters.size(), Runtime.getRuntime().availableProcessors()));
        var counter = new AtomicInteger();
        this.pool = Executors.newFixedThreadPool(threads, task -> {
            var thread = new Thread(task, "galley-layout-" + counter.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        for (Chapter chapter : chapters) {
            slabs.add(pool.submit(() -> format.apply(chapter)));
        }
    }

    /**
     * The strips of chapter {@code index}, waiting for them if need be. Each chapter's are handed
     * over once and then let go, so that a long book's strips are not all held until its end.
     */
    List<Slab> slabs(int index) {
        try {
            Future<List<Slab>> formatted = slabs.set(index, null);
            if (formatted == null) {
                throw new IllegalStateException("the strips of chapter " + index + " were taken already");
            }
            return formatted.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while laying out the book", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
