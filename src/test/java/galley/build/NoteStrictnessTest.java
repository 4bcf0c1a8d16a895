package galley.build;

import galley.diagnostic.Diagnostics;
import galley.diagnostic.Problem;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A note says what Galley made of the folder: it never fails a build, not even a strict one. */
class NoteStrictnessTest {

    @Test
    void aNoteNeverFailsAStrictBuildAndStaysANote() {
        var diagnostics = new Diagnostics();
        Problem.LAYOUT_READ.report(diagnostics, "book.toml", 1, "reading an mdBook layout");
        assertFalse(new Strictness(true).failed(diagnostics));
        assertEquals("book.toml:1: note: reading an mdBook layout",
                new Strictness(true).problems(diagnostics).get(0).render());
        Problem.CHAPTER_EMPTY.report(diagnostics, "src/a.md", 1, "chapter file is empty and is left out");
        assertTrue(new Strictness(true).failed(diagnostics));
        assertFalse(new Strictness(false).failed(diagnostics));
    }
}
