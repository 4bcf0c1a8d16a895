package galley.cover;

import java.awt.Font;

/**
 * One line of type placed on a cover: its text, the font it is set in, the left end of its
 * baseline in pixels, and the part of the cover it belongs to.
 */
public record SetLine(Part part, String text, Font font, float x, float baseline) {

    /** The part of the cover's text a line belongs to, each with its own style. */
    public enum Part { TITLE, SUBTITLE, AUTHOR }
}
