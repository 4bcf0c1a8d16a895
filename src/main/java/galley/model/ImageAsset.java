package galley.model;

import java.nio.file.Path;

/**
 * An image file the book embeds, checked by the loader to lie inside the book folder and to be
 * readable.
 *
 * @param file      absolute path of the verified file
 * @param href      the image's unique name inside the EPUB, e.g. {@code images/photo.png}
 * @param format    PNG, JPEG, GIF or SVG, as the file's content says
 * @param width     width in pixels (an SVG's in CSS pixels, 96 to the inch, rounded)
 * @param height    height in pixels (likewise)
 */
public record ImageAsset(Path file, String href, ImageFormat format, int width, int height) {

    /** {@code image/png}, {@code image/jpeg}, {@code image/gif} or {@code image/svg+xml}. */
    public String mediaType() {
        return format.mediaType();
    }
}
