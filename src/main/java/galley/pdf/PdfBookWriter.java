package galley.pdf;

import galley.font.FontSet;
import galley.font.GlyphCoverage;

import galley.diagnostic.Diagnostics;
import galley.model.Book;
import galley.layout.BookLayout;
import galley.layout.LaidOutBook;
import galley.layout.LayoutUnits;

import java.io.IOException;
import java.io.OutputStream;
import java.util.function.Consumer;

/**
 * Makes the print edition of a book: checks that every character has a glyph, lays the book out
 * into pages, and draws them. {@link #write} does it all on the calling thread, one step after
 * another; a caller with threads to spare runs the steps ({@link #checkGlyphs}, {@link #layOut},
 * a {@link PdfPainter.Session} given the body's pages as they are set) side by side itself.
 */
public final class PdfBookWriter {

    private final PdfOptions options;

    /** A writer with {@code options}. */
    public PdfBookWriter(PdfOptions options) {
        this.options = options;
    }

    /** The fonts the print edition of {@code book} is set in. */
    public static FontSet fonts(Book book) {
        return FontSet.forLanguage(book.metadata().language());
    }

    /** Lays the book out without drawing it: the page count and page map, for checks and tools. */
    public PrintEdition prepare(Book book, Diagnostics diagnostics) {
        return prepare(book, diagnostics, LayoutUnits.direct());
    }

    /** As {@link #prepare(Book, Diagnostics)}, each chapter set into lines through {@code units}. */
    public PrintEdition prepare(Book book, Diagnostics diagnostics, LayoutUnits units) {
        FontSet fonts = fonts(book);
        checkGlyphs(book, fonts, diagnostics);
        var layout = layOut(book, fonts, diagnostics, (page, anchors) -> { }, units);
        return new PrintEdition(book, layout, fonts);
    }

    /**
     * Lays the book out and writes its PDF to {@code out}, on the calling thread. {@code laidOut}
     * is given the edition as soon as the layout is done (the EPUB needs its page map), before
     * the PDF is finished.
     */
    public PrintEdition write(Book book, Diagnostics diagnostics, OutputStream out, Consumer<PrintEdition> laidOut)
            throws IOException {
        FontSet fonts = fonts(book);
        try (PdfPainter.Session session = new PdfPainter(fonts).session(book, out)) {
            checkGlyphs(book, fonts, diagnostics);
            var edition = new PrintEdition(book, layOut(book, fonts, diagnostics, session::bodyPage,
                    LayoutUnits.direct()), fonts);
            laidOut.accept(edition);
            session.finish(edition.layout());
            return edition;
        }
    }

    /**
     * Reports each character of the book that no font of {@code fonts} can draw, when the options
     * ask for the check. It reads the whole text once and needs nothing from the layout.
     */
    public void checkGlyphs(Book book, FontSet fonts, Diagnostics diagnostics) {
        if (options.checkGlyphs()) {
            new GlyphCoverage(fonts).check(book, diagnostics);
        }
    }

    /**
     * The book laid out into pages in {@code fonts}, images at the resolution they declare; each
     * page of the body is handed to {@code bodyPages} as soon as it is set, and each chapter is
     * set into lines through {@code units}.
     */
    public LaidOutBook layOut(Book book, FontSet fonts, Diagnostics diagnostics, BookLayout.BodyPages bodyPages,
                              LayoutUnits units) {
        return BookLayout.layout(book, fonts, new DeclaredDensity(), diagnostics, bodyPages, units);
    }
}
