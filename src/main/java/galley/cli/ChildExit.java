package galley.cli;

import java.io.PrintStream;
import java.util.concurrent.TimeUnit;

/**
 * How a batch JVM ({@link BatchJvm}) ends, as the first JVM sees it: stopped on request, or ended
 * by a signal, which the author is told about in words rather than by a bare status of 137.
 */
final class ChildExit {

    private ChildExit() {
    }

    /**
     * The status the first JVM exits with for the second's {@code status}: the same, unless a
     * signal ended it (Java gives 128 plus the signal's number then; Galley itself never exits so).
     */
    static int outcome(int status, Command command, PrintStream err) {
        if (status <= 128 || status > 128 + 64) {
            return status;
        }
        int signal = status - 128;
        String what = command instanceof Command.Check ? "check" : command instanceof Command.Watch ? "watch" : "build";
        // a build replaces its editions only when both are complete: a killed one replaced none
        String editions = command instanceof Command.Build ? " before it finished; the previous editions are as they were" : "";
        err.println("galley: the " + what + " was killed (signal " + signal + signalName(signal) + ")" + editions
                + ". If nothing else stopped it, the system probably ran out of memory: close other programs"
                + " and run it again.");
        return Galley.KILLED;
    }

    private static String signalName(int signal) {
        return switch (signal) {
            case 9 -> ", SIGKILL";
            case 15 -> ", SIGTERM";
            case 2 -> ", SIGINT";
            case 6 -> ", SIGABRT";
            case 11 -> ", SIGSEGV";
            default -> "";
        };
    }

    // SIGTERM lets the second JVM remove its temporary files; waiting for it keeps the terminal
    // quiet until it has, and one that hangs is killed
    static void stop(Process child, long seconds) {
        child.destroy();
        try {
            if (!child.waitFor(seconds, TimeUnit.SECONDS)) {
                child.destroyForcibly();
            }
        } catch (InterruptedException e) {
            child.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
