package galley.book;

import galley.testing.TestBook;
import org.apache.commons.io.file.PathUtils;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The acceptance book of issue 3, generated and built once per test run and shared by the tests
 * that judge it: 56 chapters in six scripts, every construct Galley reads, built end to end with
 * {@code galley build} as a user builds it, both editions read back.
 */
final class WholeBook {

    static final int CHAPTERS = 56;
    private static WholeBook built;

    final GeneratedBook book;
    final TestBook.Run build;
    final PrintedBook pdf;
    final PageFinder finder;
    final EpubBook epub;

    private WholeBook(Path dir) throws IOException {
        book = new BookGenerator(20240501L, "en", CHAPTERS).writeTo(dir);
        build = TestBook.in(dir).build();
        if (build.status() != 0) {
            throw new AssertionError("the book does not build:\n" + build.err());
        }
        pdf = PrintedBook.read(build.pdf());
        finder = new PageFinder(book, pdf);
        epub = EpubBook.read(build.epub());
    }

    /** The book, built on first use; its folder is removed when the tests end. */
    static synchronized WholeBook get() {
        if (built == null) {
            try {
                Path dir = Files.createTempDirectory("galley-whole-book");
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        PathUtils.deleteDirectory(dir);
                    } catch (IOException e) {
                        // a temporary folder left behind harms nothing
                    }
                }));
                built = new WholeBook(dir);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return built;
    }
}
