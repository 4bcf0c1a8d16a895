package galley.book;

import galley.read.BookBudget;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A book past the whole-book budget is refused early with an error naming the limit and how to raise
 * it; the limits are scaled down here through the system property, so that small books pass them.
 */
class BookBudgetTest {

    @TempDir
    Path dir;

    @AfterEach
    void clearLimits() {
        System.clearProperty(BookBudget.PROPERTY);
    }

    private static String problem(BookBuild build) {
        return build.problems().stream().filter(p -> p.contains("book-too-large") || p.contains("too large to build"))
                .findFirst().orElse("");
    }

    @Test
    void tooManyBytesOfMarkdownAreRefusedNamingTheLimitAndHowToRaiseIt() throws IOException {
        // a thousandth of the default: about 12 KB of Markdown
        System.setProperty(BookBudget.PROPERTY, "0.001");
        BookBuild build = BookBuild.written(dir, "big", "title: Big\n", "# One\n\n" + "Words and words. ".repeat(1000));
        assertEquals(1, build.status(), build.err());
        String problem = problem(build);
        assertTrue(problem.startsWith("manuscript/book.yaml:1:") && problem.contains("bytes of Markdown")
                && problem.contains("-Dgalley.limits="), build.err());
        assertTrue(!Files.exists(build.epub()) && !Files.exists(build.pdf()), "nothing is written");
    }

    @Test
    void tooManyFootnotesAreRefused() throws IOException {
        System.setProperty(BookBudget.PROPERTY, "0.001"); // 50 footnotes
        var text = new StringBuilder("# One\n\n");
        for (int i = 0; i < 60; i++) {
            text.append("Note").append("[^n").append(i).append("].\n\n");
        }
        for (int i = 0; i < 60; i++) {
            text.append("[^n").append(i).append("]: A note.\n");
        }
        BookBuild build = BookBuild.written(dir, "notes", "title: Notes\n", text.toString());
        assertEquals(1, build.status(), build.err());
        assertTrue(problem(build).contains("60 footnotes, more than the limit of 50"), build.err());
    }

    @Test
    void tooManyChapterFilesAreRefused() throws IOException {
        System.setProperty(BookBudget.PROPERTY, "0.001"); // 5 chapter files
        BookBuild build = BookBuild.written(dir, "many", "title: Many\n", "# 1\n\nA.", "# 2\n\nB.", "# 3\n\nC.",
                "# 4\n\nD.", "# 5\n\nE.", "# 6\n\nF.");
        assertEquals(1, build.status(), build.err());
        assertTrue(problem(build).contains("6 chapter files, more than the limit of 5"), build.err());
    }

    @Test
    void imagesPastTheirPixelBudgetAreRefused() throws IOException {
        System.setProperty(BookBudget.PROPERTY, "0.001"); // 1.5 megapixels
        Path images = Files.createDirectories(dir.resolve("manuscript/images"));
        javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(300, 300,
                java.awt.image.BufferedImage.TYPE_INT_RGB), "png", images.resolve("a.png").toFile());
        var text = new StringBuilder("# One\n\n");
        for (int i = 0; i < 20; i++) {
            Path copy = images.resolve("p" + i + ".png");
            Files.copy(images.resolve("a.png"), copy);
            text.append("![A grey square](images/p").append(i).append(".png)\n\n");
        }
        BookBuild build = BookBuild.written(dir, "pictures", "title: Pictures\n", text.toString());
        assertEquals(1, build.status(), build.err());
        assertTrue(problem(build).contains("1,800,000 pixels of images across 20 images"), build.err());
    }

    @Test
    void anUnreadableFactorIsAnError() throws IOException {
        System.setProperty(BookBudget.PROPERTY, "lots");
        BookBuild build = BookBuild.written(dir, "odd", "title: Odd\n", "# One\n\nText.");
        assertEquals(1, build.status(), build.err());
        assertTrue(build.err().contains("must be a number above 0"), build.err());
    }
}
