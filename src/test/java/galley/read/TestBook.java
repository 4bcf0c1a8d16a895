package galley.read;

import galley.build.BuildThreads;

import galley.diagnostic.Diagnostic;
import galley.diagnostic.Diagnostics;
import galley.model.Block;
import galley.model.Book;
import galley.model.Chapter;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A book folder built in a test's temporary directory, and the result of loading it. */
public final class TestBook {

    private static final BuildThreads THREADS = new BuildThreads();


    public final Path dir;
    public final Diagnostics diagnostics = new Diagnostics();
    private Optional<Book> loaded;

    public TestBook(Path dir) {
        this.dir = dir;
    }

    /** A book folder with book.yaml holding {@code yaml}. */
    public static TestBook with(Path dir, String yaml) {
        return new TestBook(dir).file("manuscript/book.yaml", yaml);
    }

    /** A book titled "T" whose one chapter file, {@code manuscript/ch.md}, holds {@code markdown}. */
    public static TestBook chapter(Path dir, String markdown) {
        return with(dir, "title: T\n").file("manuscript/ch.md", markdown);
    }

    public TestBook file(String path, String text) {
        return bytes(path, text.getBytes(StandardCharsets.UTF_8));
    }

    public TestBook bytes(String path, byte[] content) {
        try {
            Path file = dir.resolve(path);
            Files.createDirectories(file.getParent());
            Files.write(file, content);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes a solid image of the given size in {@code format} ("png", "jpg", "gif"). */
    public TestBook image(String path, int width, int height, String format) {
        try {
            var image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
            var g = image.createGraphics();
            g.setColor(Color.RED);
            g.fillRect(0, 0, width, height);
            g.dispose();
            Path file = dir.resolve(path);
            Files.createDirectories(file.getParent());
            if (!ImageIO.write(image, format, file.toFile())) {
                throw new IllegalStateException("no writer for " + format);
            }
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public TestBook image(String path) {
        return image(path, 40, 30, "png");
    }

    public Optional<Book> load() {
        return load(Map.of("SOURCE_DATE_EPOCH", "1700000000"));
    }

    public Optional<Book> load(Map<String, String> env) {
        // parsed on threads with a build's deep stacks, as deeply nested Markdown needs
        loaded = ManuscriptLoader.load(dir, diagnostics, env, null, asset -> { }, THREADS.cores());
        return loaded;
    }

    public Book book() {
        if (loaded == null) {
            load();
        }
        return loaded.orElseThrow(() -> new AssertionError("no book; problems: " + rendered()));
    }

    public Chapter chapter(int index) {
        return book().chapters().get(index);
    }

    /** The blocks of chapter {@code index} after its heading. */
    public List<Block> body(int index) {
        List<Block> blocks = chapter(index).blocks();
        return blocks.subList(1, blocks.size());
    }

    /** Every problem as the author sees it. */
    public List<String> rendered() {
        return diagnostics.all().stream().map(Diagnostic::render).toList();
    }

    public List<String> codes() {
        return diagnostics.all().stream().map(Diagnostic::code).toList();
    }
}
