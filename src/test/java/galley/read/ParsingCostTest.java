package galley.read;


import galley.model.Block;
import galley.model.Blocks;
import galley.model.Inline;
import galley.testing.Slow;
import galley.testing.TestBook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
}
