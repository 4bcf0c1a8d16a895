package galley.model;

import java.nio.file.Path;

/**
 * An image file the book embeds, checked by the loader to lie inside the book folder and to be
 * readable.
 *
 * @param file      absolute path of the verified file
 * @param href      the image's unique name inside the EPUB, e.g. {@code images/photo.png}
 * @param format    PNG, JPEG or GIF, as the file's first bytes say
 * @param width     width in pixels
 * @param height    height in pixels
 */
public record ImageAsset(Path file, String href, ImageFormat format, int width, int height) {

    /** {@code image/png}, {@code image/jpeg} or {@code image/gif}. */
    public String mediaType() {
        return format.mediaType();
    }
}
