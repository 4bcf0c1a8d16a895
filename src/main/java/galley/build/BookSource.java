package galley.build;

import galley.diagnostic.Diagnostics;
import galley.diagnostic.Problem;
import galley.model.Book;
import galley.model.ImageAsset;
import galley.pdf.PrintEdition;
import galley.read.ManuscriptLoader;
import galley.read.SourceLines;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The book folder a build works on, read into the model and laid out for print with a phase line
 * for each, on the build's threads.
 */
final class BookSource {

    private final Path bookDir;
    private final BuildReport reporter;
    private final BuildThreads threads;

    BookSource(Path bookDir, BuildReport reporter, BuildThreads threads) {
        this.bookDir = bookDir;
        this.reporter = reporter;
        this.threads = threads;
    }

    /** The folder as an absolute path, or empty (and a problem reported) when it does not exist. */
    static Optional<Path> of(Path given, BuildReport reporter) {
        Path bookDir = given.toAbsolutePath().normalize();
        if (!Files.isDirectory(bookDir)) {
            reporter.problems(List.of(Problem.BOOK_FOLDER_MISSING.at(given.toString(), 1, "no such book folder")));
            return Optional.empty();
        }
        return Optional.of(bookDir);
    }

    /**
     * Reads the manuscript, taking unchanged chapters from {@code caches}, telling
     * {@code imageNamed} of each image as soon as it is named, and reports the phase as
     * {@code read 90 chapters 0.4 s}.
     */
    Optional<Book> read(Diagnostics diagnostics, Map<String, String> env, WarmCaches caches,
                        Consumer<ImageAsset> imageNamed) {
        long start = reporter.start("read");
        caches.startLoad();
        Optional<Book> loaded = ManuscriptLoader.load(bookDir, diagnostics, env,
                new ParsingUnits(caches, threads.cores(), imageNamed));
        if (loaded.isEmpty()) {
            reporter.end(start);
            return loaded;
        }
        String parsed = !caches.keeps() || caches.reused() == 0 ? ""
                : " (" + caches.parsed() + " parsed, " + caches.reused() + " unchanged)";
        int count = loaded.get().chapters().size();
        reporter.phase("read " + count + (count == 1 ? " chapter" : " chapters") + parsed, start);
        return loaded;
    }

    /**
     * Lays out the print edition only to judge it (glyphs, image resolution), for {@code check}
     * and for a build that already failed: the author hears of every problem at once. When the
     * manuscript's errors leave it impossible to lay out, the errors found already are what the
     * author must fix first, and the layout is judged once they are. Its glyph check reports a
     * character at the first line of its block; the author is told the very line that holds it.
     */
    void checkPrintEdition(Book book, Diagnostics diagnostics) {
        long start = reporter.start("layout");
        boolean broken = diagnostics.hasErrors();
        try {
            var found = new Diagnostics();
            PrintEdition print = new PrintRun(WarmCaches.none(), threads).prepare(book, found);
            SourceLines.pinpoint(bookDir, found.all()).forEach(diagnostics::add);
            reporter.phase("checked glyphs and print layout, " + print.pageCount() + " pages", start);
        } catch (RuntimeException e) {
            if (!broken) {
                throw e;
            }
            reporter.end(start);
            reporter.detail("the print layout could not be checked until the errors are fixed: " + e);
        }
    }

    /**
     * Lays out the print edition and writes it to {@code out} at the same time; {@code laidOut}
     * gets the edition when the layout is done, its glyph warnings pinpointed as above. Chapters
     * and pages {@code kept} holds unchanged are not set or drawn again.
     */
    PrintEdition writePrintEdition(Book book, Diagnostics diagnostics, OutputStream out, WarmCaches kept,
                                   Consumer<PrintEdition> laidOut) throws IOException {
        var found = new Diagnostics();
        return new PrintRun(kept, threads).write(book, found, out, edition -> {
            SourceLines.pinpoint(bookDir, found.all()).forEach(diagnostics::add);
            laidOut.accept(edition);
        });
    }
}
