package galley.cli;

import galley.diagnostic.Diagnostics;
import galley.model.Book;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * {@code galley check}: every problem a build would report (missing images, broken links, bad
 * metadata, missing glyphs, missing alt text, figures too coarse for print) without writing
 * anything. It reads the manuscript and lays out the print edition, which is where glyphs and
 * image resolution are judged, but draws no file.
 */
final class CheckCommand {

    private final Command.Check args;
    private final Reporter reporter;
    private final Map<String, String> env;

    CheckCommand(Command.Check args, Reporter reporter, Map<String, String> env) {
        this.args = args;
        this.reporter = reporter;
        this.env = env;
    }

    int run() {
        Optional<Path> folder = BookSource.of(args.bookDir(), reporter);
        if (folder.isEmpty()) {
            return Galley.MANUSCRIPT_PROBLEMS;
        }
        var diagnostics = new Diagnostics();
        Optional<Book> loaded = BookSource.read(folder.get(), diagnostics, env, null, reporter);
        if (loaded.isPresent()) {
            BookSource.checkPrintEdition(loaded.get(), folder.get(), diagnostics, reporter);
        }
        Strictness strictness = Strictness.of(args);
        var problems = strictness.problems(diagnostics);
        reporter.problems(problems);
        boolean errors = strictness.failed(diagnostics) || loaded.isEmpty();
        var summary = ProblemSummary.of(problems);
        reporter.info(errors ? summary.failed() : summary.passed());
        return errors ? Galley.MANUSCRIPT_PROBLEMS : Galley.OK;
    }
}
