package galley.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * The chapters' lines, handed over in reading order as they arrive, so that the pages can be
 * filled (which must go in order) while later chapters are still being set.
 */
final class ChapterFormatting implements AutoCloseable {

    private final List<CompletableFuture<ChapterLines>> lines;

    ChapterFormatting(List<CompletableFuture<ChapterLines>> lines) {
        this.lines = new ArrayList<>(lines);
    }

    /**
     * The lines of chapter {@code index}, waiting for them if need be. Each chapter's are handed
     * over once and then let go, so that a long book's strips are not all held until its end.
     */
    ChapterLines lines(int index) {
        CompletableFuture<ChapterLines> formatted = lines.set(index, null);
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
        lines.stream().filter(s -> s != null).forEach(s -> s.cancel(false));
    }
}
