package galley.build;

import galley.diagnostic.Diagnostic;
import galley.diagnostic.Diagnostics;
import galley.epub.EpubOptions;
import galley.epub.EpubWriter;
import galley.model.Book;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;

/**
 * One build of a book, as {@code build}, {@code check} and every round of {@code watch} run it:
 * read the manuscript, lay out the print edition, write the PDF beside the EPUB, then the download
 * page, and put them all in the output folder at once, only when every one is complete and no
 * problem stops the build.
 */
public final class BookPipeline {

    private final BuildReport report;
    private final Map<String, String> env;
    private final Strictness strictness;
    private final WarmCaches caches;

    /**
     * A pipeline that tells {@code report} what it does, reads SOURCE_DATE_EPOCH from {@code env},
     * counts problems as {@code strictness} says, and takes from {@code caches} what an earlier
     * round left unchanged ({@link WarmCaches#none()} for a one-off build).
     */
    public BookPipeline(BuildReport report, Map<String, String> env, Strictness strictness, WarmCaches caches) {
        this.report = report;
        this.env = env;
        this.strictness = strictness;
        this.caches = caches;
    }

    /** What {@link #check} found: the problems as the author is told them, and whether they stop a build. */
    public record Checked(List<Diagnostic> problems, boolean failed) {
    }

    /** The book folder as an absolute path, or empty (and a problem reported) when it does not exist. */
    public Optional<Path> folder(Path given) {
        return BookSource.of(given, report);
    }

    /**
     * Builds the book in {@code bookDir} into {@code outDir}, with the download page and catalogue
     * when {@code site}. True when the editions were written; otherwise every problem was reported
     * and the output folder is as it was.
     */
    public boolean build(Path bookDir, Path outDir, boolean site) {
        var diagnostics = new Diagnostics();
        try {
            OutputRule.checkFolder(bookDir, outDir);
        } catch (IOException e) {
            report.error("galley: cannot write to " + outDir + ": " + e.getMessage());
            return false;
        }
        try (var threads = new BuildThreads()) {
            var source = new BookSource(bookDir, report, threads);
            // The EPUB's scaled-down images need nothing but the image: each is made as soon as the
            // manuscript names it, on the core that converting the chapters, one after another, leaves free.
            Executor imageLane = threads.limited(1);
            var epubImages = new EpubWriter(EpubOptions.defaults(), caches.documents());
            Optional<Book> loaded = source.read(diagnostics, env, caches,
                    asset -> imageLane.execute(() -> epubImages.prepareImage(asset)));
            if (loaded.isEmpty()) {
                return fail(diagnostics);
            }
            if (strictness.failed(diagnostics)) {
                // what the layout would report (missing glyphs, coarse figures) comes in the same round
                source.checkPrintEdition(loaded.get(), diagnostics);
                return fail(diagnostics);
            }
            try {
                return new Editions(report, strictness, caches, source, threads)
                        .write(loaded.get(), outDir, site, diagnostics);
            } catch (IOException e) {
                report.problems(strictness.problems(diagnostics));
                report.error("galley: cannot write to " + outDir + ": " + e.getMessage());
                return false;
            }
        }
    }

    /**
     * Every problem a build of the book in {@code bookDir} would report, without writing anything:
     * the manuscript is read and the print edition laid out, which is where glyphs and image
     * resolution are judged, but no file is drawn.
     */
    public Checked check(Path bookDir) {
        var diagnostics = new Diagnostics();
        try (var threads = new BuildThreads()) {
            var source = new BookSource(bookDir, report, threads);
            Optional<Book> loaded = source.read(diagnostics, env, caches, asset -> { });
            loaded.ifPresent(book -> source.checkPrintEdition(book, diagnostics));
            return new Checked(strictness.problems(diagnostics), strictness.failed(diagnostics) || loaded.isEmpty());
        }
    }

    private boolean fail(Diagnostics diagnostics) {
        report.problems(strictness.problems(diagnostics));
        return false;
    }
}
