package galley.cli;

import galley.testing.Slow;
import galley.testing.TestBook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code java -jar galley.jar build} as a user runs it, in its batch JVM: a second JVM killed
 * outright is reported as such, and a first JVM stopped with SIGTERM stops the second, which
 * removes its temporary files from the output folder.
 */
@Slow
class KilledBuildTest {

    @TempDir
    Path dir;

    @Test
    void aBuildKilledOutrightIsSaidSoWithItsOwnStatus() throws Exception {
        TestBook book = longBook();
        Process galley = book.startJarBuild(dir, "--no-site");
        ProcessHandle child = childWritingTo(galley, book.dir.resolve("dist"));
        child.destroyForcibly();  // SIGKILL, as the kernel's out-of-memory killer sends
        assertTrue(galley.waitFor(60, TimeUnit.SECONDS));
        String err = Files.readString(dir.resolve("err.txt"), StandardCharsets.UTF_8);
        assertEquals(Galley.KILLED, galley.exitValue(), err);
        assertTrue(err.contains("galley: the build was killed (signal 9"), err);
    }

    @Test
    void aStoppedGalleyStopsItsSecondJvmAndLeavesNoTemporaryFile() throws Exception {
        TestBook book = longBook();
        Path dist = book.dir.resolve("dist");
        Process galley = book.startJarBuild(dir, "--no-site");
        ProcessHandle child = childWritingTo(galley, dist);
        galley.destroy();  // SIGTERM
        assertTrue(galley.waitFor(60, TimeUnit.SECONDS));
        child.onExit().get(60, TimeUnit.SECONDS);
        assertFalse(child.isAlive());
        assertEquals(List.of(), temporaryFiles(dist), Files.readString(dir.resolve("err.txt")));
    }

    private TestBook longBook() {
        return TestBook.withFigure(dir.resolve("book"))
                .file("manuscript/02-long.md", InterruptedBuildTest.longChapter(3_000));
    }

    /** The second JVM, once it has begun to write an edition into {@code dist}. */
    private ProcessHandle childWritingTo(Process galley, Path dist) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(240);
        while (System.nanoTime() < deadline && galley.isAlive()) {
            List<ProcessHandle> children = galley.toHandle().children().toList();
            if (!children.isEmpty() && Files.isDirectory(dist) && !temporaryFiles(dist).isEmpty()) {
                return children.get(0);
            }
            Thread.sleep(5);
        }
        throw new AssertionError("no second JVM writing to " + dist + ": " + Files.readString(dir.resolve("err.txt")));
    }

    private static List<Path> temporaryFiles(Path dist) throws IOException {
        if (!Files.isDirectory(dist)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dist)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".galley-tmp")).toList();
        }
    }
}
