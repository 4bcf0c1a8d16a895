package galley.pdf;

import galley.diagnostic.Diagnostics;
import galley.model.Book;
import galley.pdf.layout.BookLayout;

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
        if (options.checkGlyphs()) {
            new GlyphCoverage(fonts).check(book, diagnostics);
        }
        return new PrintEdition(book, BookLayout.layout(book, fonts, new DeclaredDensity(), diagnostics), fonts);
    }
}
