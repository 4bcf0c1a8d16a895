package galley.read.markdown;

import galley.read.AttributeList;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Optional;

/**
 * Reads pandoc's attribute braces, {@code {#id .class key=value key="quoted value" -}}, by pandoc's
 * rules: an id or class is a letter followed by letters, digits and {@code - _ : .}; a key is a
 * name of the same kind; a value is quoted or runs to the next space or brace; {@code -} stands
 * for the class {@code unnumbered}; the last id given wins. Anything else makes the braces text.
 */
public final class AttributeSyntax {

    /** Attributes read from the braces that open at some index, and the index just past them. */
    public record Read(AttributeList attributes, int end) {
    }

    private AttributeSyntax() {
    }

    /** The attributes in the braces opening at {@code from} in {@code text}, if they are attributes. */
    public static Optional<Read> read(CharSequence text, int from) {
        if (from >= text.length() || text.charAt(from) != '{') {
            return Optional.empty();
        }
        String id = "";
        var classes = new ArrayList<String>();
        var pairs = new LinkedHashMap<String, String>();
        int at = skipSpace(text, from + 1);
        while (at < text.length() && text.charAt(at) != '}') {
            char c = text.charAt(at);
            int end;
            if (c == '#' || c == '.') {
                end = identifierEnd(text, at + 1);
                if (end < 0) {
                    return Optional.empty();
                }
                String name = text.subSequence(at + 1, end).toString();
                if (c == '#') {
                    id = name;
                } else {
                    classes.add(name);
                }
            } else if (c == '-' && (at + 1 >= text.length() || isSeparator(text.charAt(at + 1)))) {
                classes.add("unnumbered");
                end = at + 1;
            } else {
                int keyEnd = identifierEnd(text, at);
                if (keyEnd < 0 || keyEnd >= text.length() || text.charAt(keyEnd) != '=') {
                    return Optional.empty();
                }
                var value = new StringBuilder();
                end = value(text, keyEnd + 1, value);
                if (end < 0) {
                    return Optional.empty();
                }
                pairs.put(text.subSequence(at, keyEnd).toString(), value.toString());
            }
            if (end < text.length() && !isSeparator(text.charAt(end))) {
                return Optional.empty();
            }
            at = skipSpace(text, end);
        }
        if (at >= text.length()) {
            return Optional.empty();
        }
        return Optional.of(new Read(new AttributeList(id, classes, pairs), at + 1));
    }

    // a quoted value keeps what a backslash escapes; an unquoted one ends at a space or the closing brace
    private static int value(CharSequence text, int at, StringBuilder value) {
        if (at < text.length() && (text.charAt(at) == '"' || text.charAt(at) == '\'')) {
            char quote = text.charAt(at);
            for (int i = at + 1; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == quote) {
                    return i + 1;
                }
                if (c == '\\' && i + 1 < text.length() && (text.charAt(i + 1) == quote || text.charAt(i + 1) == '\\')) {
                    c = text.charAt(++i);
                }
                value.append(c);
            }
            return -1;
        }
        int i = at;
        while (i < text.length() && !isSeparator(text.charAt(i))) {
            value.append(text.charAt(i++));
        }
        return i;
    }

    // a letter, then letters, digits and - _ : . (pandoc's identifier); -1 when there is none
    private static int identifierEnd(CharSequence text, int at) {
        if (at >= text.length() || !Character.isLetter(Character.codePointAt(text, at))) {
            return -1;
        }
        int i = at;
        while (i < text.length()) {
            int c = Character.codePointAt(text, i);
            if (!Character.isLetterOrDigit(c) && c != '-' && c != '_' && c != ':' && c != '.') {
                break;
            }
            i += Character.charCount(c);
        }
        return i;
    }

    private static boolean isSeparator(char c) {
        return c == '}' || isSpace(c);
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r';
    }

    private static int skipSpace(CharSequence text, int at) {
        while (at < text.length() && isSpace(text.charAt(at))) {
            at++;
        }
        return at;
    }
}
