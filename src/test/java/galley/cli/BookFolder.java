package galley.cli;

import org.apache.commons.io.file.PathUtils;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** A copy of this repository's own book in a temporary folder, and a way to run Galley on it. */
final class BookFolder {

    /** What one run of the command printed and returned. */
    record Run(int status, String out, String err) {
    }

    private BookFolder() {
    }

    /** The repository's root, where the tests run from. */
    static Path repository() {
        return Path.of("").toAbsolutePath();
    }

    /** Copies manuscript/ and covers/ of the repository's book into {@code target}. */
    static Path copySeedBook(Path target) throws IOException {
        PathUtils.copyDirectory(repository().resolve("manuscript"), target.resolve("manuscript"));
        PathUtils.copyDirectory(repository().resolve("covers"), target.resolve("covers"));
        return target;
    }

    static Run galley(String... args) {
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        int status;
        try (var o = new PrintStream(out, true, StandardCharsets.UTF_8);
             var e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            status = Galley.run(args, o, e);
        }
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    static String read(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8);
    }
}
