package galley.book;

import galley.cli.Galley;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * One run of {@code galley build} on a book folder, as a user would start it, with what it printed.
 *
 * @param status the exit status
 * @param err    everything printed on standard error
 */
record BookBuild(int status, String err, Path epub, Path pdf) {

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
