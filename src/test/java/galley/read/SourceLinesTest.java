package galley.read;

import galley.diagnostic.Diagnostic;
import galley.diagnostic.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SourceLinesTest {

    @TempDir
    Path dir;

    private static Diagnostic glyph(int line, String character) {
        return new Diagnostic(Severity.WARNING, "glyph-missing", "manuscript/a.md", line,
                String.format("U+%04X %s has no glyph in the PDF fonts", character.codePointAt(0),
                        Character.getName(character.codePointAt(0))));
    }

    @Test
    void aCharacterFurtherDownItsParagraphIsReportedAtItsOwnLine() throws IOException {
        Files.createDirectories(dir.resolve("manuscript"));
        Files.writeString(dir.resolve("manuscript/a.md"), "# Title\r\n\r\nFirst line of a paragraph\r\nsecond line\r\n"
                + "third with \uD800\uDC00 in it\r\n\r\nLater \uD80C\uDC00 here.\n\nEntity &#x13000; and\nmore\n\n\uD80C\uDC00\n");
        var other = new Diagnostic(Severity.WARNING, "html-as-text", "manuscript/a.md", 3, "raw HTML <kbd> is rendered as text");
        List<Diagnostic> pinned = SourceLines.pinpoint(dir, List.of(glyph(3, "\uD800\uDC00"), glyph(9, "\uD80C\uDC00"), other));
        assertEquals(5, pinned.get(0).line(), "on the third line of its paragraph");
        assertEquals(9, pinned.get(1).line(), "written as an entity: the block's line stays; the next block is not searched");
        assertEquals(other, pinned.get(2));
    }

    @Test
    void aFileThatCannotBeReadLeavesTheLineAsItWas() {
        Diagnostic missing = glyph(4, "\uD800\uDC00");
        assertEquals(List.of(missing), SourceLines.pinpoint(dir, List.of(missing)));
    }
}
