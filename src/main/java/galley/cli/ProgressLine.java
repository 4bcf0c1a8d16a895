package galley.cli;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The live line at the bottom of a terminal while phases run: a moving bar and each running
 * phase with its time so far, redrawn ten times a second and erased before any other line is
 * printed. Phases that end within half a second never show it. Callers print to the same stream
 * only while holding its lock.
 */
final class ProgressLine {

    private static final long SHOW_AFTER_NANOS = 500_000_000L;
    private static final int BAR = 20;
    private static final int BLOCK = 5;

    private final PrintStream err;
    private final Map<Long, String> running = new LinkedHashMap<>();
    private ScheduledExecutorService ticker;
    private int shown;

    ProgressLine(PrintStream err) {
        this.err = err;
    }

    void started(long key, String name) {
        synchronized (err) {
            running.put(key, name);
            if (ticker == null) {
                ticker = Executors.newSingleThreadScheduledExecutor(task -> {
                    var thread = new Thread(task, "galley-progress");
                    thread.setDaemon(true);
                    return thread;
                });
                ticker.scheduleAtFixedRate(this::draw, 100, 100, TimeUnit.MILLISECONDS);
            }
        }
    }

    void finished(long key) {
        synchronized (err) {
            running.remove(key);
            clear();
        }
    }

    /** Erases the line if it is shown; the caller holds the stream's lock. */
    void clear() {
        if (shown > 0) {
            err.print("\r" + " ".repeat(shown) + "\r");
            err.flush();
            shown = 0;
        }
    }

    void close() {
        synchronized (err) {
            running.clear();
            clear();
            if (ticker != null) {
                ticker.shutdownNow();
                ticker = null;
            }
        }
    }

    private void draw() {
        synchronized (err) {
            long now = System.nanoTime();
            var text = new StringBuilder();
            long longest = 0;
            for (Map.Entry<Long, String> phase : running.entrySet()) {
                long elapsed = now - phase.getKey();
                longest = Math.max(longest, elapsed);
                text.append(text.length() == 0 ? "" : " · ").append(phase.getValue())
                        .append(String.format(Locale.ROOT, " %.1f s", elapsed / 1e9));
            }
            if (longest < SHOW_AFTER_NANOS) {
                clear();
                return;
            }
            String line = bar(now / 100_000_000L) + " " + text;
            err.print("\r" + line + " ".repeat(Math.max(0, shown - line.length())));
            err.flush();
            shown = line.length();
        }
    }

    /** A block sliding to and fro, one step a tick: the work's length is not known in advance. */
    static String bar(long tick) {
        int span = BAR - BLOCK;
        int step = (int) (tick % (2L * span));
        int at = step <= span ? step : 2 * span - step;
        return "[" + " ".repeat(at) + "=".repeat(BLOCK) + " ".repeat(span - at) + "]";
    }
}
