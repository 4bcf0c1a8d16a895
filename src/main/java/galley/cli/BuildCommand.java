package galley.cli;

import galley.build.BookPipeline;
import galley.build.Strictness;
import galley.build.WarmCaches;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * {@code galley build}: reads the manuscript, reports every problem, and writes both editions side
 * by side, replacing the previous ones only when both are complete and no problem was found.
 */
final class BuildCommand {

    private final Command.Build args;
    private final Reporter reporter;
    private final Map<String, String> env;
    private final WarmCaches caches;

    BuildCommand(Command.Build args, Reporter reporter, Map<String, String> env) {
        this(args, reporter, env, WarmCaches.none());
    }

    /** A build that parses and sets again only the chapters {@code caches} do not hold as they are now. */
    BuildCommand(Command.Build args, Reporter reporter, Map<String, String> env, WarmCaches caches) {
        this.args = args;
        this.reporter = reporter;
        this.env = env;
        this.caches = caches;
    }

    int run() {
        var pipeline = new BookPipeline(reporter, env, new Strictness(args.strict()), caches);
        Optional<Path> folder = pipeline.folder(args.bookDir());
        if (folder.isEmpty()) {
            return Galley.MANUSCRIPT_PROBLEMS;
        }
        Path bookDir = folder.get();
        Path outDir = args.output() == null ? bookDir.resolve("dist") : args.output().toAbsolutePath().normalize();
        return pipeline.build(bookDir, outDir, !args.noSite()) ? Galley.OK : Galley.MANUSCRIPT_PROBLEMS;
    }
}
