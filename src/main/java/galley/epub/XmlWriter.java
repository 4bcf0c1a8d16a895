package galley.epub;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * A small streaming XML serializer that escapes every piece of text and every attribute value, so
 * that no manuscript text can break the markup of a generated document.
 */
final class XmlWriter {

    private final StringBuilder out = new StringBuilder(4096);
    private final Deque<String> open = new ArrayDeque<>();

    /** Writes the XML declaration; call once, first. */
    XmlWriter declaration() {
        out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        return this;
    }

    /** Writes markup that is fixed in Galley's code (a DOCTYPE), never manuscript text. */
    XmlWriter markup(String fixed) {
        out.append(fixed);
        return this;
    }

    /**
     * Opens an element. {@code attributes} alternate names and values; a pair whose value is null
     * is left out, so optional attributes need no branches at the call site.
     */
    XmlWriter start(String name, String... attributes) {
        openTag(name, attributes);
        out.append('>');
        open.push(name);
        return this;
    }

    /** Writes an element without content, such as {@code <br/>}. */
    XmlWriter empty(String name, String... attributes) {
        openTag(name, attributes);
        out.append("/>");
        return this;
    }

    /** Writes an element holding only {@code text}. */
    XmlWriter element(String name, String text, String... attributes) {
        return start(name, attributes).text(text).end();
    }

    /** Closes the element opened last. */
    XmlWriter end() {
        out.append("</").append(open.pop()).append('>');
        return this;
    }

    /** Writes escaped character data. */
    XmlWriter text(String text) {
        appendEscaped(text, false);
        return this;
    }

    /** Starts a new line, only to keep the output readable; never inside running text. */
    XmlWriter newline() {
        out.append('\n');
        return this;
    }

    /** The document written so far; every element must be closed. */
    String finish() {
        if (!open.isEmpty()) {
            throw new IllegalStateException("unclosed elements: " + open);
        }
        return out.toString();
    }

    private void openTag(String name, String[] attributes) {
        if (attributes.length % 2 != 0) {
            throw new IllegalArgumentException("attributes come in name/value pairs: " + name);
        }
        out.append('<').append(name);
        for (int i = 0; i < attributes.length; i += 2) {
            if (attributes[i + 1] != null) {
                out.append(' ').append(attributes[i]).append("=\"");
                appendEscaped(attributes[i + 1], true);
                out.append('"');
            }
        }
    }

    private void appendEscaped(String text, boolean attribute) {
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append(attribute ? "&quot;" : "\"");
                case '\t', '\n', '\r' -> {
                    // in an attribute a raw line break would be normalised to a space by the parser
                    if (attribute) {
                        out.append("&#").append(c).append(';');
                    } else {
                        out.append(c == '\r' ? "&#13;" : Character.toString(c));
                    }
                }
                default -> {
                    if (isXmlChar(c)) {
                        out.appendCodePoint(c);
                    } else {
                        // XML 1.0 cannot carry this character at all; the replacement keeps its place visible
                        out.append('\uFFFD');
                    }
                }
            }
        }
    }

    private static boolean isXmlChar(int c) {
        return (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
    }
}
