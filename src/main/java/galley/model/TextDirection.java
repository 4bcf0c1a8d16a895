package galley.model;

import java.util.List;

/**
 * Which way a paragraph reads: from right to left when its first letter with a strong direction
 * is Hebrew, Arabic or another right-to-left script, else from left to right. This is the rule of
 * HTML's {@code dir="auto"} (the Unicode bidirectional algorithm's P2 and P3); both editions apply
 * it, so that a Hebrew paragraph in an English book is set the same way in each.
 */
public final class TextDirection {

    private static final int UNDECIDED = 0;
    private static final int LEFT_TO_RIGHT = 1;
    private static final int RIGHT_TO_LEFT = 2;

    private TextDirection() {
    }

    /** Whether {@code text} reads from right to left. */
    public static boolean rightToLeft(CharSequence text) {
        return firstStrong(text) == RIGHT_TO_LEFT;
    }

    /** Whether the text of {@code inlines} reads from right to left, found without joining it up. */
    public static boolean rightToLeft(List<Inline> inlines) {
        return firstStrong(inlines) == RIGHT_TO_LEFT;
    }

    private static int firstStrong(List<Inline> inlines) {
        for (Inline inline : inlines) {
            int found = UNDECIDED;
            if (inline instanceof Inline.Text t) {
                found = firstStrong(t.text());
            } else if (inline instanceof Inline.Code c) {
                found = firstStrong(c.text());
            } else if (inline instanceof Inline.Styled s) {
                found = firstStrong(s.content());
            } else if (inline instanceof Inline.Link l) {
                found = firstStrong(l.content());
            }
            if (found != UNDECIDED) {
                return found;
            }
        }
        return UNDECIDED;
    }

    private static int firstStrong(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 'A') {
                continue; // digits, spaces and punctuation: no strong direction
            }
            byte d = Character.getDirectionality(c);
            if (d == Character.DIRECTIONALITY_LEFT_TO_RIGHT) {
                return LEFT_TO_RIGHT;
            }
            if (d == Character.DIRECTIONALITY_RIGHT_TO_LEFT || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC) {
                return RIGHT_TO_LEFT;
            }
        }
        return UNDECIDED;
    }
}
