package galley.pdf;

import galley.diagnostic.Diagnostics;
import galley.model.Book;
import galley.pdf.layout.BookLayout;

import java.util.concurrent.CompletableFuture;

/**
 * Makes the print edition of a book: checks that every character has a glyph, lays the book out
 * into pages, and hands back a {@link PrintEdition} to write.
 */
public final class PdfWriter {

    private final PdfOptions options;

    public PdfWriter(PdfOptions options) {
        this.options = options;
    }

    public PrintEdition prepare(Book book, Diagnostics diagnostics) {
        FontSet fonts = FontSet.standard();
        // the glyph check reads the whole text once and needs nothing from the layout: it runs
        // beside it, and its warnings still come first
        var glyphs = new Diagnostics();
        CompletableFuture<Void> checked = options.checkGlyphs()
                ? CompletableFuture.runAsync(() -> new GlyphCoverage(fonts).check(book, glyphs), PdfWriter::daemon)
                : CompletableFuture.completedFuture(null);
        var laidOut = new Diagnostics();
        var layout = BookLayout.layout(book, fonts, new DeclaredDensity(), laidOut);
        checked.join();
        glyphs.all().forEach(diagnostics::add);
        laidOut.all().forEach(diagnostics::add);
        return new PrintEdition(book, layout, fonts);
    }

    private static void daemon(Runnable task) {
        var thread = new Thread(task, "galley-glyph-check");
        thread.setDaemon(true);
        thread.start();
    }
}
