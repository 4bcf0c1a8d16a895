package galley.read;

import java.text.Normalizer;
import java.util.Locale;

/** Turns titles and headings into anchors and file names: ids that are valid XML names, ASCII names for files. */
public final class Slug {

    private Slug() {
    }

    /**
     * An anchor made from heading text: lower-case, letters and digits of any script kept, spaces
     * made hyphens, starting with a letter; "section" when nothing is left.
     */
    public static String anchor(String text) {
        String lower = Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        var out = new StringBuilder();
        boolean pendingHyphen = false;
        for (int i = 0; i < lower.length(); ) {
            int c = lower.codePointAt(i);
            i += Character.charCount(c);
            if (out.length() == 0) {
                if (isNameStart(c) && Character.isLetter(c)) {
                    out.appendCodePoint(c);
                }
            } else if (Character.isWhitespace(c) || c == '-') {
                pendingHyphen = true;
            } else if (keepsInAnchor(c)) {
                if (pendingHyphen) {
                    out.append('-');
                    pendingHyphen = false;
                }
                out.appendCodePoint(c);
            }
        }
        return out.length() == 0 ? "section" : out.toString();
    }

    /**
     * {@code id} made an XML name without a colon: the characters no name may hold dropped, and
     * {@code _} put before a first character a name may not start with ({@code 1-intro} gives
     * {@code _1-intro}); {@code section} when nothing is left.
     */
    public static String xmlName(String id) {
        if (isValidId(id)) {
            return id;
        }
        var out = new StringBuilder(id.length() + 1);
        id.codePoints().filter(c -> isNameStart(c) || isNameChar(c)).forEach(out::appendCodePoint);
        if (out.length() == 0) {
            return "section";
        }
        return isNameStart(out.codePointAt(0)) ? out.toString() : "_" + out;
    }

    /** Whether {@code id} can be used as written: a non-empty XML name without a colon. */
    public static boolean isValidId(String id) {
        if (id.isEmpty() || !isNameStart(id.codePointAt(0))) {
            return false;
        }
        return id.codePoints().allMatch(c -> isNameStart(c) || isNameChar(c));
    }

    /**
     * A short ASCII name for files: lower-case letters and digits joined by hyphens, at most
     * {@code max} characters, Latin accents stripped and Cyrillic and Greek transliterated (see
     * {@link Transliteration}); {@code fallback} when nothing is left, as of a Chinese title.
     */
    public static String ascii(String text, int max, String fallback) {
        String[] words = Transliteration.ascii(text).split("[^a-z0-9]+");
        var out = new StringBuilder();
        for (String word : words) {
            if (word.isEmpty()) {
                continue;
            }
            int extra = out.length() == 0 ? word.length() : word.length() + 1;
            if (out.length() + extra > max) {
                if (out.length() == 0) {
                    out.append(word, 0, max);
                }
                break;
            }
            if (out.length() > 0) {
                out.append('-');
            }
            out.append(word);
        }
        return out.length() == 0 ? fallback : out.toString();
    }

    private static boolean keepsInAnchor(int c) {
        boolean wanted = Character.isLetterOrDigit(c) || c == '_' || c == '.'
                || Character.getType(c) == Character.NON_SPACING_MARK
                || Character.getType(c) == Character.COMBINING_SPACING_MARK;
        return wanted && (isNameStart(c) || isNameChar(c));
    }

    // The NameStartChar production of XML 1.0 (fifth edition), less the colon.
    private static boolean isNameStart(int c) {
        return (c >= 'A' && c <= 'Z') || c == '_' || (c >= 'a' && c <= 'z')
                || (c >= 0xC0 && c <= 0xD6) || (c >= 0xD8 && c <= 0xF6) || (c >= 0xF8 && c <= 0x2FF)
                || (c >= 0x370 && c <= 0x37D) || (c >= 0x37F && c <= 0x1FFF) || (c >= 0x200C && c <= 0x200D)
                || (c >= 0x2070 && c <= 0x218F) || (c >= 0x2C00 && c <= 0x2FEF) || (c >= 0x3001 && c <= 0xD7FF)
                || (c >= 0xF900 && c <= 0xFDCF) || (c >= 0xFDF0 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0xEFFFF);
    }

    private static boolean isNameChar(int c) {
        return c == '-' || c == '.' || (c >= '0' && c <= '9') || c == 0xB7
                || (c >= 0x300 && c <= 0x36F) || (c >= 0x203F && c <= 0x2040);
    }
}
