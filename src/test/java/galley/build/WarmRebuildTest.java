package galley.build;

import galley.cli.HostileImages;
import galley.testing.Slow;
import galley.testing.TestBook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A build that takes what an earlier round kept (parsed chapters, strips, drawn pages, their
 * compressed streams, images, rendered documents, their audits and zip entries), as {@code watch}
 * does, writes the very files a one-off build of the same manuscript writes: after an edit, after
 * a change to an image, and after both are undone.
 */
@Slow
class WarmRebuildTest {

    @TempDir
    Path book;

    @TempDir
    Path cold;

    @Test
    void eachWarmRoundWritesTheBytesOfAColdBuild() throws Exception {
        TestBook.copyOfRepositoryBook(book);
        Path second = book.resolve("manuscript/02-second.md");
        Path picture = book.resolve("manuscript/images/second.png");
        Files.createDirectories(picture.getParent());
        Files.write(picture, HostileImages.real(640, 480, "png"));
        String chapter = "# The Second Chapter\n\nA paragraph with a note.[^n]\n\n![A test card](images/second.png)\n\n"
                + "More text, and a [link back](01-belarus-protests.md).\n\n[^n]: The note.\n";
        Files.writeString(second, chapter, StandardCharsets.UTF_8);
        byte[] firstPicture = Files.readAllBytes(picture);

        WarmCaches caches = WarmCaches.empty();
        assertSameAsCold(caches, "first round");
        Files.writeString(second, "\nAn added paragraph, long enough to move a line or two onto the next page of the"
                + " chapter, or at least to change the one it ends on.\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        assertSameAsCold(caches, "after an edit");
        // the round did take what was kept: the unchanged chapter's parse and the pages before the edit
        assertTrue(caches.reused() >= 1, "parses reused: " + caches.reused());
        assertTrue(caches.pagesReused() >= 1, "pages reused: " + caches.pagesReused());
        Files.write(picture, HostileImages.real(480, 640, "png"));
        assertSameAsCold(caches, "after an image changed");
        Files.writeString(second, chapter, StandardCharsets.UTF_8);
        Files.write(picture, firstPicture);
        assertSameAsCold(caches, "after both were undone");
    }

    private void assertSameAsCold(WarmCaches caches, String round) throws Exception {
        Path warmOut = book.resolve("warm");
        Path coldOut = cold.resolve("out");
        assertTrue(build(caches, warmOut), round);
        assertTrue(build(WarmCaches.none(), coldOut), round);
        for (String file : List.of("belarus-protests.epub", "belarus-protests.pdf")) {
            assertArrayEquals(Files.readAllBytes(coldOut.resolve(file)), Files.readAllBytes(warmOut.resolve(file)),
                    file + ", " + round);
        }
    }

    private boolean build(WarmCaches caches, Path out) {
        return new BookPipeline(new SilentReport(), Map.of(), new Strictness(false), caches).build(book, out, false);
    }
}
