package galley.cli;

import galley.build.BookPipeline;
import galley.build.Strictness;
import galley.build.WarmCaches;

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
        var pipeline = new BookPipeline(reporter, env, new Strictness(args.strict()), WarmCaches.none());
        Optional<Path> folder = pipeline.folder(args.bookDir());
        if (folder.isEmpty()) {
            return Galley.MANUSCRIPT_PROBLEMS;
        }
        BookPipeline.Checked checked = pipeline.check(folder.get());
        var problems = checked.problems();
        reporter.problems(problems);
        boolean errors = checked.failed();
        var summary = ProblemSummary.of(problems);
        reporter.info(errors ? summary.failed() : summary.passed());
        return errors ? Galley.MANUSCRIPT_PROBLEMS : Galley.OK;
    }
}
