package galley.read.markdown;

import galley.read.TextFile;

import galley.diagnostic.Diagnostics;
import galley.testing.Slow;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

@Slow
class MarkdownGuardTest {

    @Test
    void aLongChapterWithoutEscapesIsLookedOverInOnePass() {
        // each line once searched the rest of the file for a backslash: 10^12 steps for this one
        var text = new TextFile("manuscript/long.md", "a paragraph of prose\n\n".repeat(1_000_000) + "one \\* at the end\n");
        var diagnostics = new Diagnostics();
        assertTrue(assertTimeoutPreemptively(Duration.ofSeconds(20), () -> MarkdownGuard.admits(text, diagnostics)));
        assertEquals(0, diagnostics.all().size());
    }

    @Test
    void escapesAreCountedPerBlockNotPerFile() {
        String block = "\\* ".repeat(15_000) + "\n";
        var diagnostics = new Diagnostics();
        assertTrue(MarkdownGuard.admits(new TextFile("a.md", block + "\n" + block), diagnostics));
        assertFalse(MarkdownGuard.admits(new TextFile("b.md", block + block), diagnostics));
        assertEquals("b.md:1: this paragraph or block has more than 20,000 backslash escapes; split it with blank lines",
                diagnostics.all().get(0).render());
    }
}
