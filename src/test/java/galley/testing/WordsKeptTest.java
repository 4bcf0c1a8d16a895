package galley.testing;

import galley.cli.Galley;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WordsKeptTest {

    @TempDir
    Path dir;

    @Test
    void markupThatNoReaderSeesIsNotCountedAsWords() {
        String visible = WordsKept.visible("""
                ---
                title: Hidden
                ---
                # Heading {#anchor .unnumbered}
                See [the guide](https://example.com/target-page "Title words") <!-- a comment
                over lines -->and <span class="marker">kept</span>.
                ```javascript
                const shown = 1;
                ```
                """, true);
        assertTrue(visible.contains("Heading") && visible.contains("guide") && visible.contains("kept")
                && visible.contains("shown"), visible);
        for (String hidden : List.of("Hidden", "anchor", "unnumbered", "target", "comment", "marker", "javascript", "Title words")) {
            assertTrue(!visible.contains(hidden), hidden + " should be hidden in: " + visible);
        }
        // blanked constructs keep their line breaks, so that later words keep their line numbers
        assertEquals(10, visible.split("\n", -1).length);
    }

    @Test
    void aWordThatNeitherEditionCarriesIsReportedWithItsPlace() {
        TestBook book = TestBook.with(dir, "title: Words\nlang: en\n")
                .file("manuscript/01-one.md", "# One\n\nA paragraph of ordinary words.\n\nThe closing sentence.\n");
        TestBook.Run run = book.build();
        assertEquals(0, run.status(), run.err());
        assertEquals(List.of(), WordsKept.lost(dir, run.epub(), run.pdf(), run.err()));

        book.file("manuscript/01-one.md", "# One\n\nA paragraph of ordinary words.\n\nThe closing sentence.\n\nAn unprinted afterword.\n");
        List<WordsKept.Lost> lost = WordsKept.lost(dir, run.epub(), run.pdf(), run.err());
        assertTrue(lost.contains(new WordsKept.Lost("unprinted", "manuscript/01-one.md", 7, "EPUB")), lost.toString());
        assertTrue(lost.contains(new WordsKept.Lost("afterword", "manuscript/01-one.md", 7, "PDF")), lost.toString());
    }

    @Test
    void aWordDroppedWithAWarningAtOrBeforeItsLineIsNotLost() {
        TestBook book = TestBook.with(dir, "title: Words\nlang: en\n")
                .file("manuscript/01-one.md", "# One\n\nFirst words.\n");
        TestBook.Run run = book.build();
        book.file("manuscript/01-one.md", "# One\n\nFirst words.\n\nVanished sentence.\n");
        String warned = "manuscript/01-one.md:4: warning: something dropped\n";
        assertEquals(List.of(), WordsKept.lost(dir, run.epub(), run.pdf(), warned));
        String warnedLater = "manuscript/01-one.md:9: warning: something else\n";
        assertEquals(4, WordsKept.lost(dir, run.epub(), run.pdf(), warnedLater).size());
    }

    @Test
    @Slow
    void theRepositorysOwnBookKeepsEveryWord() {
        Path repo = Path.of("").toAbsolutePath();
        Path out = dir.resolve("dist");
        var err = new ByteArrayOutputStream();
        int status;
        try (var e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            status = Galley.run(new String[]{"build", repo.toString(), "--quiet", "--no-site", "--output", out.toString()},
                    new PrintStream(new ByteArrayOutputStream()), e);
        }
        String printed = err.toString(StandardCharsets.UTF_8);
        assertEquals(0, status, printed);
        Path epub = out.resolve("belarus-protests.epub");
        Path pdf = out.resolve("belarus-protests.pdf");
        assertEquals(List.of(), WordsKept.lost(repo, epub, pdf, printed));
    }
}
