package galley.cli;

import galley.testing.ForkedGalley;
import galley.testing.Slow;
import galley.testing.TestBook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A build killed with SIGKILL while it writes its editions leaves the previous editions in dist/
 * byte for byte as they were, and the next build removes what the dead one left behind.
 */
@Slow
class InterruptedBuildTest {

    @TempDir
    Path dir;

    /** A chapter long enough that writing the editions takes a while. */
    static String longChapter(int paragraphs) {
        var text = new StringBuilder("# A Long Chapter\n\n");
        for (int p = 0; p < paragraphs; p++) {
            if (p % 40 == 0) {
                text.append("## Section ").append(p / 40 + 1).append("\n\n");
            }
            text.append("Paragraph ").append(p).append(" tells of typesetting, of kerning and of leading, ")
                    .append("with enough words in it to fill a few lines of the printed page.[^n").append(p).append("]\n\n");
        }
        for (int p = 0; p < paragraphs; p++) {
            text.append("[^n").append(p).append("]: Note ").append(p).append(".\n");
        }
        return text.toString();
    }

    private static boolean hasTemporaryFile(Path dist) throws IOException {
        try (Stream<Path> files = Files.list(dist)) {
            return files.anyMatch(f -> f.getFileName().toString().endsWith(".galley-tmp"));
        }
    }

    @Test
    void killedMidWriteLeavesThePreviousEditionsAndTheNextRunCleansUp() throws Exception {
        Path book = TestBook.withFigure(dir.resolve("book")).dir;
        assertEquals(0, TestBook.galley("build", book.toString(), "--quiet", "--no-site").status());
        Path dist = book.resolve("dist");
        DistSnapshot before = DistSnapshot.of(dist);
        Files.writeString(book.resolve("manuscript/02-long.md"), longChapter(3_000), StandardCharsets.UTF_8);

        Process child = ForkedGalley.start("1g", Galley.class, dir.resolve("logs"), "build", book.toString(), "--no-site");
        long deadline = System.nanoTime() + 240_000_000_000L;
        while (!hasTemporaryFile(dist) && child.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertTrue(child.isAlive(), "the build ended before it was killed: "
                + Files.readString(dir.resolve("logs/err.txt")));
        child.destroyForcibly();  // SIGKILL: no shutdown hook, no finally block runs
        child.waitFor();
        assertTrue(hasTemporaryFile(dist), "the dead build's temporary file is still there");
        DistSnapshot afterKill = DistSnapshot.of(dist);
        for (var entry : before.files().entrySet()) {
            assertTrue(java.util.Arrays.equals(entry.getValue(), afterKill.files().get(entry.getKey())), entry.getKey());
        }

        Files.delete(book.resolve("manuscript/02-long.md"));
        TestBook.Run next = TestBook.galley("build", book.toString(), "--quiet", "--no-site");
        assertEquals(0, next.status(), next.err());
        assertFalse(hasTemporaryFile(dist), "the next run removed the dead build's files");
        assertEquals(before.files().keySet(), DistSnapshot.of(dist).files().keySet());
    }

    @Test
    void aFailedBuildLeavesNoTemporaryFile() throws Exception {
        Path book = TestBook.withFigure(dir.resolve("book")).dir;
        assertEquals(0, TestBook.galley("build", book.toString(), "--quiet", "--no-site").status());
        DistSnapshot before = DistSnapshot.of(book.resolve("dist"));
        Files.writeString(book.resolve("manuscript/02-bad.md"), "# Bad\n\n![gone](nowhere.png)\n");
        TestBook.Run run = TestBook.galley("build", book.toString(), "--quiet", "--no-site");
        assertEquals(1, run.status());
        assertEquals("manuscript/02-bad.md:3: image not found: nowhere.png", run.err().strip());
        assertTrue(before.sameAs(DistSnapshot.of(book.resolve("dist"))));
    }
}
