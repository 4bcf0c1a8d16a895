package galley.epub;

/**
 * The settings of the EPUB edition alone.
 *
 * @param maxImageSide     images whose long side exceeds this many pixels are scaled down to it
 *                         (PNG and JPEG); 0 keeps every image as it is
 * @param sizeWarningBytes an EPUB larger than this is reported with a warning, since stores and
 *                         reading systems struggle past it
 * @param minCoverHeight   a cover fewer pixels tall than this is reported with a warning, since
 *                         stores reject or blur it
 */
public record EpubOptions(int maxImageSide, long sizeWarningBytes, int minCoverHeight) {

    public EpubOptions {
        if (maxImageSide < 0 || sizeWarningBytes <= 0 || minCoverHeight < 0) {
            throw new IllegalArgumentException("invalid EPUB options: " + maxImageSide + ", " + sizeWarningBytes
                    + ", " + minCoverHeight);
        }
    }

    /** Images up to 2048 px on the long side, a warning past 50 MB, and for a cover under 1600 px tall. */
    public static EpubOptions defaults() {
        return new EpubOptions(2048, 50L * 1024 * 1024, 1600);
    }
}
