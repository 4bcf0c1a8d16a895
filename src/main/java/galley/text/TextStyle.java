package galley.text;

/**
 * The face and size of a run of text. The PDF side maps each (face, bold, italic) to a font and a
 * fallback chain; the layout only measures through {@link TextMeasure}.
 */
public record TextStyle(Face face, boolean bold, boolean italic, float size) {

    /** The three families a book uses. */
    public enum Face { SERIF, SANS, MONO }

    public TextStyle withSize(float newSize) {
        return new TextStyle(face, bold, italic, newSize);
    }

    public TextStyle withBold(boolean b) {
        return new TextStyle(face, b, italic, size);
    }

    public TextStyle withItalic(boolean i) {
        return new TextStyle(face, bold, i, size);
    }

    public TextStyle withFace(Face f) {
        return new TextStyle(f, bold, italic, size);
    }
}
