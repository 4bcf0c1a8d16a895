package galley.text;

/**
 * Where a line may break inside a run of text. Prose breaks where its language allows and is
 * hyphenated; inline code and web addresses are never hyphenated, since a hyphen would read as
 * part of them, and break only after punctuation that already separates their parts, as LaTeX's
 * url package does, with nothing added at the break. A name written as prose, not as code
 * ({@code connection_timeout_ms}, {@code maxPoolSize}, {@code org.example.pool}), breaks as code does,
 * but only as a last resort.
 */
public enum BreakRule {
    PROSE,
    /** Inline code: after {@code . / _ - , (} and {@code ::}, and between a lower-case letter and a capital. */
    CODE,
    /** A web or mail address: after {@code / . ? & = - _ #}. */
    ADDRESS,
    /**
     * A name in prose (see {@link #isIdentifier}): where code breaks, but each break costs more than a hyphen,
     * so that it is taken only where the line would otherwise run past its measure or gape.
     */
    IDENTIFIER;

    /** The cost of a break after punctuation inside a token, as TeX's \\exhyphenpenalty. */
    private static final float AFTER_PUNCTUATION = 50f;
    /** Between the words of a camel-case name: allowed, but the punctuation is a better place. */
    private static final float INSIDE_CAMEL_CASE = 100f;
    /**
     * The cost of a break inside a name set as prose: above a line of spaces stretched to three times their
     * width, the worst a ragged line can be, so that ordinary text never chooses it over a break at a space.
     */
    static final float LAST_RESORT = 3000f;

    /** A camel-case name with one capital inside is a name, not a brand, from this length on. */
    private static final int LONG_NAME = 12;

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
        if (this == IDENTIFIER) {
            return Float.isNaN(CODE.breakCost(text, at)) ? Float.NaN : LAST_RESORT;
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
    public static boolean isAddress(String text, String uri) {
        if (text.isEmpty() || text.chars().anyMatch(Character::isWhitespace)) {
            return false;
        }
        return text.contains("://") || text.startsWith("www.") || uri.equals("mailto:" + text);
    }

    /**
     * Whether the run of text {@code text[from, to)} (no spaces in it), once the punctuation around it is
     * left aside, is a name rather than a word: letters and digits joined by {@code _ . / -} only, and either
     * a {@code _} inside, or camel case (two capitals inside, or one in a name of twelve characters or more),
     * or runs of two characters at least joined twice, one of the joins a {@code .} or {@code /}
     * ({@code org.example.pool}, {@code src/main}). Words joined by hyphens alone ({@code state-of-the-art})
     * and abbreviations ({@code e.g.}, {@code U.S.A.}) are words, and break as before.
     */
    static boolean isIdentifier(CharSequence text, int from, int to) {
        while (from < to && !Character.isLetterOrDigit(text.charAt(from))) {
            from++;
        }
        while (to > from && !Character.isLetterOrDigit(text.charAt(to - 1))) {
            to--;
        }
        boolean letter = false;
        boolean underscore = false;
        boolean dotOrSlash = false;
        int humps = 0;
        int joins = 0;
        int run = 0;
        int shortestRun = Integer.MAX_VALUE;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c >= '\u2E80') {
                return false; // Chinese, Japanese, Korean: their own rules break them
            }
            if (Character.isLetterOrDigit(c)) {
                letter |= Character.isLetter(c);
                humps += i > from && Character.isLowerCase(text.charAt(i - 1)) && Character.isUpperCase(c) ? 1 : 0;
                run++;
                continue;
            }
            if ("_./-".indexOf(c) < 0) {
                return false;
            }
            underscore |= c == '_';
            dotOrSlash |= c == '.' || c == '/';
            joins++;
            shortestRun = Math.min(shortestRun, run);
            run = 0;
        }
        shortestRun = Math.min(shortestRun, run);
        if (!letter) {
            return false;
        }
        return underscore || humps >= 2 || humps == 1 && to - from >= LONG_NAME
                || dotOrSlash && joins >= 2 && shortestRun >= 2;
    }
}
