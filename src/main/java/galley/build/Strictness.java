package galley.build;

import galley.diagnostic.Diagnostic;
import galley.diagnostic.Diagnostics;
import galley.diagnostic.Severity;

import java.util.List;

/**
 * How problems count: normally only errors fail a command; with {@code --strict} a warning stops
 * it as an error does, and is printed as one; a note never does.
 */
public record Strictness(boolean strict) {

    /** Whether the problems found stop the command. */
    public boolean failed(Diagnostics diagnostics) {
        return diagnostics.hasErrors()
                || strict && diagnostics.all().stream().anyMatch(d -> d.severity() == Severity.WARNING);
    }

    /** The problems as the author is told them, warnings as errors when strict. */
    public List<Diagnostic> problems(Diagnostics diagnostics) {
        return diagnostics.all().stream().map(d -> strict && d.severity() == Severity.WARNING
                ? new Diagnostic(Severity.ERROR, d.code(), d.path(), d.line(), d.message()) : d).toList();
    }
}
