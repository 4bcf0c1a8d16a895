package galley.build;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs the tasks given to it on another executor, no more than a given number at once, starting
 * them in the order given: a share of a pool, such as one task per core.
 */
final class LimitedExecutor implements Executor {

    private final ExecutorService under;
    private final int limit;
    private final Queue<Runnable> waiting = new ConcurrentLinkedQueue<>();
    private final AtomicInteger running = new AtomicInteger();

    LimitedExecutor(ExecutorService under, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("at least one task must run at a time");
        }
        this.under = under;
        this.limit = limit;
    }

    @Override
    public void execute(Runnable task) {
        waiting.add(task);
        startWaiting();
    }

    // A thread that finished a task takes the next one waiting, rather than handing it to another.
    private void runFrom(Runnable first) {
        try {
            for (Runnable task = first; task != null; task = under.isShutdown() ? null : waiting.poll()) {
                task.run();
            }
        } finally {
            running.decrementAndGet();
            startNextOrDrop();
        }
    }

    // Once the build's pool is shut the build is over: what still waits is not wanted.
    private void startNextOrDrop() {
        try {
            startWaiting();
        } catch (RejectedExecutionException e) {
            waiting.clear();
        }
    }

    // A task ends by starting the next: the count goes down before the queue is looked at again,
    // so that a task added meanwhile is started by one of the two.
    private void startWaiting() {
        while (!waiting.isEmpty()) {
            int now = running.get();
            if (now >= limit) {
                return;
            }
            if (!running.compareAndSet(now, now + 1)) {
                continue;
            }
            Runnable next = waiting.poll();
            if (next == null) {
                running.decrementAndGet();
                continue;
            }
            try {
                under.execute(() -> runFrom(next));
            } catch (RuntimeException e) {
                running.decrementAndGet();
                throw e;
            }
        }
    }
}
