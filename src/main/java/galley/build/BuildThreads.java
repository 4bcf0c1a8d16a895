package galley.build;

import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The threads of one build, the only ones a build starts: one pool, made when the build starts
 * and shut when it ends, on which every stage's work runs. Stages that wait for each other (the
 * PDF drawn while the layout sets pages, the EPUB waiting for the page map) each get a thread of
 * the pool as they need one; work that only computes (parsing chapters, setting them into lines)
 * goes through {@link #cores()}, which runs no more tasks at once than the machine has cores.
 */
public final class BuildThreads implements AutoCloseable {

    // Flexmark recurses as deep as the Markdown nests; the stack is reserved, not committed
    private static final long STACK_BYTES = 256L * 1024 * 1024;

    private final ThreadPoolExecutor pool;
    private final int cores;

    /** The threads of a build on this machine. */
    public BuildThreads() {
        this(Runtime.getRuntime().availableProcessors());
    }

    BuildThreads(int cores) {
        this.cores = Math.max(1, cores);
        var counter = new AtomicInteger();
        // a thread for each task that finds none idle: stages that wait on each other never starve
        this.pool = new ThreadPoolExecutor(0, Integer.MAX_VALUE, 30, TimeUnit.SECONDS, new SynchronousQueue<>(),
                task -> {
                    var thread = new Thread(null, task, "galley-" + counter.incrementAndGet(), STACK_BYTES);
                    thread.setDaemon(true);
                    return thread;
                });
    }

    /** The pool itself, for the stages of the pipeline, which may wait on one another. */
    public ExecutorService all() {
        return pool;
    }

    /** The pool, running at most as many of the tasks given here at once as the machine has cores. */
    public Executor cores() {
        return limited(cores);
    }

    /** The pool, running at most {@code count} of the tasks given here at once, in the order given. */
    public Executor limited(int count) {
        return new LimitedExecutor(pool, count);
    }

    /** Stops taking work; tasks still running finish on their own, as nothing waits for them. */
    @Override
    public void close() {
        pool.shutdownNow();
    }
}
