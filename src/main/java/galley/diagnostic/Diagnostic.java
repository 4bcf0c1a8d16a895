package galley.diagnostic;

/**
 * One problem found in a manuscript, at a file relative to the book folder and a 1-based line.
 *
 * @param code a stable, greppable identifier such as {@code image-missing}, one of {@link Problem}'s, documented in docs/diagnostics.md
 */
public record Diagnostic(Severity severity, String code, String path, int line, String message) {

    /** The line an author sees: {@code path:line: message}, warnings marked as such. */
    public String render() {
        String where = path + ":" + line + ": ";
        return severity == Severity.WARNING ? where + "warning: " + message : where + message;
    }
}
