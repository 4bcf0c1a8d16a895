package galley.cli;

import galley.build.BuildReport;
import galley.diagnostic.Diagnostic;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

/**
 * What the author reads on stderr: the problems, and one line per phase with its time. On a
 * terminal, a phase that runs long shows a moving bar until its line is printed.
 */
final class Reporter implements BuildReport {

    private final PrintStream err;
    private final boolean quiet;
    private final boolean verbose;
    private final ProgressLine progress;
    private long errors;
    private long warnings;

    Reporter(PrintStream err, boolean quiet, boolean verbose) {
        this(err, quiet, verbose, false);
    }

    /** @param terminal whether stderr is a terminal, where a live progress bar may be drawn */
    Reporter(PrintStream err, boolean quiet, boolean verbose, boolean terminal) {
        this.err = err;
        this.quiet = quiet;
        this.verbose = verbose;
        this.progress = terminal && !quiet ? new ProgressLine(err) : null;
    }

    @Override
    public void problems(List<Diagnostic> diagnostics) {
        if (diagnostics.isEmpty()) {
            return;
        }
        synchronized (err) {
            clearProgress();
            diagnostics.forEach(d -> err.println(d.render()));
            var counted = ProblemSummary.of(diagnostics);
            errors += counted.errors();
            warnings += counted.warnings();
        }
    }

    /** The problems printed since the last call, which starts the count again. */
    ProblemSummary takeSummary() {
        synchronized (err) {
            var summary = new ProblemSummary(errors, warnings);
            errors = 0;
            warnings = 0;
            return summary;
        }
    }

    /** Ends a build that failed on problems with check's summary of them: {@code problems found: 2 errors; nothing written}. */
    void buildFailed() {
        ProblemSummary summary = takeSummary();
        // a failure to write, not a problem of the manuscript, has its own line already
        if (summary.errors() > 0) {
            info(summary.failed() + "; nothing written");
        }
    }

    /**
     * Marks the start of a phase and returns its start time, to be given to {@link #phase}; on a
     * terminal, a bar appears if the phase is still running after a moment.
     */
    @Override
    public long start(String what) {
        long now = System.nanoTime();
        if (progress != null) {
            progress.started(now, what);
        }
        return now;
    }

    /** A finished phase, e.g. {@code pdf 12 pages 0.4 s}. */
    @Override
    public void phase(String what, long startNanos) {
        if (progress != null) {
            progress.finished(startNanos);
        }
        if (!quiet) {
            double seconds = (System.nanoTime() - startNanos) / 1e9;
            line(String.format(Locale.ROOT, "%s %.1f s", what, seconds));
        }
    }

    /** Ends a phase begun with {@link #start} without a line, as when it failed. */
    @Override
    public void end(long startNanos) {
        if (progress != null) {
            progress.finished(startNanos);
        }
    }

    /** A line that is printed even with {@code --quiet}: a failure the author must see. */
    @Override
    public void error(String line) {
        line(line);
    }

    @Override
    public void info(String line) {
        if (!quiet) {
            line(line);
        }
    }

    @Override
    public void detail(String line) {
        if (verbose) {
            line(line);
        }
    }

    boolean verbose() {
        return verbose;
    }

    /** Stops the progress bar's thread; the reporter prints lines only from now on. */
    void close() {
        if (progress != null) {
            progress.close();
        }
    }

    private void line(String text) {
        synchronized (err) {
            clearProgress();
            err.println(text);
        }
    }

    private void clearProgress() {
        if (progress != null) {
            progress.clear();
        }
    }
}
