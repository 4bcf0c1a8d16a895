package galley.read.links;

import galley.read.Slug;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How a heading's text becomes its id when the author gives none: pandoc's {@code auto_identifiers}
 * or GitHub's ({@code gfm_auto_identifiers}), as pandoc's manual describes them, then made an XML
 * name the EPUB accepts.
 */
public enum AutoIdentifiers {
    /**
     * pandoc's: lower case; only letters, numbers, {@code _ - .} and white space kept; each run of
     * white space one hyphen; everything before the first letter dropped; {@code section} when
     * nothing is left.
     */
    PANDOC,
    /**
     * GitHub's: lower case; only letters, numbers, marks, connector punctuation, {@code -} and white
     * space kept; each white space character a hyphen; {@code section} when nothing is left.
     */
    GFM;

    private static final Pattern WHITE_SPACE = Pattern.compile("[\\s\\p{Zs}]+");

    /** The id as pandoc makes it, before it is made an XML name; what a manuscript written for pandoc links to. */
    public String wanted(String text) {
        // pandoc reads a run of white space in a heading as one space before it makes the id
        String lower = WHITE_SPACE.matcher(text.strip()).replaceAll(" ").toLowerCase(Locale.ROOT);
        var out = new StringBuilder(lower.length());
        boolean pendingHyphen = false;
        for (int i = 0; i < lower.length(); ) {
            int c = lower.codePointAt(i);
            i += Character.charCount(c);
            if (this == PANDOC && out.length() == 0 && !Character.isLetter(c)) {
                // pandoc drops everything up to the first letter (its dropWhile runs after the words are joined)
                continue;
            }
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                if (this == GFM) {
                    out.append('-');
                } else {
                    pendingHyphen = out.length() > 0;
                }
            } else if (keeps(c)) {
                if (pendingHyphen) {
                    out.append('-');
                    pendingHyphen = false;
                }
                out.appendCodePoint(c);
            }
        }
        return out.length() == 0 ? "section" : out.toString();
    }

    /** The id to allocate for {@code text}: {@link #wanted} with what an XML name cannot hold dropped, {@code _} before a digit or hyphen it would start with. */
    public String of(String text) {
        return Slug.xmlName(wanted(text));
    }

    private boolean keeps(int c) {
        if (Character.isLetterOrDigit(c) || isNumber(c) || c == '_' || c == '-') {
            return true;
        }
        if (this == PANDOC) {
            return c == '.';
        }
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK || type == Character.CONNECTOR_PUNCTUATION;
    }

    // Haskell's isAlphaNum takes every number (Nd, Nl, No), Java's isLetterOrDigit only Nd
    private static boolean isNumber(int c) {
        int type = Character.getType(c);
        return type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
    }
}
