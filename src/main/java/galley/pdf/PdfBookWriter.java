package galley.pdf;

import galley.font.FontSet;
import galley.font.GlyphCoverage;

import galley.diagnostic.Diagnostics;
import galley.model.Book;
import galley.layout.BookLayout;
import galley.layout.FormattedChapters;

import java.io.IOException;
import java.io.OutputStream;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * Makes the print edition of a book: checks that every character has a glyph, lays the book out
 * into pages, and hands back a {@link PrintEdition} to write.
 */
public final class PdfBookWriter {

    private final PdfOptions options;
    private final FormattedChapters kept;
    private final DrawnPages drawn;
    private final Executor beside;
    private final Executor perChapter;

    /** A writer that does all its work on the calling thread, one thing after another. */
    public PdfBookWriter(PdfOptions options) {
        this(options, FormattedChapters.none(), DrawnPages.none(), Runnable::run, Runnable::run);
    }

    /** As {@link #PdfBookWriter(PdfOptions, FormattedChapters, DrawnPages, Executor, Executor)}, on the calling thread. */
    public PdfBookWriter(PdfOptions options, FormattedChapters kept, DrawnPages drawn) {
        this(options, kept, drawn, Runnable::run, Runnable::run);
    }

    /**
     * A writer that sets again only the chapters {@code kept} does not hold as they are now, and
     * draws again only the pages {@code drawn} does not. The glyph check, the reading of the
     * images and the drawing of the pages run beside the layout as tasks of {@code beside}, which
     * must not make one wait for another; each chapter is set as a task of {@code perChapter}.
     */
    public PdfBookWriter(PdfOptions options, FormattedChapters kept, DrawnPages drawn, Executor beside,
                         Executor perChapter) {
        this.options = options;
        this.kept = kept;
        this.drawn = drawn;
        this.beside = beside;
        this.perChapter = perChapter;
    }

    /** Lays the book out without drawing it: the page count and page map, for checks and tools. */
    public PrintEdition prepare(Book book, Diagnostics diagnostics) {
        return prepare(book, diagnostics, FontSet.forLanguage(book.metadata().language()), (page, anchors) -> { });
    }

    /**
     * Lays the book out and writes its PDF to {@code out} at the same time, each page of the body
     * drawn while the next are set. {@code laidOut} is given the edition as soon as the layout is
     * done (the EPUB needs its page map), before the PDF is finished.
     */
    public PrintEdition write(Book book, Diagnostics diagnostics, OutputStream out, Consumer<PrintEdition> laidOut)
            throws IOException {
        FontSet fonts = FontSet.forLanguage(book.metadata().language());
        try (PdfPainter.Session session = new PdfPainter(fonts).session(book, out, drawn, beside)) {
            PrintEdition edition = prepare(book, diagnostics, fonts, session::bodyPage);
            laidOut.accept(edition);
            session.finish(edition.layout());
            return edition;
        }
    }

    private PrintEdition prepare(Book book, Diagnostics diagnostics, FontSet fonts, BookLayout.BodyPages bodyPages) {
        // the glyph check reads the whole text once and needs nothing from the layout: it runs
        // beside it, and its warnings still come first
        var glyphs = new Diagnostics();
        CompletableFuture<Void> checked = options.checkGlyphs()
                ? CompletableFuture.runAsync(() -> new GlyphCoverage(fonts).check(book, glyphs), beside)
                : CompletableFuture.completedFuture(null);
        var laidOut = new Diagnostics();
        var layout = BookLayout.layout(book, fonts, new DeclaredDensity(), laidOut, bodyPages, kept, perChapter);
        checked.join();
        glyphs.all().forEach(diagnostics::add);
        laidOut.all().forEach(diagnostics::add);
        return new PrintEdition(book, layout, fonts);
    }
}
