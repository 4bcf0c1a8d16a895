package galley.read;


import galley.cli.HostileImages;
import galley.testing.TestBook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Images whose container looks whole but whose pixels do not decode are refused by the loader. */
class ImageDecodingTest {

    @TempDir
    Path dir;

    @Test
    void aPngWithCutPixelDataButWholeChunksIsRefusedAtItsLine() {
        var book = TestBook.with(dir, "title: T\n")
                .file("manuscript/ch.md", "# C\n\n![cut](cut.png)\n")
                .bytes("manuscript/cut.png", HostileImages.pngWithTruncatedPixels(300, 200));
        book.load();
        assertEquals(List.of("manuscript/ch.md:3: image is truncated or corrupt: cut.png"), book.rendered());
        assertEquals(List.of("image-unreadable"), book.codes());
    }

    @Test
    void aCorruptCoverIsRefusedAtItsLineInBookYaml() {
        byte[] jpeg = HostileImages.real(400, 640, "jpg");
        var book = TestBook.with(dir, "title: T\ncover-image: front.jpg\n")
                .file("manuscript/ch.md", "# C\n\nText.\n")
                .bytes("covers/front.jpg", Arrays.copyOf(jpeg, 30));
        book.load();
        assertEquals(List.of("manuscript/book.yaml:2: image cannot be read (corrupt header): front.jpg"), book.rendered());
    }

    @Test
    void wholeImagesOfEveryFormatPass() {
        var book = TestBook.with(dir, "title: T\n")
                .file("manuscript/ch.md", "# C\n\n![a](a.png)\n\n![b](b.jpg)\n\n![c](c.gif)\n")
                .bytes("manuscript/a.png", HostileImages.real(1200, 900, "png"))
                .bytes("manuscript/b.jpg", HostileImages.real(1200, 900, "jpg"))
                .bytes("manuscript/c.gif", HostileImages.real(1200, 900, "gif"));
        book.load();
        assertEquals(List.of(), book.rendered());
        assertEquals(3, book.book().images().size());
    }
}
