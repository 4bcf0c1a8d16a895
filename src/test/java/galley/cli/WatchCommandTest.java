package galley.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.ZipFile;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code galley watch} on a temporary book: it builds, rebuilds after an edit parsing only the
 * changed chapter, keeps the editions when an edit breaks the book, and stops cleanly when its
 * thread is interrupted.
 */
class WatchCommandTest {

    private static final Duration PATIENCE = Duration.ofSeconds(90);

    @TempDir
    Path book;

    @Test
    void rebuildsWhatChangedAndStopsWhenInterrupted() throws Exception {
        BookFolder.copySeedBook(book);
        Path second = book.resolve("manuscript/02-second.md");
        Files.writeString(second, "# The Second Chapter\n\nA first paragraph.\n", StandardCharsets.UTF_8);

        var err = new ByteArrayOutputStream();
        var status = new AtomicInteger(-1);
        var printer = new PrintStream(err, true, StandardCharsets.UTF_8);
        Thread watch = new Thread(() -> status.set(Galley.run(
                new String[]{"watch", book.toString(), "--no-site"}, printer, printer, Map.of())), "watch-test");
        watch.start();
        try {
            await(err, "watching manuscript/", 1);
            assertTrue(text(err).contains("built in"), text(err));

            Files.writeString(second, "\nAn edited paragraph.\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
            await(err, "built in", 2);
            await(err, "watching manuscript/", 2);
            String log = text(err);
            assertTrue(log.contains("changed manuscript/02-second.md"), log);
            assertTrue(log.contains("(1 parsed, 1 unchanged)"), "only the edited chapter is parsed again: " + log);
            assertTrue(epubText(book.resolve("dist/belarus-protests.epub")).contains("An edited paragraph."), log);

            byte[] before = Files.readAllBytes(book.resolve("dist/belarus-protests.pdf"));
            Files.writeString(second, "\n![A photograph](images/missing.png)\n", StandardCharsets.UTF_8,
                    StandardOpenOption.APPEND);
            await(err, "previous editions are kept", 1);
            assertTrue(text(err).contains("manuscript/02-second.md:7: image not found: images/missing.png"), text(err));
            assertArrayEquals(before, Files.readAllBytes(book.resolve("dist/belarus-protests.pdf")));
        } finally {
            watch.interrupt();
            watch.join(PATIENCE.toMillis());
        }
        assertFalse(watch.isAlive(), "the watch stops when interrupted");
        assertEquals(Galley.OK, status.get());
        assertTrue(text(err).contains("stopped watching"), text(err));
    }

    @Test
    void aBrokenFirstBuildSaysThereAreNoEditionsAndTheWatchOutlivesFoldersComingAndGoing() throws Exception {
        BookFolder.copySeedBook(book);
        Path chapter = book.resolve("manuscript/01-belarus-protests.md");
        String good = BookFolder.read(chapter);
        Files.writeString(chapter, good + "\n![A photograph](images/missing.png)\n", StandardCharsets.UTF_8);

        var err = new ByteArrayOutputStream();
        var status = new AtomicInteger(-1);
        var printer = new PrintStream(err, true, StandardCharsets.UTF_8);
        Thread watch = new Thread(() -> status.set(Galley.run(
                new String[]{"watch", book.toString(), "--no-site"}, printer, printer, Map.of())), "watch-test");
        watch.start();
        try {
            await(err, "watching manuscript/", 1);
            String first = text(err);
            assertTrue(first.contains("build failed in") && first.contains("no editions yet in " + book.resolve("dist")), first);
            assertFalse(first.contains("previous editions are kept"), "there are none: " + first);

            for (int i = 0; i < 300; i++) {
                Path scratch = book.resolve("manuscript/churn" + i);
                Files.createDirectories(scratch.resolve("a/b/c"));
                org.apache.commons.io.file.PathUtils.deleteDirectory(scratch);
            }
            Files.writeString(book.resolve("manuscript/sedAb12Cd"), "sed's copy", StandardCharsets.UTF_8);
            Files.writeString(chapter, good, StandardCharsets.UTF_8);
            await(err, "built in", 1);
            await(err, "watching manuscript/", 2);
            String log = text(err);
            assertTrue(watch.isAlive(), log);
            assertFalse(log.contains("churn") || log.contains("sedAb12Cd") || log.contains("internal error"), log);
        } finally {
            watch.interrupt();
            watch.join(PATIENCE.toMillis());
        }
        assertEquals(Galley.OK, status.get(), text(err));
    }

    @Test
    void describesChangesBriefly() {
        assertEquals("manuscript/a.md, manuscript/b.md",
                WatchCommand.describe(new java.util.TreeSet<>(java.util.List.of("manuscript/b.md", "manuscript/a.md"))));
        var many = new java.util.TreeSet<String>();
        for (int i = 0; i < 8; i++) {
            many.add("manuscript/" + i + ".md");
        }
        assertTrue(WatchCommand.describe(many).endsWith(" and 3 more"));
    }

    /** Waits, within the test's patience, until {@code needle} has been printed {@code times} times. */
    private static void await(ByteArrayOutputStream err, String needle, int times) throws InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (count(text(err), needle) < times) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("'" + needle + "' not printed " + times + " times in " + PATIENCE + ":\n" + text(err));
            }
            Thread.sleep(50);
        }
    }

    private static int count(String text, String needle) {
        int n = 0;
        for (int at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
            n++;
        }
        return n;
    }

    private static String text(ByteArrayOutputStream out) {
        return out.toString(StandardCharsets.UTF_8);
    }

    private static String epubText(Path epub) throws IOException {
        try (var zip = new ZipFile(epub.toFile(), StandardCharsets.UTF_8)) {
            var all = new StringBuilder();
            for (var entries = zip.entries(); entries.hasMoreElements(); ) {
                var entry = entries.nextElement();
                if (entry.getName().endsWith(".xhtml")) {
                    all.append(new String(zip.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8));
                }
            }
            return all.toString();
        }
    }
}
