package galley.pdf.layout;

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
}
