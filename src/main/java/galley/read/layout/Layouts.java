package galley.read.layout;

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
