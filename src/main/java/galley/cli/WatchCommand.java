package galley.cli;

import galley.build.BookPipeline;
import galley.build.Strictness;
import galley.build.WarmCaches;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code galley watch}: builds the book, then builds it again whenever a file of
 * {@code manuscript/} (chapters, images, book.yaml) or {@code covers/} changes, in the same process,
 * so that fonts, patterns and compiled code stay warm and unchanged chapters are not parsed again.
 * Each round prints what changed, the problems, and the time taken; a failed build keeps the
 * previous editions. It runs until the process is stopped or its thread interrupted.
 */
final class WatchCommand {

    /** How long the files must be quiet before a rebuild starts: an editor's save is often several writes. */
    static final long QUIET_MILLIS = 200;

    private static final List<String> WATCHED = List.of("manuscript", "covers");

    private final Arguments args;
    private final Reporter reporter;
    private final Map<String, String> env;

    WatchCommand(Arguments args, Reporter reporter, Map<String, String> env) {
        this.args = args;
        this.reporter = reporter;
        this.env = env;
    }

    int run() {
        Optional<Path> folder = new BookPipeline(reporter, env, new Strictness(args.strict()), WarmCaches.none())
                .folder(args.bookDir());
        if (folder.isEmpty()) {
            return Galley.MANUSCRIPT_PROBLEMS;
        }
        var caches = WarmCaches.empty();
        try (var watcher = new FolderWatcher(folder.get(), WATCHED, QUIET_MILLIS)) {
            build(caches);
            reporter.info("watching manuscript/ and covers/ for changes (Ctrl-C to stop)");
            while (!Thread.currentThread().isInterrupted()) {
                Set<String> changed = watcher.next();
                reporter.info("changed " + describe(changed));
                build(caches);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            reporter.error("galley: cannot watch " + folder.get() + ": " + e.getMessage());
            return Galley.MANUSCRIPT_PROBLEMS;
        }
        reporter.info("stopped watching");
        return Galley.OK;
    }

    private void build(WarmCaches caches) {
        long start = System.nanoTime();
        int status = new BuildCommand(args, reporter, env, caches).run();
        double seconds = (System.nanoTime() - start) / 1e9;
        reporter.info(String.format(Locale.ROOT, status == Galley.OK ? "built in %.1f s"
                : "build failed in %.1f s; the previous editions are kept", seconds));
    }

    static String describe(Set<String> changed) {
        if (changed.contains(".")) {
            return "many files";
        }
        List<String> names = changed.stream().limit(5).toList();
        String more = changed.size() > names.size() ? " and " + (changed.size() - names.size()) + " more" : "";
        return String.join(", ", names) + more;
    }
}
