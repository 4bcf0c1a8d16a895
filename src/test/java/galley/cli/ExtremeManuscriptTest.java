package galley.cli;

import galley.testing.ForkedGalley;
import galley.testing.Slow;
import galley.testing.TestBook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Extreme manuscripts through the whole build (loader, layout, both writers) in a JVM of their
 * own with a 1 GB heap: each builds or is refused with a clear message within 30 seconds on two
 * cores, never with a StackOverflowError or an OutOfMemoryError.
 */
@Slow
class ExtremeManuscriptTest {

    private static final int SECONDS = 30;

    @TempDir
    Path dir;

    private ForkedGalley.Result build(String markdown) throws IOException, InterruptedException {
        Path book = TestBook.with(dir.resolve("book"), "title: Extreme\nname: extreme\n").file("manuscript/ch.md", markdown).dir;
        ForkedGalley.Result result = ForkedGalley.run("1g", 300, dir.resolve("logs"), "build", book.toString(), "--quiet", "--no-site");
        System.out.printf("%s: exit %d in %.1f s, %d ms CPU, heap peak %d MB%n", Thread.currentThread().getStackTrace()[2]
                .getMethodName(), result.status(), result.seconds(), result.cpuMillis(), result.heapPeakMb());
        assertFalse(result.err().contains("internal error"), result.err());
        assertFalse(result.err().contains("Exception") || result.err().contains("Error:"), result.err());
        assertTrue(result.seconds() <= ForkedGalley.budget(SECONDS), "took " + result.seconds() + " s");
        assertTrue(result.heapPeakMb() >= 0 && result.heapPeakMb() <= 1024, "heap " + result.heapPeakMb());
        return result;
    }

    private void built(ForkedGalley.Result result) throws IOException {
        assertEquals(0, result.status(), result.err());
        assertTrue(Files.size(dir.resolve("book/dist/extreme.pdf")) > 1000);
        assertTrue(Files.size(dir.resolve("book/dist/extreme.epub")) > 1000);
    }

    private void refused(ForkedGalley.Result result, String message) {
        assertEquals(1, result.status(), result.err());
        assertEquals(message, result.err().strip());
        assertFalse(Files.exists(dir.resolve("book/dist/extreme.pdf")));
    }

    @Test
    void tenThousandNestedBlockQuotes() throws Exception {
        refused(build("# C\n\n" + "> ".repeat(10_000) + "deep\n"),
                "manuscript/ch.md:3: block quotes or lists are nested more than 200 deep");
    }

    @Test
    void tenThousandNestedLists() throws Exception {
        var text = new StringBuilder("# C\n\n");
        for (int i = 0; i < 10_000; i++) {
            text.append("  ".repeat(Math.min(i, 300))).append("- item\n");
        }
        refused(build(text.toString()), "manuscript/ch.md:203: block quotes or lists are nested more than 200 deep");
    }

    @Test
    void aTenMegabyteParagraph() throws Exception {
        refused(build("# C\n\n" + "word \"quoted\" -- ".repeat(600_000) + "\n"),
                "manuscript/ch.md:3: this paragraph or block is longer than 2,000,000 characters; split it with blank lines");
    }

    @Test
    void aTableOfFiveThousandRows() throws Exception {
        var text = new StringBuilder("# C\n\n| n | square | words |\n|--:|--:|---|\n");
        for (int i = 1; i <= 5_000; i++) {
            text.append("| ").append(i).append(" | ").append((long) i * i).append(" | row ").append(i).append(" of the table |\n");
        }
        built(build(text.toString()));
    }

    @Test
    void aLineOfAMillionCharacters() throws Exception {
        built(build("# C\n\n" + "abcdefghi ".repeat(100_000) + "\n"));
    }

    @Test
    void aWordOfAMillionCharacters() throws Exception {
        built(build("# C\n\n" + "x".repeat(1_000_000) + "\n"));
    }

    @Test
    void tenThousandFootnotes() throws Exception {
        var text = new StringBuilder("# C\n\n");
        for (int i = 1; i <= 10_000; i++) {
            text.append("Claim ").append(i).append("[^n").append(i).append("].\n\n");
        }
        for (int i = 1; i <= 10_000; i++) {
            text.append("[^n").append(i).append("]: Source ").append(i).append(".\n");
        }
        built(build(text.toString()));
    }

    /** Regression: fitting the running head dropped a word at a time, quadratic in the heading's length. */
    @Test
    void aHeadingOfAMillionCharacters() throws Exception {
        built(build("# " + "Heading ".repeat(125_000) + "\n\nText.\n"));
    }

    /** Regression: Flexmark copied the whole paragraph at every link, code span and entity. */
    @Test
    void twentyThousandLinksInOneParagraph() throws Exception {
        built(build("# C\n\n" + "[word](https://example.com/x) `code` &amp; ".repeat(20_000) + "\n"));
    }

    /** Regression: the PDF decoded a 100-megapixel PNG at 7 bytes a pixel and ran out of a 1 GB heap. */
    @Test
    void aHundredMegapixelPicture() throws Exception {
        Files.createDirectories(dir.resolve("book/manuscript"));
        Files.write(dir.resolve("book/manuscript/huge.png"), HostileImages.largePng(10_000, 10_000));
        built(build("# C\n\n![Diagonal stripes](huge.png \"A picture of 100 megapixels\")\n"));
    }
}
