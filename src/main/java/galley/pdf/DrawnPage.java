package galley.pdf;

import galley.font.EmbeddedFont;
import galley.layout.Page;
import galley.layout.PageItem;
import galley.model.ImageAsset;

import java.util.List;
import java.util.Map;

/**
 * One page as it was drawn: its items and size, its content stream, the calls that registered its
 * fonts and images with the document in the order they were made, and the characters it drew in
 * each font; enough to draw the same page into a later document without drawing it again.
 */
public record DrawnPage(List<PageItem> items, float width, float height, byte[] content,
                        List<DrawnPage.Registration> registrations, Map<EmbeddedFont, String> glyphs) {

    /** A call that registers a font or an image with the document and the page, and the bytes it wrote. */
    sealed interface Registration {
        byte[] written();
    }

    record FontUse(EmbeddedFont font, float size, byte[] written) implements Registration {
    }

    record ImageUse(ImageAsset image, float width, float height, float x, float y, byte[] written)
            implements Registration {
    }

    boolean shows(Page page) {
        return width == page.width() && height == page.height() && items.equals(page.items());
    }
}
