package galley.diagnostic;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** How a diagnostic is printed: a path cannot break its line or reach the terminal raw (issue 23). */
class DiagnosticTest {

    @Test
    void controlCharactersInThePathAreEscaped() {
        var d = new Diagnostic(Severity.ERROR, "x", "manuscript/a\u001b[2Jb\r\n\tc\u0007\u007f\u0085\u2028.md", 3, "message");
        assertEquals("manuscript/a\\x1b[2Jb\\r\\n\\tc\\x07\\x7f\\u0085\\u2028.md:3: message", d.render());
    }

    @Test
    void anOrdinaryPathIsPrintedAsItIs() {
        var d = new Diagnostic(Severity.WARNING, "x", "manuscript/Глава 1 – 第一章 \\ é.md", 7, "message");
        assertEquals("manuscript/Глава 1 – 第一章 \\ é.md:7: warning: message", d.render());
    }
}
