package galley.text;

import java.util.List;

/**
 * One set line of a paragraph: its pieces at their horizontal offsets from the line's start.
 *
 * @param width the line's natural or justified width in points
 */
public record Line(List<Piece> pieces, float width) {

    public Line {
        pieces = List.copyOf(pieces);
    }

    /** A box of text from one fragment, {@code x} points from the start of the line. */
    public record Piece(float x, float width, String text, Fragment fragment) {
    }
}
