package galley.model;

/** The trim size of a printed page, in PostScript points (1/72 in). */
public record PageSize(float width, float height) {

    /** The common trade paperback, 6 × 9 in. */
    public static final PageSize TRADE_6X9 = new PageSize(432f, 648f);

    public PageSize {
        if (!(width > 0 && height > 0)) {
            throw new IllegalArgumentException("page size must be positive: " + width + "x" + height);
        }
    }
}
