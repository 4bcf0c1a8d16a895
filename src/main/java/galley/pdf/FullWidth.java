package galley.pdf;

/**
 * Which characters take a full em in Chinese, Japanese and Korean text: the ideographs, kana,
 * hangul and the like, which sit on the em grid of CJK type.
 */
final class FullWidth {

    /** The width of a full-width character, in thousandths of an em. */
    static final int EM = 1000;

    private FullWidth() {
    }

    /** Whether {@code codePoint} is a letter of a script whose characters are each a full em wide. */
    static boolean letter(int codePoint) {
        if (Character.isIdeographic(codePoint)) {
            return true;
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
        return script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA
                || script == Character.UnicodeScript.HANGUL
                || script == Character.UnicodeScript.BOPOMOFO
                || script == Character.UnicodeScript.YI;
    }
}
