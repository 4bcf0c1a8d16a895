package galley.diagnostic;

/**
 * One problem found in a manuscript, at a file relative to the book folder and a 1-based line.
 *
 * @param code a stable, greppable identifier such as {@code image-missing}, one of {@link Problem}'s, documented in docs/diagnostics.md
 */
public record Diagnostic(Severity severity, String code, String path, int line, String message) {

    /** The line an author sees: {@code path:line: message}, warnings marked as such. */
    public String render() {
        String where = escaped(path) + ":" + line + ": ";
        return switch (severity) {
            case WARNING -> where + "warning: " + message;
            case NOTE -> where + "note: " + message;
            case ERROR -> where + message;
        };
    }

    // a file name may hold any character but / and NUL: printed raw, a newline in it could forge a
    // diagnostic line of its own and an escape sequence could rewrite the terminal
    static String escaped(String text) {
        var out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            switch (c) {
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x7f) {
                        out.append(String.format("\\x%02x", c));
                    } else if ((c >= 0x80 && c < 0xa0) || c == 0x2028 || c == 0x2029) {
                        out.append(String.format("\\u%04x", c));
                    } else {
                        out.appendCodePoint(c);
                    }
                }
            }
        });
        return out.toString();
    }
}
