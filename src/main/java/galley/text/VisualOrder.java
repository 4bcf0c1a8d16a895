package galley.text;

import galley.model.TextDirection;

import java.text.Bidi;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * Puts a set line's pieces in the order the eye reads them, by the Unicode bidirectional algorithm
 * (the JDK's {@link Bidi}): Hebrew and Arabic run from right to left, also inside an English line,
 * and a paragraph whose first strong letter is Hebrew or Arabic is a right-to-left paragraph, its
 * short lines set against the right edge. Lines are broken in reading order first, as the
 * algorithm asks; only then is each line reordered, words and the spaces between them alike, so
 * that justified spacing is kept. Characters within a right-to-left run are reversed and brackets
 * mirrored, since the PDF draws every run of text from left to right.
 */
public final class VisualOrder {

    // the brackets and quotes that face the other way inside right-to-left text (Unicode's BidiMirroring)
    private static final String MIRRORED = "()<>[]{}«»‹›⁅⁆⁽⁾₍₎≤≥";

    private VisualOrder() {
    }

    /**
     * Whether {@code text} holds a right-to-left letter or a directional control at all: one quick
     * pass, so that the text of nearly every book is shaped and reordered not at all.
     */
    static boolean mayReorder(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '\u0590' && (c <= '\u08FF' || c >= '\uFB1D' && c <= '\uFEFC'
                    || c == '\u200F' || c >= '\u202A' && c <= '\u202E' || c >= '\u2066' && c <= '\u2069')) {
                return true;
            }
        }
        return false;
    }

    /**
     * A single line of text set without the line breaker (a running head), shaped and in visual
     * order, its direction its first strong letter's.
     */
    public static String text(String line) {
        if (!mayReorder(line)) {
            return line;
        }
        String shaped = ArabicShaper.shape(line);
        return text(shaped, TextDirection.rightToLeft(shaped));
    }

    /**
     * A single shaped line in visual order in the direction given: a list's marker, which has no
     * strong letter of its own but reads the way its list does ("1." reads from the right, and so
     * stands as ".1" on the page, the full stop towards the item's text).
     */
    public static String text(String shaped, boolean rightToLeft) {
        var bidi = new Bidi(shaped, rightToLeft ? Bidi.DIRECTION_RIGHT_TO_LEFT : Bidi.DIRECTION_LEFT_TO_RIGHT);
        return visualText(bidi, shaped, 0, shaped.length(), lowestLevel(bidi, 0, shaped.length(), rightToLeft));
    }

    /**
     * {@code line} in visual order. In a right-to-left paragraph a line narrower than
     * {@code measure} (a last line, or ragged text) moves to the right edge; a centred one stays.
     */
    static Line of(Line line, boolean rightToLeft, float measure, Alignment alignment) {
        return of(line, rightToLeft, measure, alignment, null);
    }

    /**
     * As {@link #of(Line, boolean, float, Alignment)}; with {@code sizes} a piece whose characters run at
     * different levels is first cut where they change, each part measured, so that a number or an address
     * the breaker left in several pieces ("9:" and "00." of "9:00.") is drawn as the one run it is.
     */
    static Line of(Line line, boolean rightToLeft, float measure, Alignment alignment, TextMeasure sizes) {
        List<Line.Piece> given = line.pieces();
        if (given.isEmpty() || !rightToLeft && given.stream().noneMatch(p -> mayReorder(p.text()))) {
            // nothing in this line of a mixed paragraph moves
            return line;
        }
        // the line as text, a space where the pieces have a gap between them, and where each piece starts
        var text = new StringBuilder();
        int[] givenStarts = new int[given.size()];
        for (int i = 0; i < given.size(); i++) {
            if (i > 0 && gapBefore(given, i) > 0.01f) {
                text.append(' ');
            }
            givenStarts[i] = text.length();
            text.append(given.get(i).text());
        }
        String all = text.toString();
        var bidi = new Bidi(all, rightToLeft ? Bidi.DIRECTION_RIGHT_TO_LEFT : Bidi.DIRECTION_LEFT_TO_RIGHT);
        var pieces = new ArrayList<Line.Piece>(given.size());
        var startList = new ArrayList<Integer>(given.size());
        for (int i = 0; i < given.size(); i++) {
            cut(given.get(i), givenStarts[i], bidi, sizes, pieces, startList);
        }
        int[] starts = startList.stream().mapToInt(Integer::intValue).toArray();
        // elements in reading order: piece, gap, piece, gap ...; each gap as the space the algorithm resolved
        int count = pieces.size() * 2 - 1;
        var levels = new byte[count];
        var widths = new float[count];
        var texts = new String[count];
        for (int i = 0; i < pieces.size(); i++) {
            Line.Piece piece = pieces.get(i);
            int start = starts[i];
            int end = start + piece.text().length();
            levels[2 * i] = lowestLevel(bidi, start, end, rightToLeft);
            widths[2 * i] = piece.width();
            texts[2 * i] = visualText(bidi, all, start, end, levels[2 * i]);
            if (i > 0) {
                int gap = 2 * i - 1;
                widths[gap] = gapBefore(pieces, i);
                levels[gap] = widths[gap] > 0.01f ? (byte) bidi.getLevelAt(start - 1)
                        : (byte) Math.min(levels[gap - 1], levels[2 * i]);
            }
        }
        // a hyphen the breaker added stays with the word it ends, in whichever direction that runs
        int last = count - 1;
        if (last > 0 && widths[last - 1] <= 0.01f && pieces.get(pieces.size() - 1).text().equals("-")) {
            levels[last] = levels[last - 2];
            levels[last - 1] = levels[last - 2];
        }
        int[] order = visualOrder(levels);
        // a right-to-left line starts at the right: its indent, and the room a short line leaves, go to its
        // left; a centred line, or one set flush right already (a table cell's), stays where it is
        float x = rightToLeft && (alignment == Alignment.JUSTIFY || alignment == Alignment.LEFT)
                ? Math.max(0f, measure - line.width()) : pieces.get(0).x();
        var placed = new ArrayList<Line.Piece>(pieces.size());
        for (int element : order) {
            if (element % 2 == 0) {
                Line.Piece piece = pieces.get(element / 2);
                placed.add(new Line.Piece(x, piece.width(), texts[element], piece.fragment()));
            }
            x += widths[element];
        }
        return new Line(placed, x);
    }

    /**
     * Adds {@code piece}, which starts at {@code start} of the line's text, to {@code out}: whole when its
     * characters share one level (nearly always) or it cannot be measured, else as one part per level, side
     * by side with no gap, the last part taking what is left of the piece's width so that the line keeps
     * its length. Only the first part keeps the piece's anchor or note, which mark one place.
     */
    private static void cut(Line.Piece piece, int start, Bidi bidi, TextMeasure sizes, List<Line.Piece> out,
                            List<Integer> starts) {
        Fragment fragment = piece.fragment();
        String text = piece.text();
        int from = 0;
        float x = piece.x();
        if (sizes != null && fragment != null && fragment.image() == null) {
            for (int i = 1; i < text.length(); i++) {
                if (bidi.getLevelAt(start + i) != bidi.getLevelAt(start + i - 1)
                        && !Character.isLowSurrogate(text.charAt(i))) {
                    String part = text.substring(from, i);
                    float width = sizes.width(part, fragment.style());
                    out.add(new Line.Piece(x, width, part, from == 0 ? fragment : fragment.withoutMarks()));
                    starts.add(start + from);
                    x += width;
                    from = i;
                }
            }
        }
        if (from == 0) {
            out.add(piece);
        } else {
            float width = Math.max(0f, piece.x() + piece.width() - x);
            out.add(new Line.Piece(x, width, text.substring(from), fragment.withoutMarks()));
        }
        starts.add(start + from);
    }

    private static float gapBefore(List<Line.Piece> pieces, int i) {
        Line.Piece before = pieces.get(i - 1);
        return Math.max(0f, pieces.get(i).x() - before.x() - before.width());
    }

    // the level a whole piece moves with: the lowest of its characters', so that a mixed word moves as its outer run does
    private static byte lowestLevel(Bidi bidi, int start, int end, boolean rightToLeft) {
        if (start == end) {
            return (byte) (rightToLeft ? 1 : 0);
        }
        int lowest = Integer.MAX_VALUE;
        for (int i = start; i < end; i++) {
            lowest = Math.min(lowest, bidi.getLevelAt(i));
        }
        return (byte) lowest;
    }

    // a piece's characters in visual order: runs above the piece's own level reversed, right-to-left characters mirrored
    private static String visualText(Bidi bidi, String text, int start, int end, byte pieceLevel) {
        int length = end - start;
        var chars = new Character[length];
        var levels = new byte[length];
        boolean uniform = true;
        for (int i = 0; i < length; i++) {
            int level = bidi.getLevelAt(start + i);
            char c = text.charAt(start + i);
            chars[i] = level % 2 == 1 ? mirrored(c) : c;
            levels[i] = (byte) level;
            uniform &= level == pieceLevel;
        }
        if (!uniform) {
            Bidi.reorderVisually(levels, 0, chars, 0, length);
        } else if (pieceLevel % 2 == 1) {
            Collections.reverse(Arrays.asList(chars));
        }
        var out = new StringBuilder(length);
        for (Character c : chars) {
            out.append(c.charValue());
        }
        return out.toString();
    }

    private static char mirrored(char c) {
        int i = MIRRORED.indexOf(c);
        return i < 0 ? c : MIRRORED.charAt(i ^ 1);
    }

    // rule L2: from the highest level down to the lowest odd one, reverse every run at that level or above
    private static int[] visualOrder(byte[] levels) {
        int[] order = new int[levels.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        int highest = 0;
        int lowestOdd = Integer.MAX_VALUE;
        for (byte level : levels) {
            highest = Math.max(highest, level);
            if (level % 2 == 1) {
                lowestOdd = Math.min(lowestOdd, level);
            }
        }
        for (int level = highest; level >= lowestOdd && level > 0; level--) {
            int i = 0;
            while (i < order.length) {
                if (levels[order[i]] >= level) {
                    int j = i;
                    while (j < order.length && levels[order[j]] >= level) {
                        j++;
                    }
                    for (int a = i, b = j - 1; a < b; a++, b--) {
                        int t = order[a];
                        order[a] = order[b];
                        order[b] = t;
                    }
                    i = j;
                } else {
                    i++;
                }
            }
        }
        return order;
    }
}
