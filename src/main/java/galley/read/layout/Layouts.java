package galley.read.layout;

import galley.diagnostic.Diagnostics;
import galley.diagnostic.Problem;
import galley.read.BookPaths;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Which layout a book folder is, decided by the files at its top, in this order: Galley's own
 * ({@code manuscript/book.yaml} without {@code manuscript/Book.txt}); mdBook ({@code book.toml});
 * Leanpub ({@code manuscript/Book.txt}); GitBook ({@code SUMMARY.md} or {@code book.json}).
 * Anything else is read as Galley's own layout, which asks for its book.yaml.
 */
public final class Layouts {

    private Layouts() {
    }

    /**
     * {@code file}, a layout's own file (book.toml, SUMMARY.md, Book.txt) at {@code path}, when it
     * exists and lies inside the book folder; else empty, and a link leading out of it reported.
     */
    static Optional<Path> inside(BookPaths paths, Path file, String path, Diagnostics diagnostics) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Optional<Path> real = paths.realInside(file);
        if (real.isEmpty()) {
            Problem.FILE_OUTSIDE_BOOK.report(diagnostics, path, 1, path + " is a link leading outside the book folder");
        }
        return real;
    }

    /** The folder's layout, or empty for Galley's own. */
    public static Optional<ManuscriptLayout> detect(BookPaths paths) {
        Path root = paths.root();
        boolean leanpub = Files.isRegularFile(root.resolve(LeanpubLayout.MARKER));
        if (Files.isRegularFile(root.resolve("manuscript/book.yaml")) && !leanpub) {
            return Optional.empty();
        }
        if (Files.isRegularFile(root.resolve(MdBookLayout.MARKER))) {
            return Optional.of(new MdBookLayout(paths));
        }
        if (leanpub) {
            return Optional.of(new LeanpubLayout(paths));
        }
        if (Files.isRegularFile(root.resolve(GitBookLayout.SUMMARY)) || Files.isRegularFile(root.resolve(GitBookLayout.JSON))) {
            return Optional.of(new GitBookLayout(paths));
        }
        return Optional.empty();
    }
}
