package galley.font;

/**
 * A piece of a text run that one font draws, or empty room when {@code font} is null, with its
 * advance in thousandths of an em.
 */
public record FontRun(EmbeddedFont font, String text, int units) {

    /** The run's advance in points at {@code size}. */
    public float advance(float size) {
        return units * size / 1000f;
    }
}
