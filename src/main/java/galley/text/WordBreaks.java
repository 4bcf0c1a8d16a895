package galley.text;

import java.util.Arrays;
import java.util.function.IntFunction;

/**
 * Where one word may break inside: at the hyphenation points its language allows, and, as a last
 * resort, cut wherever a piece between them is still wider than the line. Offsets count from the
 * word's start; a word set in several styles is measured in each character's own.
 */
final class WordBreaks {

    /** The fewest letters of a hyphenated last word that may stand alone on a paragraph's last line. */
    static final int LAST_LINE_LETTERS = 4;

    private WordBreaks() {
    }

    /**
     * The offsets in {@code word} before which a hyphen may be set, ascending; with {@code lastWord}
     * none leaves fewer than {@link #LAST_LINE_LETTERS} letters after it.
     */
    static int[] hyphens(String word, Hyphenator hyphenator, boolean lastWord) {
        int coreStart = 0;
        while (coreStart < word.length() && !Character.isLetter(word.charAt(coreStart))) {
            coreStart++;
        }
        int coreEnd = coreStart;
        while (coreEnd < word.length() && Character.isLetter(word.charAt(coreEnd))) {
            coreEnd++;
        }
        // a part of a hyphenated compound already has a place to break, so only a long one gets more
        int shortest = word.indexOf('-') < 0 ? 5 : 10;
        if (hyphenator == null || coreEnd - coreStart < shortest) {
            return new int[0];
        }
        int[] points = hyphenator.points(word.substring(coreStart, coreEnd));
        int kept = 0;
        int[] offsets = new int[points.length];
        for (int point : points) {
            int at = coreStart + point;
            if (lastWord && coreEnd - at < LAST_LINE_LETTERS) {
                break; // the last line would hold a scrap of a word alone
            }
            offsets[kept++] = at;
        }
        return Arrays.copyOf(offsets, kept);
    }

    /**
     * The offsets where {@code word} is cut so that no piece between two breaks (its hyphenation
     * points {@code hyphens} or these cuts) is wider than {@code lineWidth}; ascending, and none
     * where a piece already fits. A single character wider than the line stays whole.
     */
    static int[] cuts(String word, int[] hyphens, IntFunction<TextStyle> styleAt, TextMeasure measure,
                      float lineWidth) {
        int[] cuts = new int[word.length()];
        int count = 0;
        int next = 0;
        float used = 0f;
        for (int at = 0; at < word.length(); ) {
            if (next < hyphens.length && hyphens[next] == at) {
                next++;
                used = 0f; // a hyphenation point starts a new piece
            }
            int end = word.offsetByCodePoints(at, 1);
            // widths of single characters: kerning across an emergency break does not matter
            float w = measure.width(word.substring(at, end), styleAt.apply(at));
            if (used > 0f && used + w > lineWidth) {
                cuts[count++] = at;
                used = 0f;
            }
            used += w;
            at = end;
        }
        return Arrays.copyOf(cuts, count);
    }
}
