package galley.epub;

/**
 * A count of the images the generated documents show and of those among them without alternative
 * text, taken while the documents are written so that the accessibility claims describe exactly
 * what a reader gets.
 */
final class ImageTally {

    private int total;
    private int withoutAlt;

    /** Counts one {@code <img>} written with this alt text. */
    void count(String alt) {
        total++;
        if (alt == null || alt.isBlank()) {
            withoutAlt++;
        }
    }

    int total() {
        return total;
    }

    int withoutAlt() {
        return withoutAlt;
    }
}
