package galley.cli;

import java.io.PrintStream;
import java.util.Map;
import java.util.Optional;

/** The {@code galley} command: reads the arguments, runs one command, exits with its status. */
public final class Galley {

    /** Exit status when both editions were written. */
    public static final int OK = 0;
    /** Exit status when the manuscript has problems; each was printed as {@code path:line: message}. */
    public static final int MANUSCRIPT_PROBLEMS = 1;
    /** Exit status for a command line Galley does not understand. */
    public static final int USAGE = 2;
    /** Exit status when Galley itself failed: a bug. */
    public static final int INTERNAL_ERROR = 3;

    private Galley() {
    }

    public static void main(String[] args) {
        Optional<Integer> batch = BatchJvm.run(args);
        if (batch.isPresent()) {
            System.exit(batch.get());
        }
        BatchJvm.stopWithParent();
        if (CompilerPolicy.quickOnly(args)) {
            CompilerPolicy.startQuickOnly();
        }
        System.exit(run(args, System.out, System.err));
    }

    /** Runs a command line and returns its exit status; never throws for bad input. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        return run(args, out, err, System.getenv());
    }

    /** As {@link #run(String[], PrintStream, PrintStream)} with the environment given, for tests of SOURCE_DATE_EPOCH. */
    static int run(String[] args, PrintStream out, PrintStream err, Map<String, String> env) {
        Arguments parsed;
        try {
            parsed = Arguments.parse(args);
        } catch (Arguments.UsageException e) {
            err.println("galley: " + e.getMessage());
            err.println("Try 'galley --help'.");
            return USAGE;
        }
        if (parsed.help()) {
            out.print(Arguments.HELP);
            return OK;
        }
        if (parsed.version()) {
            out.println("galley " + version());
            return OK;
        }
        // a progress bar only where someone watches: stderr on a terminal
        boolean terminal = err == System.err && System.console() != null;
        var reporter = new Reporter(err, parsed.quiet(), parsed.verbose(), terminal);
        try {
            int status = switch (parsed.command()) {
                case "check" -> new CheckCommand(parsed, reporter, env).run();
                case "watch" -> new WatchCommand(parsed, reporter, env).run();
                case "init" -> new InitCommand(parsed, reporter).run();
                default -> new BuildCommand(parsed, reporter, env).run();
            };
            reporter.detail(ResourceUse.current().describe());
            return status;
        } catch (RuntimeException | Error e) {
            // a failure of Galley itself, not of the manuscript: say so plainly, without a stack trace
            err.println("galley: internal error: " + e);
            if (parsed.verbose()) {
                e.printStackTrace(err);
            }
            return INTERNAL_ERROR;
        } finally {
            reporter.close();
        }
    }

    static String version() {
        String v = Galley.class.getPackage().getImplementationVersion();
        return v == null ? "development build" : v;
    }
}
