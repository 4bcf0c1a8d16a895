package galley.site;

/**
 * How the download page and the catalogue are made.
 *
 * @param thumbnailWidth the widest the cover copy in {@code dist/} may be, in pixels
 */
public record SiteOptions(int thumbnailWidth) {

    public SiteOptions {
        if (thumbnailWidth < 16) {
            throw new IllegalArgumentException("thumbnail width too small: " + thumbnailWidth);
        }
    }

    /** A 480-pixel cover: sharp at twice the size the page shows it, small enough for a phone. */
    public static SiteOptions defaults() {
        return new SiteOptions(480);
    }
}
