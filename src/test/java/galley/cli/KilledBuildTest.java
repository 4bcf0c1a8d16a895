package galley.cli;

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
class KilledBuildTest {

    @TempDir
    Path dir;

    @Test
    void aBuildKilledOutrightIsSaidSoWithItsOwnStatus() throws Exception {
        Path book = longBook();
        Process galley = start(book);
        ProcessHandle child = childWritingTo(galley, book.resolve("dist"));
        child.destroyForcibly();  // SIGKILL, as the kernel's out-of-memory killer sends
        assertTrue(galley.waitFor(60, TimeUnit.SECONDS));
        String err = Files.readString(dir.resolve("err.txt"), StandardCharsets.UTF_8);
        assertEquals(Galley.KILLED, galley.exitValue(), err);
        assertTrue(err.contains("galley: the build was killed (signal 9"), err);
    }

    @Test
    void aStoppedGalleyStopsItsSecondJvmAndLeavesNoTemporaryFile() throws Exception {
        Path book = longBook();
        Path dist = book.resolve("dist");
        Process galley = start(book);
        ProcessHandle child = childWritingTo(galley, dist);
        galley.destroy();  // SIGTERM
        assertTrue(galley.waitFor(60, TimeUnit.SECONDS));
        child.onExit().get(60, TimeUnit.SECONDS);
        assertFalse(child.isAlive());
        assertEquals(List.of(), temporaryFiles(dist), Files.readString(dir.resolve("err.txt")));
    }

    private Path longBook() throws IOException {
        Path book = HostileBook.write(dir.resolve("book"));
        Files.writeString(book.resolve("manuscript/02-long.md"), InterruptedBuildTest.longChapter(3_000),
                StandardCharsets.UTF_8);
        return book;
    }

    private Process start(Path book) throws IOException {
        Path jar = GalleyJar.write(dir.resolve("jar"));
        var builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1g", "-Djava.awt.headless=true", "-jar", jar.toString(), "build", book.toString(), "--no-site")
                .redirectOutput(dir.resolve("out.txt").toFile())
                .redirectError(dir.resolve("err.txt").toFile());
        // the class-data archive goes to a cache folder of the test's own
        builder.environment().put("XDG_CACHE_HOME", dir.resolve("cache").toString());
        builder.environment().remove("GALLEY_FORK");
        return builder.start();
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
