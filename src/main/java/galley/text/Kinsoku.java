package galley.text;

/**
 * The characters JLReq forbids at the start of a line that the JDK's line break iterator still
 * lets one begin with: the doubled exclamation and question marks, the small kana outside the
 * basic blocks (ゕ ゖ and the small katakana for Ainu), the iteration mark 〻 and the katakana
 * middle dot ・. The rest of JLReq's lists (closing brackets, 、。, small kana, ー, 々, ！？, and
 * the opening brackets that may not end a line) the iterator already keeps.
 */
final class Kinsoku {

    private Kinsoku() {
    }

    /** Whether a line may not start with {@code codePoint}. */
    static boolean notAtLineStart(int codePoint) {
        return switch (codePoint) {
            case 0x203C, 0x2047, 0x2048, 0x2049, 0x3095, 0x3096, 0x303B, 0x30FB -> true;
            default -> codePoint >= 0x31F0 && codePoint <= 0x31FF;
        };
    }

    /**
     * Whether a break between {@code text[at - 1]} and {@code text[at]} would part a number from the unit
     * or counter it is written with (1975年, 12月, 3人, 5％, 10㎏, 3ヶ月): JLReq keeps such a unit whole, as
     * the JDK's break iterator, which breaks before any ideograph, does not.
     */
    static boolean insideNumberWithUnit(CharSequence text, int at) {
        if (at < 1 || at >= text.length() || !Character.isDigit(text.charAt(at - 1))) {
            return false;
        }
        int unit = Character.codePointAt(text, at);
        return Character.isIdeographic(unit) || "%％‰℃°ヶヵケカつ".indexOf(unit) >= 0
                || unit >= 0x3300 && unit <= 0x33FF;
    }

    /**
     * Whether a break before {@code text[at]} would leave a single character (with the punctuation
     * after it) alone on a Chinese or Japanese paragraph's last line, which reads as a stray: the
     * line before gives it a companion instead, as JLReq's and CLReq's "no single character on the
     * last line" asks.
     */
    static boolean leavesOneCharacter(CharSequence text, int at) {
        int length = text.length();
        // only the last few characters can be such a last line
        if (at <= 0 || at >= length || length - at > 8) {
            return false;
        }
        int characters = 0;
        for (int i = at; i < length; ) {
            int c = Character.codePointAt(text, i);
            if (Character.isLetterOrDigit(c)) {
                Character.UnicodeScript script = Character.UnicodeScript.of(c);
                if (!Character.isIdeographic(c) && script != Character.UnicodeScript.HIRAGANA
                        && script != Character.UnicodeScript.KATAKANA) {
                    return false;
                }
                characters++;
            }
            i += Character.charCount(c);
        }
        return characters == 1;
    }
}
