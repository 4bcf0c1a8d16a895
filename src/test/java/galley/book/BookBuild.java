package galley.book;

import galley.cli.Galley;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * One run of {@code galley build} on a book folder, as a user would start it, with what it printed.
 *
 * @param status the exit status
 * @param err    everything printed on standard error
 */
record BookBuild(int status, String err, Path epub, Path pdf) {

    /**
     * Writes a book into {@code bookDir}: {@code bookYaml} as its book.yaml and each of {@code chapters} as
     * {@code 01.md}, {@code 02.md} …; then builds it as {@link #of} does.
     */
    static BookBuild written(Path bookDir, String name, String bookYaml, String... chapters) throws IOException {
        Path manuscript = Files.createDirectories(bookDir.resolve("manuscript"));
        Files.writeString(manuscript.resolve("book.yaml"), bookYaml, StandardCharsets.UTF_8);
        for (int i = 0; i < chapters.length; i++) {
            Files.writeString(manuscript.resolve(String.format("%02d.md", i + 1)), chapters[i], StandardCharsets.UTF_8);
        }
        return of(bookDir, name);
    }

    static BookBuild of(Path bookDir, String name) {
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        int status;
        try (var o = new PrintStream(out, true, StandardCharsets.UTF_8);
             var e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            status = Galley.run(new String[]{"build", bookDir.toString(), "--quiet"}, o, e);
        }
        Path dist = bookDir.resolve("dist");
        return new BookBuild(status, err.toString(StandardCharsets.UTF_8), dist.resolve(name + ".epub"),
                dist.resolve(name + ".pdf"));
    }

    /** The problems printed, one per line. */
    List<String> problems() {
        return err.lines().filter(line -> !line.isBlank()).toList();
    }
}
