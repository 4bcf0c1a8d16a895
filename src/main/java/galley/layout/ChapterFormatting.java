package galley.layout;

import galley.model.Chapter;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.Function;

/**
 * The chapters set into strips, each a task of the executor given (on every core at once, in a
 * build), handed over in reading order, so that the pages can be filled (which must go in order)
 * while later chapters are still being set. Breaking a chapter's paragraphs into lines depends on
 * nothing outside the chapter.
 */
final class ChapterFormatting implements AutoCloseable {

    private final List<CompletableFuture<List<Slab>>> slabs = new ArrayList<>();

    ChapterFormatting(List<Chapter> chapters, Function<Chapter, List<Slab>> format, Executor executor) {
        for (Chapter chapter : chapters) {
            slabs.add(CompletableFuture.supplyAsync(() -> format.apply(chapter), executor));
        }
    }

    /**
     * The strips of chapter {@code index}, waiting for them if need be. Each chapter's are handed
     * over once and then let go, so that a long book's strips are not all held until its end.
     */
    List<Slab> slabs(int index) {
        CompletableFuture<List<Slab>> formatted = slabs.set(index, null);
        if (formatted == null) {
            throw new IllegalStateException("the strips of chapter " + index + " were taken already");
        }
        try {
            return formatted.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** Drops the chapters not taken, as when the layout failed: those not started yet are not set. */
    @Override
    public void close() {
        slabs.stream().filter(s -> s != null).forEach(s -> s.cancel(false));
    }
}
