package galley.layout;

/**
 * A run of pages numbered in one style, for the PDF's page labels, so that a viewer shows the folio
 * that is printed ("iii", "42").
 *
 * @param firstPage index of the range's first page
 * @param style     how the range counts
 * @param prefix    text shown instead of a number when {@code style} is NONE (e.g. "Cover")
 * @param start     the number of the range's first page
 */
public record PageLabelRange(int firstPage, Style style, String prefix, int start) {

    /** The numbering styles the PDF page labels support that a book uses. */
    public enum Style { NONE, LOWER_ROMAN, ARABIC }
}
