package galley.font;

/**
 * Which characters take a full em in Chinese, Japanese and Korean text: the ideographs, kana,
 * hangul and the like, which sit on the em grid of CJK type; and, in Chinese and Japanese, the
 * punctuation they share with Latin text, which CJK fonts draw a full em wide.
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

    /**
     * Where the glyph of shared punctuation sits in its full em, given the {@code room} its own
     * advance leaves: the room before it, or -1 when {@code codePoint} is not such punctuation.
     * Opening quotes stand at the end of their em, against the text they open; closing quotes at
     * its start; the rest in its middle, as CJK fonts draw them. These are the marks xeCJK sets
     * as CJK punctuation by default; an apostrophe within a Latin word is U+2019 too, and is set
     * as a closing quote.
     */
    static int before(int codePoint, int room) {
        return switch (codePoint) {
            case 0x2018, 0x201C -> room;
            case 0x2019, 0x201D -> 0;
            case 0x00B7, 0x2014, 0x2015, 0x2025, 0x2026 -> room / 2;
            default -> -1;
        };
    }
}
