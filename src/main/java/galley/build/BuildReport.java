package galley.build;

import galley.diagnostic.Diagnostic;

import java.util.List;

/**
 * What a build tells the author as it goes: the problems, one line per phase with its time
 * ({@code read 90 chapters 0.4 s}), and what it wrote.
 */
public interface BuildReport {

    /** The problems found, each as {@code path:line: message}. */
    void problems(List<Diagnostic> problems);

    /** Marks the start of a phase and returns its start time, to be given to {@link #phase} or {@link #end}. */
    long start(String what);

    /** A finished phase, e.g. {@code pdf 12 pages 0.4 s}. */
    void phase(String what, long startNanos);

    /** Ends a phase begun with {@link #start} without a line, as when it failed. */
    void end(long startNanos);

    /** A line that is printed even when the author asked for quiet: a failure they must see. */
    void error(String line);

    /** A line of what was done. */
    void info(String line);

    /** A line only a verbose run prints. */
    void detail(String line);
}
