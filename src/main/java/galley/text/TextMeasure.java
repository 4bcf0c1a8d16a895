package galley.text;

/**
 * How the layout learns the size of text, without knowing any PDF library. The PDF side implements
 * it with real font metrics (including fallback fonts per character); tests use a fixed-width fake.
 */
public interface TextMeasure {

    /** The advance width of {@code text} in points, set in {@code style}. */
    float width(String text, TextStyle style);

    /** The height above the baseline of the style's tallest glyphs, in points (positive). */
    default float ascent(TextStyle style) {
        return style.size() * 0.8f;
    }

    /** The depth below the baseline of the style's descenders, in points (positive). */
    default float descent(TextStyle style) {
        return style.size() * 0.2f;
    }

    /**
     * The blank room the glyph of {@code codePoint} leaves inside its advance in {@code style},
     * before and after its ink, in points: what full-width CJK punctuation may give up when it is
     * squeezed. None unless the measure knows the glyphs' shapes.
     */
    default Blank blank(int codePoint, TextStyle style) {
        return Blank.NONE;
    }

    /** Blank room before and after a glyph's ink, in points. */
    record Blank(float before, float after) {
        public static final Blank NONE = new Blank(0f, 0f);
    }
}
