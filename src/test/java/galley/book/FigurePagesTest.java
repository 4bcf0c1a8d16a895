package galley.book;

import galley.testing.TestBook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Figures as the print edition places them, read back with PDFBox: each figure is known on the
 * page by its pixel width, which no two of them share.
 */
class FigurePagesTest {

    /** Wider than the text block, so set across it. */
    private static final int LARGE = 1500;
    /** Far taller than wide, so set at the tallest a figure may be. */
    private static final int TALL = 300;
    /** A low strip across the text block. */
    private static final int WIDE = 1200;

    @TempDir
    Path dir;

    @Test
    void aFigureThatWaitsForTheNextPageIsNotOvertakenByALaterOne() throws IOException {
        PrintedBook pdf = build("""
                # Figures

                Some text before the figures.

                ![Large](images/large.png "Figure A (large)")

                ![Tall](images/tall.png "Figure B (tall)")

                ![Wide](images/wide.png "Figure C (wide)")

                Text after the figures.
                """);
        List<List<Integer>> pages = figuresByPage(pdf);
        assertEquals(List.of(LARGE, TALL, WIDE), pages.stream().flatMap(List::stream).toList(),
                "figures in source order, page by page: " + pages);
        assertTrue(pages.size() > 1, "the tall figure waits for the next page: " + pages);
    }

    @Test
    void aChapterTitleFollowedByTwoFiguresKeepsTheFirstOnItsPage() throws IOException {
        PrintedBook pdf = build("""
                # Figures

                ![Large](images/large.png "A")

                ![Tall](images/tall.png "B")
                """);
        PrintedBook.PrintedPage opening = pdf.page(pdf.outline().get(0).page());
        assertTrue(opening.text().contains("Figures"), opening.text());
        assertEquals(List.of(LARGE), opening.pictures().stream().map(PrintedBook.Picture::pixelWidth).toList(),
                "the first figure stands under the title");
        assertEquals(List.of(List.of(LARGE), List.of(TALL)), figuresByPage(pdf), "the second on the next page");
    }

    @Test
    void aHeadingFollowedByTwoFiguresKeepsTheFirstOnItsPage() throws IOException {
        PrintedBook pdf = build("""
                # Figures

                Some text before the section.

                ## Pictures

                ![Large](images/large.png "A")

                ![Tall](images/tall.png "B")
                """);
        assertEquals(List.of(List.of(LARGE), List.of(TALL)), figuresByPage(pdf));
        PrintedBook.PrintedPage heading = pdf.pages().stream()
                .filter(p -> p.label().matches("\\d+") && p.text().contains("Pictures")).findFirst()
                .orElseThrow();
        assertEquals(List.of(LARGE), heading.pictures().stream().map(PrintedBook.Picture::pixelWidth).toList(),
                "the heading stands over its first figure");
        assertEquals(pdf.outline().get(0).page(), heading.index(), "both on the chapter's first page, where they fit");
    }

    /** The pixel widths of the pictures on each body page that has any, pages in order, pictures top down. */
    private static List<List<Integer>> figuresByPage(PrintedBook pdf) {
        var pages = new ArrayList<List<Integer>>();
        for (PrintedBook.PrintedPage page : pdf.pages()) {
            if (!page.label().matches("\\d+") || page.pictures().isEmpty()) {
                continue;
            }
            pages.add(page.pictures().stream()
                    .sorted((a, b) -> Double.compare(b.area().getMaxY(), a.area().getMaxY()))
                    .map(PrintedBook.Picture::pixelWidth).toList());
        }
        return pages;
    }

    private PrintedBook build(String chapter) throws IOException {
        TestBook.Run run = TestBook.written(dir, "title: Figs\nname: figs\nlang: en\n", chapter)
                .image("manuscript/images/large.png", LARGE, 1000, "png")
                .image("manuscript/images/tall.png", TALL, 2000, "png")
                .image("manuscript/images/wide.png", WIDE, 150, "png")
                .build();
        assertEquals(0, run.status(), run.err());
        return PrintedBook.read(run.pdf());
    }
}
