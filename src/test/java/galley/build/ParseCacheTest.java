package galley.build;

import galley.diagnostic.Diagnostic;
import galley.diagnostic.Diagnostics;
import galley.model.Book;
import galley.read.ManuscriptLoader;
import galley.testing.TestBook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A load through warm caches gives exactly the book and the problems a load without them gives,
 * while parsing only the files that changed and checking only the images that changed.
 */
class ParseCacheTest {

    private static final Map<String, String> ENV = Map.of("SOURCE_DATE_EPOCH", "1700000000");

    @TempDir
    Path dir;

    @Test
    void unchangedFilesAreReusedAndChangedOnesParsedAgain() throws IOException {
        TestBook.with(dir, "title: Cached\n")
                .file("manuscript/01-one.md", "# One\n\nA link to [two](02-two.md#two).\n")
                .file("manuscript/02-two.md", "# Two {#two}\n\nText with a bell \u0007 in it.\n")
                .file("manuscript/03-three.md", "# Three\n\nPlain.\n");
        var cache = WarmCaches.empty();

        Loaded first = load(cache);
        assertEquals(List.of("manuscript/02-two.md:3: warning: control character U+0007 removed (and any others in this file)"),
                first.problems());
        assertEquals(3, cache.parsed());
        assertEquals(0, cache.reused());

        Loaded second = load(cache);
        assertEquals(0, cache.parsed());
        assertEquals(3, cache.reused());
        assertEquals(first, second, "the same book and the same problems, the file's warning reported again");

        Files.writeString(dir.resolve("manuscript/03-three.md"), "# Three\n\nChanged.\n", StandardCharsets.UTF_8);
        Loaded third = load(cache);
        assertEquals(1, cache.parsed());
        assertEquals(2, cache.reused());
        assertEquals(load(WarmCaches.none()), third, "as if nothing had been cached");
    }

    @Test
    void theBooksLanguageIsPartOfTheKey() throws IOException {
        TestBook.with(dir, "title: Quotes\nlang: en\n").file("manuscript/01.md", "# One\n\n\"Quoted.\"\n");
        var cache = WarmCaches.empty();
        load(cache);
        Files.writeString(dir.resolve("manuscript/book.yaml"), "title: Quotes\nlang: de\n", StandardCharsets.UTF_8);
        Loaded german = load(cache);
        assertEquals(1, cache.parsed(), "quotation marks depend on the language");
        assertEquals(load(WarmCaches.none()), german);
    }

    @Test
    void anImageIsCheckedAgainOnlyWhenItsBytesChange() throws IOException {
        TestBook.with(dir, "title: Pictures\n").file("manuscript/01.md", "# One\n\n![A square](square.png)\n");
        Path image = dir.resolve("manuscript/square.png");
        byte[] sound = square();
        Files.write(image, sound);
        var cache = WarmCaches.empty();
        assertEquals(List.of(), load(cache).problems());
        assertEquals(1, cache.imagesChecked());

        assertEquals(List.of(), load(cache).problems());
        assertEquals(0, cache.imagesChecked(), "the unchanged file's check is reused");

        Files.write(image, Arrays.copyOf(sound, sound.length - 20));
        Loaded cut = load(cache);
        assertEquals(1, cache.imagesChecked());
        assertEquals(List.of("manuscript/01.md:3: image is truncated or corrupt: square.png"), cut.problems());
        assertEquals(load(WarmCaches.none()), cut, "as if nothing had been cached");

        Files.write(image, sound);
        assertEquals(List.of(), load(cache).problems());
    }

    private static byte[] square() throws IOException {
        var picture = new BufferedImage(40, 40, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 40; y++) {
            for (int x = 0; x < 40; x++) {
                picture.setRGB(x, y, x * 6 << 16 | y * 6);
            }
        }
        var out = new ByteArrayOutputStream();
        ImageIO.write(picture, "png", out);
        return out.toByteArray();
    }

    /** What a load gives: the book and the problems as the author reads them. */
    private record Loaded(Book book, List<String> problems) {
    }

    private Loaded load(WarmCaches cache) {
        var diagnostics = new Diagnostics();
        cache.startLoad();
        Book book;
        try (var threads = new BuildThreads()) {
            book = ManuscriptLoader.load(dir, diagnostics, ENV, new ParsingUnits(cache, threads.cores(), asset -> { }))
                    .orElseThrow();
        }
        return new Loaded(book, diagnostics.all().stream().map(Diagnostic::render).toList());
    }
}
