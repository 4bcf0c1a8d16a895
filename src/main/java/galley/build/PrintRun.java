package galley.build;

import galley.diagnostic.Diagnostics;
import galley.font.FontSet;
import galley.layout.BookLayout;
import galley.layout.LaidOutBook;
import galley.pdf.PdfBookWriter;
import galley.pdf.PdfOptions;
import galley.pdf.PdfPainter;
import galley.pdf.PrintEdition;
import galley.model.Book;

import java.io.IOException;
import java.io.OutputStream;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * The print edition as a build makes it, its units spread over the build's threads: the glyph
 * check and the reading of the images beside the layout, the chapters set into lines on every
 * core, and each page of the body drawn, in order on one lane, while the layout sets the next;
 * chapters and pages taken from {@link WarmCaches} while unchanged.
 */
final class PrintRun {

    private final PdfBookWriter writer = new PdfBookWriter(PdfOptions.defaults());
    private final WarmCaches caches;
    private final BuildThreads threads;

    PrintRun(WarmCaches caches, BuildThreads threads) {
        this.caches = caches;
        this.threads = threads;
    }

    /** The book laid out without drawing it: the page count and page map, and the problems of print. */
    PrintEdition prepare(Book book, Diagnostics diagnostics) {
        try {
            return write(book, diagnostics, null, edition -> { });
        } catch (IOException e) {
            throw new IllegalStateException("a layout writes nothing", e);
        }
    }

    /**
     * Lays the book out and, unless {@code out} is null, writes its PDF there at the same time;
     * {@code laidOut} gets the edition as soon as the layout is done, before the PDF is finished.
     * The glyph check's warnings come before the layout's.
     */
    PrintEdition write(Book book, Diagnostics diagnostics, OutputStream out, Consumer<PrintEdition> laidOut)
            throws IOException {
        FontSet fonts = PdfBookWriter.fonts(book);
        var glyphs = new Diagnostics();
        CompletableFuture<Void> checked = CompletableFuture.runAsync(
                () -> writer.checkGlyphs(book, fonts, glyphs), threads.all());
        // pages go to the drawing one at a time, in the order the layout sets them
        Executor lane = threads.limited(1);
        try (PdfPainter.Session session = out == null ? null
                : new PdfPainter(fonts).session(book, out, caches.drawing())) {
            BookLayout.BodyPages bodyPages = (page, anchors) -> { };
            if (session != null) {
                threads.all().execute(session::readImagesAhead);
                bodyPages = (page, anchors) -> lane.execute(() -> session.bodyPage(page, anchors));
            }
            var laidOutProblems = new Diagnostics();
            LaidOutBook layout = writer.layOut(book, fonts, laidOutProblems, bodyPages,
                    new SettingUnits(caches, threads.cores()));
            join(checked);
            glyphs.all().forEach(diagnostics::add);
            laidOutProblems.all().forEach(diagnostics::add);
            var edition = new PrintEdition(book, layout, fonts);
            laidOut.accept(edition);
            if (session != null) {
                var finished = new CompletableFuture<Void>();
                lane.execute(() -> {
                    try {
                        session.finish(layout);
                        finished.complete(null);
                    } catch (IOException | RuntimeException | Error e) {
                        finished.completeExceptionally(e);
                    }
                });
                join(finished);
            }
            return edition;
        }
    }

    private static void join(CompletableFuture<Void> task) throws IOException {
        try {
            task.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }
}
