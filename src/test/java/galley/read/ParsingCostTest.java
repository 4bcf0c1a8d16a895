package galley.read;


import galley.model.Block;
import galley.model.Blocks;
import galley.model.Inline;
import galley.testing.Slow;
import galley.testing.TestBook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Inputs on which Flexmark's own cost grows with the square of their size: each is either read in
 * linear time (through {@link LinearInlineParser}) or refused by {@link MarkdownGuard} before parsing.
 */
@Slow
class ParsingCostTest {

    @TempDir
    Path dir;

    private TestBook chapter(String markdown) {
        return TestBook.chapter(dir, markdown);
    }

    @Test
    void twentyThousandLinksInOneParagraphAreReadInLinearTime() {
        // took minutes before: every link copied the whole paragraph
        var book = chapter("# C\n\n" + "[word](https://example.com/x) `code` &amp; <em>e</em> ".repeat(20_000) + "\n");
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> book.load());
        assertEquals(List.of(), book.rendered());
        var paragraph = (Block.Paragraph) book.body(0).get(0);
        assertEquals(20_000, paragraph.content().stream().filter(i -> i instanceof Inline.Link).count());
    }

    @Test
    void aParagraphOfTwentyThousandLinesIsReadInLinearTime() {
        var book = chapter("# C\n\n" + "a line of verse, <https://example.org>\n".repeat(19_000));
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> book.load());
        assertEquals(List.of(), book.rendered());
        assertEquals(19_000, Blocks.plainText(((Block.Paragraph) book.body(0).get(0)).content()).split("verse").length - 1);
    }

    @Test
    void aBlockOfMoreThanTwentyThousandLinesIsRefused() {
        var book = chapter("# C\n\nIntro.\n\n" + "| a | b |\n".repeat(25_000));
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> book.load());
        assertEquals(List.of("manuscript/ch.md:5: this paragraph or block has more than 20,000 lines; "
                + "split it with blank lines"), book.rendered());
        assertEquals(List.of("block-too-long"), book.codes());
    }

    @Test
    void aBlockOfMoreThanTwentyThousandEscapesIsRefused() {
        var book = chapter("# C\n\n" + "\\* ".repeat(30_000) + "\n");
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> book.load());
        assertEquals(List.of("manuscript/ch.md:3: this paragraph or block has more than 20,000 backslash escapes; "
                + "split it with blank lines"), book.rendered());
    }

    @Test
    void twentyThousandEscapesAreRead() {
        var book = chapter("# C\n\n" + "\\*x ".repeat(19_000) + "\n");
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> book.load());
        assertEquals(List.of(), book.rendered());
        assertEquals("*x *x", Blocks.plainText(((Block.Paragraph) book.body(0).get(0)).content()).substring(0, 5));
    }

    /**
     * Inputs inside the limits whose reading took the square of their size (issue 23): unclosed link
     * destinations, which Flexmark scanned to the end of the paragraph from each one, a paragraph of
     * lines that do not open with a letter, which Flexmark gathered whole for each line to ask whether
     * it was a heading, a code block parted by blank lines, whose text was gathered line by line, and
     * inline notes left open ({@code ^[a ^[a …}), each of which looked for its closing bracket to the end.
     * Four times the input must take less than six times as long, where a square would take sixteen;
     * the line patterns stay within the 20,000 lines a paragraph may have.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource({"link, 10000", "image, 10000", "angle, 30000", "newline, 5000", "punctuation, 5000", "code, 20000",
            "note, 10000", "noteWithCode, 10000"})
    void readingTimeGrowsLinearly(String kind, int n) {
        time(kind, n, "warm-up");
        long once = time(kind, n, "n");
        long twice = time(kind, 2 * n, "2n");
        long four = time(kind, 4 * n, "4n");
        assertTrue(four < 6 * once, String.format("%s: CPU time for n %d ms, 2n %d ms, 4n %d ms", kind,
                once / 1_000_000, twice / 1_000_000, four / 1_000_000));
    }

    private static String pattern(String kind, int n) {
        return switch (kind) {
            case "link" -> "[a](".repeat(n);
            case "image" -> "![a](".repeat(n);
            case "angle" -> "[a](<".repeat(n);
            case "newline" -> "[a](\n".repeat(n);
            case "punctuation" -> "(a line of a paragraph)\n".repeat(n);
            case "code" -> "    code line x\n\n".repeat(n);
            case "note" -> "^[a ".repeat(n);
            case "noteWithCode" -> "^[`a` ``b ".repeat(n);
            default -> throw new IllegalArgumentException(kind);
        };
    }

    /**
     * The mean CPU time of a reading, in nanoseconds, each a fresh book: the time of the JVM's own threads
     * (the test's and the build's pool that parses), not the clock's, which other work on a shared machine
     * stretches, nor the process's, which ticks in 10 ms and counts the JIT compiler and the garbage
     * collector. Readings are repeated until 100 ms have been spent.
     */
    private long time(String kind, int n, String label) {
        String markdown = "# C\n\n" + pattern(kind, n) + "\n";
        long spent = 0;
        int readings = 0;
        while (readings < 3 || spent < 100_000_000L && readings < 100) {
            var book = TestBook.chapter(dir.resolve(kind + "-" + label + "-" + readings), markdown);
            Map<Long, Long> before = threadCpuTimes();
            book.load();
            Map<Long, Long> after = threadCpuTimes();
            for (Map.Entry<Long, Long> thread : after.entrySet()) {
                spent += thread.getValue() - before.getOrDefault(thread.getKey(), 0L);
            }
            readings++;
            assertEquals(List.of(), book.rendered().stream().filter(d -> !d.contains("warning")).toList());
        }
        return spent / readings;
    }

    /** The CPU time of each live thread of the JVM (compiler and collector threads are not among them). */
    private static Map<Long, Long> threadCpuTimes() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        var times = new HashMap<Long, Long>();
        for (long id : threads.getAllThreadIds()) {
            long time = threads.getThreadCpuTime(id);
            if (time >= 0) {
                times.put(id, time);
            }
        }
        return times;
    }
}
