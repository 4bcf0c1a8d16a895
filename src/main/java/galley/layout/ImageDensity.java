package galley.layout;

import galley.model.ImageAsset;

/**
 * The resolution an image file declares, in pixels per inch, which gives its real printed size.
 * The PDF side reads it from the file; the layout only asks.
 */
public interface ImageDensity {

    /** The resolution assumed for files that declare none, that of CSS pixels. */
    float DEFAULT_DPI = 96f;

    float dpi(ImageAsset image);

    /** Every image at {@link #DEFAULT_DPI}. */
    static ImageDensity assumed() {
        return image -> DEFAULT_DPI;
    }
}
