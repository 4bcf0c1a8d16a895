package galley.pdf;

import galley.font.FontSet;

import galley.model.Book;
import galley.model.PageMap;
import galley.layout.LaidOutBook;

import java.io.IOException;
import java.io.OutputStream;

/**
 * The print edition laid out and ready to be written: its page count and page map are known
 * before a byte of the PDF exists, so the EPUB can carry the same page numbers.
 */
public final class PrintEdition {

    private final Book book;
    private final LaidOutBook layout;
    private final FontSet fonts;

    /** The edition of {@code book} as {@code layout} sets it in {@code fonts}. */
    public PrintEdition(Book book, LaidOutBook layout, FontSet fonts) {
        this.book = book;
        this.layout = layout;
        this.fonts = fonts;
    }

    public PageMap pageMap() {
        return layout.pageMap();
    }

    public int pageCount() {
        return layout.pages().size();
    }

    public LaidOutBook layout() {
        return layout;
    }

    /** Draws the PDF into {@code out}, which stays open. */
    public void writeTo(OutputStream out) throws IOException {
        new PdfPainter(fonts).paint(book, layout, out);
    }
}
