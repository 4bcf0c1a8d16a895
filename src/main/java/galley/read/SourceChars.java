package galley.read;

import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.Escaping;

/**
 * The text of a Flexmark node as a {@code String}. Flexmark copies a text that spans lines of a
 * paragraph one character at a time, each through a per-sequence thread-local lookup: the largest
 * single cost of reading a book of long paragraphs. A node's characters come from the source; when
 * they run without a gap they are the same as that stretch of the source, taken in one copy.
 */
public final class SourceChars {

    private SourceChars() {
    }

    static String text(BasedSequence chars) {
        int start = chars.getStartOffset();
        int end = chars.getEndOffset();
        if (end - start == chars.length() && chars.getBase() instanceof String source && end <= source.length()) {
            return source.substring(start, end);
        }
        return chars.toString();
    }

    /**
     * Running text with its backslash escapes and entities replaced, and, as pandoc reads it, a
     * backslash before a space made a no-break space ({@code x^a\ b^}, {@code Mr.\ Smith}).
     */
    public static String prose(BasedSequence chars) {
        String text = text(chars);
        if (!text.contains("\\ ")) {
            return text.indexOf('\\') < 0 && text.indexOf('&') < 0 ? text : Escaping.unescapeString(text);
        }
        var out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length()) {
                char next = text.charAt(++i);
                if (next == ' ') {
                    out.append('\u00A0');
                } else {
                    out.append(c).append(next);
                }
            } else {
                out.append(c);
            }
        }
        return Escaping.unescapeString(out.toString());
    }

    /** The text with its backslash escapes and entities replaced, as Flexmark's {@code unescape()}. */
    public static String unescaped(BasedSequence chars) {
        String text = text(chars);
        // Flexmark would run a regular expression over the text to find out as much
        return text.indexOf('\\') < 0 && text.indexOf('&') < 0 ? text : Escaping.unescapeString(text);
    }
}
