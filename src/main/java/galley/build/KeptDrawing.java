package galley.build;

import galley.font.FontSet;
import galley.pdf.DrawingUnits;
import galley.pdf.DrawnPage;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;

/**
 * The pages of the last PDF drawn in this process, for {@code galley watch}: each page as it was
 * drawn at its place in the document, given to the drawer, which draws the page from it when the
 * page holds the very same items and its fonts and images get the same names in the new document;
 * each page's deflated content stream, kept with the stream it was made from; and each image as
 * read for embedding, kept with the file's bytes. Pages drawn with other fonts (the book's
 * language changed) are forgotten. One instance serves one book, drawn by one thread at a time.
 */
final class KeptDrawing implements DrawingUnits {

    private final Map<Integer, DrawnPage> pages = new ConcurrentHashMap<>();
    private final KeptByBytes<Integer, byte[]> streams = new KeptByBytes<>(true);
    private final KeptByBytes<Path, Object> images = new KeptByBytes<>(true);
    private final AtomicInteger reused = new AtomicInteger();
    private FontSet drawnWith;

    /** How many pages of the last document were drawn from their record. */
    int reused() {
        return reused.get();
    }

    @Override
    public void startDocument(FontSet fonts) {
        reused.set(0);
        if (fonts != drawnWith) {
            pages.clear();
            drawnWith = fonts;
        }
    }

    @Override
    public boolean recordsPages() {
        return true;
    }

    @Override
    public DrawnPage page(int order, PageDrawing drawing) throws IOException {
        DrawnPage before = pages.get(order);
        DrawnPage drawn = drawing.draw(before);
        if (drawn == null) {
            pages.remove(order);
            return null;
        }
        if (drawn == before) {
            reused.incrementAndGet();
        }
        pages.put(order, drawn);
        return drawn;
    }

    @Override
    public byte[] deflated(int order, byte[] raw, UnaryOperator<byte[]> deflater) {
        return streams.get(order, raw, deflater::apply);
    }

    // OpenPDF's images are not changed by being written, so one serves document after document
    @Override
    @SuppressWarnings("unchecked")
    public <I> I image(Path file, byte[] bytes, ImageReader<I> reader) throws IOException {
        return (I) images.get(file, bytes, reader::read);
    }

    @Override
    public void endDocument(int pageCount) {
        pages.keySet().removeIf(order -> order >= pageCount);
        streams.forget(order -> order >= pageCount);
    }
}
