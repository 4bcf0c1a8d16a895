package galley.text;

/**
 * Gives Arabic letters the shapes they take beside their neighbours, as the presentation-form
 * characters of Unicode (FB50–FDFF, FE70–FEFF), since the PDF is drawn character by character from
 * the font's character map and no shaping engine stands between: an Arabic word would otherwise
 * print as a row of unjoined, isolated letters. The rules are Unicode's joining types (chapter 9.2
 * of the standard): a dual-joining letter joins on both sides, a right-joining one only to the
 * letter before it, marks are transparent, and lam followed by alef becomes the lam-alef ligature.
 * Letters whose forms DejaVu Sans, the PDF's Arabic font, does not draw are left as they are.
 */
final class ArabicShaper {

    // letter, its isolated presentation form, and how many forms follow it: 2 (isolated, final)
    // for right-joining letters, 4 (isolated, final, initial, medial) for dual-joining ones
    private static final int[][] FORMS = {
            {0x0621, 0xFE80, 1}, {0x0622, 0xFE81, 2}, {0x0623, 0xFE83, 2}, {0x0624, 0xFE85, 2},
            {0x0625, 0xFE87, 2}, {0x0626, 0xFE89, 4}, {0x0627, 0xFE8D, 2}, {0x0628, 0xFE8F, 4},
            {0x0629, 0xFE93, 2}, {0x062A, 0xFE95, 4}, {0x062B, 0xFE99, 4}, {0x062C, 0xFE9D, 4},
            {0x062D, 0xFEA1, 4}, {0x062E, 0xFEA5, 4}, {0x062F, 0xFEA9, 2}, {0x0630, 0xFEAB, 2},
            {0x0631, 0xFEAD, 2}, {0x0632, 0xFEAF, 2}, {0x0633, 0xFEB1, 4}, {0x0634, 0xFEB5, 4},
            {0x0635, 0xFEB9, 4}, {0x0636, 0xFEBD, 4}, {0x0637, 0xFEC1, 4}, {0x0638, 0xFEC5, 4},
            {0x0639, 0xFEC9, 4}, {0x063A, 0xFECD, 4}, {0x0641, 0xFED1, 4}, {0x0642, 0xFED5, 4},
            {0x0643, 0xFED9, 4}, {0x0644, 0xFEDD, 4}, {0x0645, 0xFEE1, 4}, {0x0646, 0xFEE5, 4},
            {0x0647, 0xFEE9, 4}, {0x0648, 0xFEED, 2}, {0x0649, 0xFEEF, 2}, {0x064A, 0xFEF1, 4},
            // Persian and Urdu letters, from Presentation Forms-A
            // (alef wasla, heh goal and yeh barree are missing: DejaVu Sans draws none of their forms)
            {0x0679, 0xFB66, 4}, {0x067E, 0xFB56, 4}, {0x0686, 0xFB7A, 4}, {0x0688, 0xFB88, 2},
            {0x0691, 0xFB8C, 2}, {0x0698, 0xFB8A, 2}, {0x06A9, 0xFB8E, 4}, {0x06AF, 0xFB92, 4},
            {0x06BA, 0xFB9E, 2}, {0x06BE, 0xFBAA, 4}, {0x06CC, 0xFBFC, 4},
    };

    // lam followed by one of these alefs: the ligature's isolated form (its final form follows it)
    private static final int[][] LAM_ALEF = {
            {0x0622, 0xFEF5}, {0x0623, 0xFEF7}, {0x0625, 0xFEF9}, {0x0627, 0xFEFB},
    };

    private static final char LAM = '\u0644';
    private static final char TATWEEL = '\u0640';
    private static final char ZWJ = '\u200D';

    private static final int ISOLATED = 0;
    private static final int FINAL = 1;
    private static final int INITIAL = 2;
    private static final int MEDIAL = 3;

    private ArabicShaper() {
    }

    /** Whether {@code text} holds a letter this shaper would change: most text is returned untouched at once. */
    static boolean needsShaping(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '\u0621' && c <= '\u06D2' && row(c) != null) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@code text} with each Arabic letter in its joined form and lam-alef as one ligature followed
     * by a zero-width joiner where the alef was; other characters unchanged. The length is kept, so
     * that every character still lines up with the fragment it came from.
     */
    static String shape(String text) {
        if (!needsShaping(text)) {
            return text;
        }
        var out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int[] row = row(c);
            if (row == null) {
                out.append(c);
                continue;
            }
            boolean joinsBefore = joinsOnItsLeft(before(text, i));
            int next = after(text, i);
            int ligature = c == LAM && next >= 0 ? lamAlef(text.charAt(next)) : -1;
            if (ligature >= 0) {
                // the ligature joins the letter before it only; the alef's marks stay after it, and the
                // alef's place is kept by a zero-width joiner, so that the text keeps its length
                out.append((char) (ligature + (joinsBefore ? FINAL : ISOLATED)));
                out.append(text, i + 1, next);
                out.append(ZWJ);
                i = next;
                continue;
            }
            boolean joinsAfter = row[2] == 4 && next >= 0 && joinsOnItsRight(text.charAt(next));
            int form = joinsBefore ? (joinsAfter ? MEDIAL : FINAL) : (joinsAfter ? INITIAL : ISOLATED);
            out.append((char) (row[1] + Math.min(form, row[2] - 1)));
        }
        return out.toString();
    }

    private static int[] row(char c) {
        for (int[] row : FORMS) {
            if (row[0] == c) {
                return row;
            }
        }
        return null;
    }

    private static int lamAlef(char c) {
        for (int[] pair : LAM_ALEF) {
            if (pair[0] == c) {
                return pair[1];
            }
        }
        return -1;
    }

    // the nearest character before i that is not a transparent mark, or -1
    private static int before(String text, int i) {
        for (int j = i - 1; j >= 0; j--) {
            if (!transparent(text.charAt(j))) {
                return text.charAt(j);
            }
        }
        return -1;
    }

    // the index of the nearest character after i that is not a transparent mark, or -1
    private static int after(String text, int i) {
        for (int j = i + 1; j < text.length(); j++) {
            if (!transparent(text.charAt(j))) {
                return j;
            }
        }
        return -1;
    }

    // Arabic's combining marks (harakat, small high letters) do not break a join
    private static boolean transparent(char c) {
        return Character.getType(c) == Character.NON_SPACING_MARK;
    }

    // whether c, written before a letter, reaches out to join it: dual-joining letters and the joiners
    private static boolean joinsOnItsLeft(int c) {
        if (c == TATWEEL || c == ZWJ) {
            return true;
        }
        if (c < 0) {
            return false;
        }
        int[] row = row((char) c);
        return row != null && row[2] == 4;
    }

    // whether c, written after a letter, accepts its join: every joining letter and the joiners
    private static boolean joinsOnItsRight(char c) {
        if (c == TATWEEL || c == ZWJ) {
            return true;
        }
        int[] row = row(c);
        return row != null && row[2] >= 2;
    }
}
