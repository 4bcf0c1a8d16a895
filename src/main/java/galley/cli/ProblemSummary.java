package galley.cli;

import galley.diagnostic.Diagnostic;
import galley.diagnostic.Severity;

import java.util.List;

/**
 * The last line of a check or a failed build, counting the problems printed above it:
 * {@code problems found: 1 error, 13 warnings}.
 */
record ProblemSummary(long errors, long warnings) {

    static ProblemSummary of(List<Diagnostic> problems) {
        long warnings = problems.stream().filter(p -> p.severity() == Severity.WARNING).count();
        long errors = problems.stream().filter(p -> p.severity() == Severity.ERROR).count();
        return new ProblemSummary(errors, warnings);
    }

    /** For a command that failed: {@code problems found: 2 errors, 1 warning}. */
    String failed() {
        return "problems found: " + count(errors, "error") + (warnings == 0 ? "" : ", " + count(warnings, "warning"));
    }

    /** For a command that passed: {@code no problems found}, or {@code no errors, 3 warnings}. */
    String passed() {
        return warnings == 0 ? "no problems found" : "no errors, " + count(warnings, "warning");
    }

    static String count(long n, String thing) {
        return n + " " + thing + (n == 1 ? "" : "s");
    }
}
