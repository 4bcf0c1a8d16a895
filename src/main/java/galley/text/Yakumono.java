package galley.text;

/**
 * The full-width punctuation of Chinese and Japanese text (yakumono: brackets, commas, full
 * stops, middle dots) and the blank it may give up. A CJK font draws each mark on a full em with
 * its ink in one half (an opening bracket in the right half, a closing bracket, comma or full
 * stop in the left) or in the middle, the rest blank. JIS X 4051, JLReq and CLReq take that blank
 * from a line that is too long before they spread its characters apart, and set two marks that
 * meet with the blank of only one between them.
 */
final class Yakumono {

    /** How a mark binds: to the text after it, to the text before it, or to neither. */
    enum Kind {
        OPENING, CLOSING, MIDDLE
    }

    /**
     * What a mark may give up on either side to justify a line, and the whole blank on those sides
     * (all of it is left out where marks meet or a line starts), in points; a side with no blank
     * to give, the ink's side, is 0.
     */
    record Squeeze(Kind kind, float before, float after, float blankBefore, float blankAfter) {
    }

    private static final String OPENING = "「『（〔［｛〈《【〘〖〝｟‘“";
    // commas and full stops bind to what they follow, as closing brackets do
    private static final String CLOSING = "」』）〕］｝〉》】〙〗〞〟｠’”、。，．";
    private static final String MIDDLE = "・：；";

    private Yakumono() {
    }

    /** The kind of {@code codePoint}, or null when it is not squeezable punctuation. */
    static Kind kind(int codePoint) {
        if (codePoint > 0xFFFF) {
            return null;
        }
        char c = (char) codePoint;
        if (OPENING.indexOf(c) >= 0) {
            return Kind.OPENING;
        }
        if (CLOSING.indexOf(c) >= 0) {
            return Kind.CLOSING;
        }
        return MIDDLE.indexOf(c) >= 0 ? Kind.MIDDLE : null;
    }

    /**
     * What {@code codePoint} may give up in {@code style}, where {@code measure} draws it: the
     * blank half of an em on its open side; a quarter em each side when the font draws it in the
     * middle of its em (a middle dot, or a Chinese comma in a font of Taiwan's style); never more
     * than the blank the glyph leaves, so that squeezed ink never meets its neighbour's. Null for
     * any other character.
     */
    static Squeeze squeeze(int codePoint, TextStyle style, TextMeasure measure) {
        Kind kind = kind(codePoint);
        if (kind == null) {
            return null;
        }
        TextMeasure.Blank blank = measure.blank(codePoint, style);
        float half = style.size() / 2f;
        float quarter = style.size() / 4f;
        boolean centred = switch (kind) {
            case OPENING -> blank.after() >= quarter;
            case CLOSING -> blank.before() >= quarter;
            case MIDDLE -> true;
        };
        if (centred) {
            return new Squeeze(kind, Math.min(quarter, blank.before()), Math.min(quarter, blank.after()),
                    blank.before(), blank.after());
        }
        return kind == Kind.OPENING
                ? new Squeeze(kind, Math.min(half, blank.before()), 0f, blank.before(), 0f)
                : new Squeeze(kind, 0f, Math.min(half, blank.after()), 0f, blank.after());
    }
}
