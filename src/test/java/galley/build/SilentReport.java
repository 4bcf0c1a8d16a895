package galley.build;

import galley.diagnostic.Diagnostic;

import java.util.ArrayList;
import java.util.List;

/** A report that prints nothing and keeps the problems it was told of, for tests of the pipeline. */
final class SilentReport implements BuildReport {

    final List<Diagnostic> problems = new ArrayList<>();

    @Override
    public synchronized void problems(List<Diagnostic> found) {
        problems.addAll(found);
    }

    @Override
    public long start(String what) {
        return System.nanoTime();
    }

    @Override
    public void phase(String what, long startNanos) {
    }

    @Override
    public void end(long startNanos) {
    }

    @Override
    public void error(String line) {
    }

    @Override
    public void info(String line) {
    }

    @Override
    public void detail(String line) {
    }
}
