package galley.model;

import java.util.List;

/**
 * Where the print edition's pages begin, as the PDF layout found them, so that the EPUB can carry
 * the same page numbers. The PDF side produces it; the EPUB side reads it; neither calls the other.
 *
 * @param pages the body pages in order
 */
public record PageMap(List<PageStart> pages) {

    public PageMap {
        pages = List.copyOf(pages);
    }

    /** An empty map, for an EPUB built without a print layout. */
    public static PageMap none() {
        return new PageMap(List.of());
    }

    /**
     * A printed page that begins inside chapter {@code chapter}, at or within its top-level block
     * {@code block}.
     *
     * @param folio the page number as printed, e.g. "42" or "iii"
     */
    public record PageStart(String folio, int chapter, int block) {
    }
}
