package galley.read.html;

import galley.model.Block;
import galley.model.ImageSize;
import galley.model.Inline;
import galley.testing.TestBook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Raw HTML images as GitHub READMEs write them, read into the model: an image alone in its block
 * is a figure, as {@code ![…]()} alone is, sized by its attributes; an icon or an image among
 * words stays in the text.
 */
class HtmlFigureReadingTest {

    @TempDir
    Path dir;

    private TestBook book(String markdown) {
        return TestBook.chapter(dir, "# T\n\n" + markdown)
                .image("manuscript/images/logo.png", 800, 600, "png")
                .image("manuscript/images/icon.png", 24, 24, "png");
    }

    private Block.Figure onlyFigure(String markdown) {
        TestBook book = book(markdown);
        List<Block> body = book.body(0);
        assertEquals(1, body.size(), body.toString());
        return assertInstanceOf(Block.Figure.class, body.get(0), body.toString());
    }

    @Test
    void anImageAloneInItsBlockIsAFigureWhateverWrapsIt() {
        for (String html : List.of(
                "<img src=\"images/logo.png\" alt=\"Logo\">\n",
                "<p align=\"center\">\n  <img src=\"images/logo.png\" alt=\"Logo\">\n</p>\n",
                "<div align=\"center\">\n<a href=\"https://example.com\"><img src=\"images/logo.png\" alt=\"Logo\"></a>\n</div>\n",
                "<center><img src=\"images/logo.png\" alt=\"Logo\"/><br></center>\n",
                "<a href=\"https://example.com\"><img src=\"images/logo.png\" alt=\"Logo\"></a>\n",
                "> <p><img src=\"images/logo.png\" alt=\"Logo\"></p>\n")) {
            TestBook book = book(html);
            Block first = book.body(0).get(0);
            Block.Figure figure = first instanceof Block.BlockQuote q
                    ? assertInstanceOf(Block.Figure.class, q.blocks().get(0), html)
                    : assertInstanceOf(Block.Figure.class, first, html);
            assertEquals("Logo", figure.alt(), html);
            assertEquals(List.of(new Inline.Text("Logo")), figure.caption(), "captioned by its alt text, as ![Logo]() is");
            assertEquals(800, figure.image().width());
            assertEquals(List.of(), book.rendered(), html);
            dir.resolve("manuscript/ch.md").toFile().delete();
        }
    }

    @Test
    void aFigureElementIsCaptionedByItsFigcaptionAndSizedByItsAttributes() {
        Block.Figure figure = onlyFigure("""
                <figure id="the-logo">
                  <img src="images/logo.png" alt="Logo" title="not the caption" width="50%">
                  <figcaption>The <em>new</em> logo</figcaption>
                </figure>
                """);
        assertEquals(List.of(new Inline.Text("The "), new Inline.Styled(Inline.Style.EMPHASIS,
                List.of(new Inline.Text("new"))), new Inline.Text(" logo")), figure.caption());
        assertEquals(new ImageSize(ImageSize.Length.parse("50%"), Optional.empty()), figure.size());
        assertEquals("the-logo", figure.id(), "the id written on the figure is its anchor");
    }

    @Test
    void anImageTitleCaptionsItAndItsHeightSizesIt() {
        Block.Figure figure = onlyFigure("<p><img src=\"images/logo.png\" alt=\"Logo\" title=\"Our logo\" height=\"2in\"></p>\n");
        assertEquals(List.of(new Inline.Text("Our logo")), figure.caption());
        assertEquals(new ImageSize(Optional.empty(), ImageSize.Length.parse("2in")), figure.size());
    }

    @Test
    void pandocSizeAttributesSizeAMarkdownFigureAndAnImageInText() {
        TestBook book = book("![Logo](images/logo.png){width=50%}\n\nA logo ![small](images/logo.png){height=1cm} here.\n");
        Block.Figure figure = assertInstanceOf(Block.Figure.class, book.body(0).get(0));
        assertEquals(new ImageSize(ImageSize.Length.parse("50%"), Optional.empty()), figure.size());
        var paragraph = assertInstanceOf(Block.Paragraph.class, book.body(0).get(1));
        Inline.Image image = paragraph.content().stream().filter(i -> i instanceof Inline.Image)
                .map(i -> (Inline.Image) i).findFirst().orElseThrow();
        assertEquals(new ImageSize(Optional.empty(), ImageSize.Length.parse("1cm")), image.size());
    }

    @Test
    void anIconAloneOrImagesAmongWordsStayInTheText() {
        for (String html : List.of("<p><img src=\"images/icon.png\" alt=\"Icon\"></p>\n",
                "<p>See <img src=\"images/logo.png\" alt=\"Logo\" width=\"200\"> here</p>\n",
                "<p><img src=\"images/logo.png\" alt=\"A\"> <img src=\"images/logo.png\" alt=\"B\"></p>\n")) {
            TestBook book = book(html);
            var paragraph = assertInstanceOf(Block.Paragraph.class, book.body(0).get(0), html);
            assertTrue(paragraph.content().stream().anyMatch(i -> i instanceof Inline.Image), html);
            dir.resolve("manuscript/ch.md").toFile().delete();
        }
    }

    @Test
    void aLargePictureAskedToPrintTinyIsReportedByCheck() {
        TestBook.Run run = book("<p><img src=\"images/logo.png\" alt=\"Logo\" width=\"40\"></p>\n\n"
                + "<p><img src=\"images/logo.png\" alt=\"Logo\" width=\"200\"></p>\n").check();
        assertTrue(run.err().contains("manuscript/ch.md:3: warning: image is printed at 30 x 23 pt, 5% of its size"),
                run.err());
        assertEquals(1, run.err().split("printed at", -1).length - 1, "a logo at 150 points is no loss: " + run.err());
    }

    @Test
    void aSizeThatIsNoLengthIsReportedAtItsLineAndTheImageKeepsItsOwn() {
        TestBook book = book("Text.\n\n<img src=\"images/logo.png\" alt=\"Logo\" width=\"auto\" height=\"12 furlongs\">\n");
        Block.Figure figure = assertInstanceOf(Block.Figure.class, book.body(0).get(1));
        assertEquals(ImageSize.NATURAL, figure.size());
        assertEquals(List.of(
                "manuscript/ch.md:5: warning: image width 'auto' is not a length (a number of px, pt, in, cm, mm or %); "
                        + "the image keeps its own width",
                "manuscript/ch.md:5: warning: image height '12 furlongs' is not a length (a number of px, pt, in, cm, "
                        + "mm or %); the image keeps its own height"), book.rendered());
    }
}
