package galley.pdf.layout;

/**
 * Where a line may break inside a run of text. Prose breaks where its language allows and is
 * hyphenated; inline code and web addresses are never hyphenated, since a hyphen would read as
 * part of them, and break only after punctuation that already separates their parts, as LaTeX's
 * url package does, with nothing added at the break.
 */
enum BreakRule {
    PROSE,
    /** Inline code: after {@code . / _ - , (} and {@code ::}, and between a lower-case letter and a capital. */
    CODE,
    /** A web or mail address: after {@code / . ? & = - _ #}. */
    ADDRESS;

    /** The cost of a break after punctuation inside a token, as TeX's \\exhyphenpenalty. */
    private static final float AFTER_PUNCTUATION = 50f;
    /** Between the words of a camel-case name: allowed, but the punctuation is a better place. */
    private static final float INSIDE_CAMEL_CASE = 100f;

    /**
     * The cost of a line break between {@code text[at - 1]} and {@code text[at]}, both inside one
     * code or address token; NaN where no break is allowed. Both sides of a break must be a letter
     * or digit next to the punctuation, so that runs such as {@code //}, {@code ->} or
     * {@code __init__} stay whole.
     */
    float breakCost(CharSequence text, int at) {
        if (this == PROSE || at < 2 || at >= text.length()) {
            return Float.NaN;
        }
        char before = text.charAt(at - 1);
        char after = text.charAt(at);
        if (!Character.isLetterOrDigit(after)) {
            return Float.NaN;
        }
        if (this == ADDRESS) {
            return "/.?&=-_#".indexOf(before) >= 0 && before != text.charAt(at - 2) ? AFTER_PUNCTUATION : Float.NaN;
        }
        if (".,/_-(".indexOf(before) >= 0) {
            return Character.isLetterOrDigit(text.charAt(at - 2)) ? AFTER_PUNCTUATION : Float.NaN;
        }
        if (before == ':') {
            return text.charAt(at - 2) == ':' && at >= 3 && Character.isLetterOrDigit(text.charAt(at - 3))
                    ? AFTER_PUNCTUATION : Float.NaN;
        }
        return Character.isLowerCase(before) && Character.isUpperCase(after) ? INSIDE_CAMEL_CASE : Float.NaN;
    }

    /** Whether link text is an address written out, which breaks as one rather than as words. */
    static boolean isAddress(String text, String uri) {
        if (text.isEmpty() || text.chars().anyMatch(Character::isWhitespace)) {
            return false;
        }
        return text.contains("://") || text.startsWith("www.") || uri.equals("mailto:" + text);
    }
}
