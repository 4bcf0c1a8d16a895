package galley.pdf;

import galley.font.EmbeddedFont;
import galley.font.FontSet;

import com.lowagie.text.Image;
import galley.model.ImageAsset;
import galley.layout.PageItem;
import galley.warm.KeptByBytes;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;

/**
 * The pages of the last PDF drawn in this process, each with the content stream it was drawn as,
 * so that a rebuild (as in {@code galley watch}) draws again only the pages that changed. A page
 * is drawn from its kept content when it holds the very same items at the same size, and when the
 * fonts and images it names get the same names in the new document (each is registered again,
 * and what OpenPDF writes for it compared); otherwise it is drawn afresh. Its links, anchors and
 * glyphs are registered with the new document either way. Each page's deflated content stream,
 * and each image as read for embedding, are kept with the bytes they came from. One instance
 * serves one book, drawn by one thread at a time.
 */
public final class DrawnPages {

    /** A call that registers a font or an image with the document and the page, and the bytes it wrote. */
    sealed interface Registration {
        byte[] written();
    }

    record FontUse(EmbeddedFont font, float size, byte[] written) implements Registration {
    }

    record ImageUse(ImageAsset image, float width, float height, float x, float y, byte[] written)
            implements Registration {
    }

    /**
     * One page as it was drawn: its items and size, its content stream, the registrations in the
     * order they were made, and the characters it drew in each font.
     */
    record Drawn(List<PageItem> items, float width, float height, byte[] content, List<Registration> registrations,
                 Map<EmbeddedFont, String> glyphs) {

        boolean shows(galley.layout.Page page) {
            return width == page.width() && height == page.height() && items.equals(page.items());
        }
    }

    private final Map<Integer, Drawn> pages = new ConcurrentHashMap<>();
    // each page's whole content stream deflated, and each image as read, with the bytes they came from
    private final KeptByBytes<Integer, byte[]> streams;
    private final KeptByBytes<Path, Image> images;
    private final boolean keeps;
    private final AtomicInteger reused = new AtomicInteger();
    // the fonts the pages kept were drawn with
    private FontSet drawnWith;

    /** Pages kept from one PDF to the next. */
    public DrawnPages() {
        this(true);
    }

    private DrawnPages(boolean keeps) {
        this.keeps = keeps;
        this.streams = new KeptByBytes<>(keeps);
        this.images = new KeptByBytes<>(keeps);
    }

    /** Nothing kept: every page drawn afresh, as a one-off build wants. */
    public static DrawnPages none() {
        return new DrawnPages(false);
    }

    /** Whether drawn pages are kept, so that the drawer records what it needs to draw them again. */
    boolean keeps() {
        return keeps;
    }

    /** How many pages of the last document were drawn from their record. */
    public int reused() {
        return reused.get();
    }

    /**
     * Starts a document drawn with {@code fonts}: no page of it is drawn yet. Pages drawn with other
     * fonts (the book's language changed) are forgotten: the same items may be drawn otherwise.
     */
    void start(FontSet fonts) {
        reused.set(0);
        if (fonts != drawnWith) {
            pages.clear();
            drawnWith = fonts;
        }
    }

    /** Notes that a page was drawn from its record. */
    void reusedOne() {
        reused.incrementAndGet();
    }

    /** The page drawn {@code order}-th last time, or null. */
    Drawn get(int order) {
        return keeps ? pages.get(order) : null;
    }

    void put(int order, Drawn drawn) {
        if (keeps) {
            pages.put(order, drawn);
        }
    }

    /**
     * The content stream {@code raw} of the page drawn {@code order}-th, deflated: the kept bytes
     * when that page's stream was the same last time, else {@code deflater}'s.
     */
    byte[] deflated(int order, byte[] raw, UnaryOperator<byte[]> deflater) {
        return streams.get(order, raw, deflater::apply);
    }

    /**
     * The image read from {@code file}, whose bytes are {@code bytes}: the kept one when the file
     * had the same bytes last time, else {@code reader}'s. OpenPDF's images are not changed by
     * being written, so one serves document after document.
     */
    Image image(Path file, byte[] bytes, ImageReader reader) throws IOException {
        return images.get(file, bytes, reader::read);
    }

    /** Makes an image to embed from a file's bytes. */
    interface ImageReader {
        Image read(byte[] bytes) throws IOException;
    }

    /** Forgets pages past the end of a document of {@code count} pages. */
    void retain(int count) {
        pages.keySet().removeIf(order -> order >= count);
        streams.forget(order -> order >= count);
    }
}
