package galley.diagnostic;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Collects every problem of a build so that the author sees them all in one run. Safe to share
 * between the threads that read chapters and write the editions.
 */
public final class Diagnostics {

    private final List<Diagnostic> found = new ArrayList<>();

    public synchronized void add(Diagnostic diagnostic) {
        found.add(diagnostic);
    }

    public synchronized boolean hasErrors() {
        return found.stream().anyMatch(d -> d.severity() == Severity.ERROR);
    }

    /** Every problem so far, by file, then line, each distinct problem once. */
    public synchronized List<Diagnostic> all() {
        return found.stream()
                .distinct()
                .sorted(Comparator.comparing(Diagnostic::path).thenComparingInt(Diagnostic::line))
                .toList();
    }
}
