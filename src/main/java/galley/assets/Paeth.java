package galley.assets;

/**
 * PNG's Paeth predictor: of the byte to the left, the one above and the one above-left, the one
 * nearest to left + above - above-left, ties going in that order. The EPUB's PNG writer filters
 * rows with it and the PDF's PNG reader undoes it, so both must predict alike.
 */
public final class Paeth {

    private Paeth() {
    }

    /** The prediction from {@code left}, {@code up} and {@code upLeft}, each 0 to 255. */
    public static int predict(int left, int up, int upLeft) {
        int p = left + up - upLeft;
        int toLeft = Math.abs(p - left);
        int toUp = Math.abs(p - up);
        int toUpLeft = Math.abs(p - upLeft);
        if (toLeft <= toUp && toLeft <= toUpLeft) {
            return left;
        }
        return toUp <= toUpLeft ? up : upLeft;
    }
}
