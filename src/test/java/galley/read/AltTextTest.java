package galley.read;


import galley.testing.TestBook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Every image without alt text, in a figure, inline or in raw HTML, is reported at its line. */
class AltTextTest {

    @TempDir
    Path dir;

    @Test
    void imagesWithoutAltTextAreReportedAsWarningsAtTheirLines() {
        var book = TestBook.with(dir, "title: T\n").file("manuscript/ch.md", """
                # Chapter

                ![](figure.png "A caption is no description")

                Inline ![ ](icon.png) and <img src="icon.png"> and <img src="icon.png" alt="an icon">.

                ![A description](figure.png)
                """).image("manuscript/figure.png").image("manuscript/icon.png");
        book.load();
        assertEquals(List.of(
                "manuscript/ch.md:3: warning: image has no alt text",
                "manuscript/ch.md:5: warning: image has no alt text"), book.rendered());
        // two images on one line make one line of report, as every repeated problem does
        assertEquals(List.of("image-alt-missing", "image-alt-missing"), book.codes());
    }

    @Test
    void aMissingImageIsReportedOnceAsMissingNotAlsoForItsAltText() {
        var book = TestBook.with(dir, "title: T\n").file("manuscript/ch.md", "# C\n\n![](nowhere.png)\n");
        book.load();
        assertEquals(List.of("image-missing"), book.codes());
    }

}
