package galley.pdf;

import galley.font.FontSet;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.UnaryOperator;

/**
 * The units of drawing a PDF, as the painter's caller has them done: each page drawn (given how
 * the same place of the document was drawn before, when the caller kept that), each page's
 * content stream deflated, each image file read for embedding; each a plain function of what it
 * is given, which a caller may take from an earlier document while that is the same. The defaults
 * make each afresh, keeping nothing.
 */
public interface DrawingUnits {

    /** Draws one page, from {@code previous} (how the same place was drawn before, or null) when it can. */
    interface PageDrawing {
        DrawnPage draw(DrawnPage previous) throws IOException;
    }

    /** Makes an image to embed from a file's bytes. */
    interface ImageReader<I> {
        I read(byte[] bytes) throws IOException;
    }

    /** A document drawn with {@code fonts} starts: none of its pages is drawn yet. */
    default void startDocument(FontSet fonts) {
    }

    /** Whether the drawer should return how it drew each page, so that the page can be drawn from it later. */
    default boolean recordsPages() {
        return false;
    }

    /** The page drawn {@code order}-th in the document, as {@code drawing} draws it. */
    default DrawnPage page(int order, PageDrawing drawing) throws IOException {
        return drawing.draw(null);
    }

    /** The content stream {@code raw} of the page drawn {@code order}-th, as {@code deflater} deflates it. */
    default byte[] deflated(int order, byte[] raw, UnaryOperator<byte[]> deflater) {
        return deflater.apply(raw);
    }

    /** The image read from {@code file}, whose bytes are {@code bytes}, as {@code reader} makes it. */
    default <I> I image(Path file, byte[] bytes, ImageReader<I> reader) throws IOException {
        return reader.read(bytes);
    }

    /** The document ends with {@code pageCount} pages. */
    default void endDocument(int pageCount) {
    }

    /** Every unit done afresh, nothing kept. */
    static DrawingUnits direct() {
        return new DrawingUnits() {
        };
    }
}
