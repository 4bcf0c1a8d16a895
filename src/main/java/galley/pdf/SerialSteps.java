package galley.pdf;

import com.lowagie.text.DocumentException;

import java.io.IOException;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The steps of drawing one document, run one after another on the threads that add them (the
 * build gives the pages from one lane of its pool while the layout goes on setting more): a
 * thread that finds another running the steps leaves its step to that one, and the first failure
 * skips the rest.
 */
final class SerialSteps {

    /** One step of drawing, which may fail as OpenPDF and the files do. */
    interface Step {
        void run() throws DocumentException, IOException;
    }

    private final Queue<Step> waiting = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean draining = new AtomicBoolean();
    private final CompletableFuture<Void> done = new CompletableFuture<>();

    /** Runs {@code step} after those added before it. */
    void add(Step step) {
        waiting.add(step);
        schedule();
    }

    /** Ends the steps once those added so far have run: {@link #done()} completes then. */
    void end() {
        add(() -> done.complete(null));
    }

    /** Completes when {@link #end()} is reached, or exceptionally with the first step that failed. */
    CompletableFuture<Void> done() {
        return done;
    }

    private void schedule() {
        if (draining.compareAndSet(false, true)) {
            drain();
        }
    }

    private void drain() {
        for (Step step = waiting.poll(); step != null; step = waiting.poll()) {
            if (!done.isDone()) {
                try {
                    step.run();
                } catch (IOException | RuntimeException | Error e) {
                    done.completeExceptionally(e);
                }
            }
        }
        draining.set(false);
        // a step added after the queue was last found empty, but before draining was let go
        if (!waiting.isEmpty()) {
            schedule();
        }
    }
}
