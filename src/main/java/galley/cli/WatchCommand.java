package galley.cli;

import galley.build.BookPipeline;
import galley.build.Strictness;
import galley.build.WarmCaches;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * {@code galley watch}: builds the book, then builds it again whenever a file of
 * {@code manuscript/} (chapters, images, book.yaml) or {@code covers/} changes, in the same process,
 * so that fonts, patterns and compiled code stay warm and unchanged chapters are not parsed again.
 * Each round prints what changed, the problems, the time taken, and that it is watching again; a
 * failed build keeps the previous editions, if there are any. It runs until the process is
 * stopped or its thread interrupted.
 */
final class WatchCommand {

    /** How long the files must be quiet before a rebuild starts: an editor's save is often several writes. */
    static final long QUIET_MILLIS = 200;

    private static final List<String> WATCHED = List.of("manuscript", "covers");

    private final Command.Watch args;
    private final Reporter reporter;
    private final Map<String, String> env;

    WatchCommand(Command.Watch args, Reporter reporter, Map<String, String> env) {
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
            build(caches, folder.get());
            while (!Thread.currentThread().isInterrupted()) {
                Set<String> changed = watcher.next();
                reporter.info("changed " + describe(changed));
                build(caches, folder.get());
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

    private void build(WarmCaches caches, Path bookDir) {
        long start = System.nanoTime();
        reporter.takeSummary();
        int status = new BuildCommand(args.build(), reporter, env, caches).run();
        if (status == Galley.MANUSCRIPT_PROBLEMS) {
            reporter.buildFailed();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        reporter.info(String.format(Locale.ROOT, "%s in %.1f s%s", status == Galley.OK ? "built" : "build failed", seconds,
                status == Galley.OK ? "" : "; " + previousEditions(bookDir)));
        reporter.info("watching manuscript/ and covers/ for changes (Ctrl-C to stop)");
    }

    /** What a failed round leaves the reader: the editions of an earlier build, or none yet. */
    private String previousEditions(Path bookDir) {
        Path output = args.output() == null ? bookDir.resolve("dist") : args.output().toAbsolutePath().normalize();
        try (Stream<Path> files = Files.list(output)) {
            boolean any = files.map(f -> f.getFileName().toString()).anyMatch(n -> n.endsWith(".epub") || n.endsWith(".pdf"));
            return any ? "the previous editions are kept in " + output : "no editions yet in " + output;
        } catch (IOException e) {
            return "no editions yet in " + output;
        }
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
