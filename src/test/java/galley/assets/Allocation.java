package galley.assets;

import java.lang.management.ManagementFactory;

/** The bytes a piece of work allocates on the current thread: a measure of memory that needs no exhausted heap. */
public final class Allocation {

    private Allocation() {
    }

    /** The bytes this thread allocates while {@code work} runs. */
    public static long of(Runnable work) {
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long before = threads.getCurrentThreadAllocatedBytes();
        work.run();
        return threads.getCurrentThreadAllocatedBytes() - before;
    }
}
