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
    /** Exit status when the batch JVM that ran the command was killed by a signal, as by the system when memory ran out. */
    public static final int KILLED = 4;

    private Galley() {
    }

    public static void main(String[] args) {
        Command command;
        try {
            command = CommandLine.parse(args);
        } catch (CommandLine.UsageException e) {
            System.exit(usage(e, System.err));
            return;
        }
        Optional<Integer> batch = BatchJvm.run(command, args, System.err);
        if (batch.isPresent()) {
            System.exit(batch.get());
        }
        BatchJvm.stopWithParent();
        if (CompilerPolicy.quickOnly(command)) {
            CompilerPolicy.startQuickOnly();
        }
        System.exit(run(command, System.out, System.err, System.getenv()));
    }

    /** Runs a command line and returns its exit status; never throws for bad input. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        return run(args, out, err, System.getenv());
    }

    /** As {@link #run(String[], PrintStream, PrintStream)} with the environment given, for tests of SOURCE_DATE_EPOCH. */
    static int run(String[] args, PrintStream out, PrintStream err, Map<String, String> env) {
        try {
            return run(CommandLine.parse(args), out, err, env);
        } catch (CommandLine.UsageException e) {
            return usage(e, err);
        }
    }

    private static int usage(CommandLine.UsageException e, PrintStream err) {
        err.println("galley: " + e.getMessage());
        err.println(e.hint());
        return USAGE;
    }

    static int run(Command command, PrintStream out, PrintStream err, Map<String, String> env) {
        if (command instanceof Command.Help help) {
            out.print(help.topic().map(HelpText::of).orElseGet(HelpText::all));
            return OK;
        }
        if (command instanceof Command.Version) {
            out.println("galley " + version());
            return OK;
        }
        if (command instanceof Command.Completion completion) {
            out.print(CompletionScript.of(completion.shell()));
            return OK;
        }
        // a progress bar only where someone watches: stderr on a terminal
        boolean terminal = err == System.err && System.console() != null;
        var reporter = new Reporter(err, command.quiet(), command.verbose(), terminal);
        try {
            int status;
            if (command instanceof Command.Check check) {
                status = new CheckCommand(check, reporter, env).run();
            } else if (command instanceof Command.Watch watch) {
                status = new WatchCommand(watch, reporter, env).run();
            } else if (command instanceof Command.Init init) {
                status = new InitCommand(init, reporter).run();
            } else {
                status = new BuildCommand((Command.Build) command, reporter, env).run();
                if (status == MANUSCRIPT_PROBLEMS) {
                    reporter.buildFailed();
                }
            }
            reporter.detail(ResourceUse.current().describe());
            return status;
        } catch (RuntimeException | Error e) {
            // a failure of Galley itself, not of the manuscript: say so plainly, without a stack trace
            err.println("galley: internal error: " + e);
            if (command.verbose()) {
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
