package galley.cli;

import galley.diagnostic.Diagnostic;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

/** What the author reads on stderr: the problems, and one line per phase with its time. */
final class Reporter {

    private final PrintStream err;
    private final boolean quiet;
    private final boolean verbose;

    Reporter(PrintStream err, boolean quiet, boolean verbose) {
        this.err = err;
        this.quiet = quiet;
        this.verbose = verbose;
    }

    void problems(List<Diagnostic> diagnostics) {
        diagnostics.forEach(d -> err.println(d.render()));
    }

    /** A finished phase, e.g. {@code pdf 12 pages 0.4 s}. */
    void phase(String what, long startNanos) {
        if (!quiet) {
            double seconds = (System.nanoTime() - startNanos) / 1e9;
            err.println(String.format(Locale.ROOT, "%s %.1f s", what, seconds));
        }
    }

    void info(String line) {
        if (!quiet) {
            err.println(line);
        }
    }

    void detail(String line) {
        if (verbose) {
            err.println(line);
        }
    }
}
