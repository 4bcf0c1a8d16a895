package galley.layout;

import galley.model.ImageFormat;
import galley.text.FixedWidthMeasure;

import galley.diagnostic.Diagnostic;
import galley.diagnostic.Diagnostics;
import galley.model.Block;
import galley.model.Book;
import galley.model.Chapter;
import galley.model.ImageAsset;
import galley.model.Inline;
import galley.model.Source;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FigureLayoutTest {

    private static final Source SOURCE = new Source("manuscript/figures.md", 7);

    private static Block.Figure figure(String id, int width, int height) {
        var image = new ImageAsset(Path.of("/nowhere/" + id + ".png"), "images/" + id + ".png", ImageFormat.PNG, width, height);
        return new Block.Figure(id, image, "alt", List.of(new Inline.Text("Caption " + id)), SOURCE);
    }

    private static Block.Paragraph paragraph(int p, int words) {
        var text = new StringBuilder();
        for (int w = 0; w < words; w++) {
            text.append(w == 0 ? "" : " ").append("p").append(p).append("w").append(w);
        }
        return new Block.Paragraph(List.of(new Inline.Text(text.toString())), SOURCE);
    }

    private static Book book(List<Block> blocks) {
        Book base = WordTaggedBooks.book(1, 1, false);
        var chapter = new Chapter(0, "ch-0", "Figures", "manuscript/figures.md", blocks);
        return new Book(base.metadata(), List.of(chapter), base.cover(), base.name(), base.modified(), 2, base.pageSize());
    }

    private static List<Page> bodyPages(LaidOutBook laid) {
        return laid.pages().stream().filter(p -> p.label().matches("\\d+")).toList();
    }

    @Test
    void aLowResolutionImageIsReportedAtItsLine() {
        var diagnostics = new Diagnostics();
        BookLayout.layout(book(List.of(figure("small", 300, 200))), new FixedWidthMeasure(), ImageDensity.assumed(),
                diagnostics);
        List<Diagnostic> found = diagnostics.all();
        assertEquals(1, found.size(), found.toString());
        assertEquals("manuscript/figures.md:7: warning: image prints at 96 dpi at its placed size, below the 150 dpi"
                + " print needs: small.png", found.get(0).render());
    }

    @Test
    void aLargeImageScaledToTheMeasureIsNotReported() {
        var diagnostics = new Diagnostics();
        BookLayout.layout(book(List.of(figure("large", 3000, 2000))), new FixedWidthMeasure(), ImageDensity.assumed(),
                diagnostics);
        assertEquals(List.of(), diagnostics.all());
    }

    @Test
    void aFigureThatDoesNotFitFloatsAndTheTextAfterItFillsThePage() {
        var blocks = new ArrayList<Block>();
        blocks.add(new Block.Heading(1, "h", List.of(new Inline.Text("Figures")), List.of(), SOURCE));
        blocks.add(paragraph(0, 150));
        blocks.add(figure("tall", 2000, 2400));
        blocks.add(paragraph(1, 300));
        LaidOutBook laid = BookLayout.layout(book(blocks), new FixedWidthMeasure());
        Page first = bodyPages(laid).get(0);
        assertTrue(first.items().stream().noneMatch(PageItem.ImageBox.class::isInstance), "the figure moved on");
        assertTrue(first.items().stream().anyMatch(i -> i instanceof PageItem.TextRun t && t.text().startsWith("p1w")),
                "the next paragraph fills the first page");
        Page second = bodyPages(laid).get(1);
        var image = second.items().stream().filter(PageItem.ImageBox.class::isInstance).findFirst().orElseThrow();
        var caption = second.items().stream().filter(i -> i instanceof PageItem.TextRun t && t.text().equals("tall"))
                .findFirst();
        assertTrue(caption.isPresent(), "the caption stays with its figure");
        assertTrue(((PageItem.ImageBox) image).y() > ((PageItem.TextRun) caption.get()).baseline());
    }

    @Test
    void figuresKeepTheirOrderAndThePageMapFollowsThePrintedOrder() {
        var blocks = new ArrayList<Block>();
        blocks.add(new Block.Heading(1, "h", List.of(new Inline.Text("Figures")), List.of(), SOURCE));
        blocks.add(paragraph(0, 8));
        blocks.add(figure("large", 3000, 2000));
        blocks.add(figure("tall", 600, 4000));
        blocks.add(figure("wide", 2400, 300));
        blocks.add(paragraph(1, 8));
        LaidOutBook laid = BookLayout.layout(book(blocks), new FixedWidthMeasure());
        var order = new ArrayList<String>();
        for (Page page : bodyPages(laid)) {
            page.items().stream().filter(PageItem.ImageBox.class::isInstance).map(PageItem.ImageBox.class::cast)
                    .sorted((a, b) -> Float.compare(b.y(), a.y()))
                    .forEach(box -> order.add(page.label() + ":" + box.image().href()));
        }
        assertEquals(List.of("1:images/large.png", "2:images/tall.png", "2:images/wide.png"), order);
        var starts = laid.pageMap().pages();
        assertEquals(List.of("1", "2"), starts.stream().map(galley.model.PageMap.PageStart::folio).toList());
        assertEquals(List.of(0, 3), starts.stream().map(galley.model.PageMap.PageStart::block).toList(),
                "page 2 begins at the tall figure, the first thing printed on it");
    }

    @Test
    void aFigureSlightlyTooTallShrinksByAtMostAFifthToStayInPlace() {
        float fullWidth = PageGeometry.of(galley.model.PageSize.TRADE_6X9,
                BookStyle.forPage(galley.model.PageSize.TRADE_6X9)).textWidth();
        int shrunk = 0;
        for (int words = 10; words <= 250; words += 5) {
            var blocks = new ArrayList<Block>();
            blocks.add(new Block.Heading(1, "h", List.of(new Inline.Text("Figures")), List.of(), SOURCE));
            blocks.add(paragraph(0, words));
            blocks.add(figure("wide", 2000, 1300));
            LaidOutBook laid = BookLayout.layout(book(blocks), new FixedWidthMeasure());
            Page first = bodyPages(laid).get(0);
            var box = bodyPages(laid).stream().flatMap(p -> p.items().stream())
                    .filter(PageItem.ImageBox.class::isInstance).map(PageItem.ImageBox.class::cast).findFirst().orElseThrow();
            assertEquals(2000f / 1300f, box.width() / box.height(), 0.01f, "never distorted");
            if (first.items().contains(box)) {
                assertTrue(box.width() >= fullWidth * FigureFormatter.MIN_FIT_SCALE - 0.5f, "shrunk at most a fifth");
                shrunk += box.width() < fullWidth - 0.5f ? 1 : 0;
            } else {
                assertEquals(fullWidth, box.width(), 0.5f, "a figure that floats keeps its size");
            }
        }
        assertTrue(shrunk > 0, "some lengths of text make the figure shrink");
    }

    /** Whether the last thing of the text block before {@code run}, on its page or the page before, is a figure. */
    private static boolean followsFigure(List<Page> pages, int at, PageItem.TextRun run, PageGeometry geometry) {
        float below = run.baseline();
        for (int p = at; p >= 0; p--) {
            float limit = below;
            PageItem last = pages.get(p).items().stream()
                    .filter(i -> i instanceof PageItem.ImageBox || i instanceof PageItem.TextRun)
                    .filter(i -> top(i) > limit + 0.01f && top(i) < geometry.textTop() && top(i) > geometry.textBottom())
                    .min(java.util.Comparator.comparing(FigureLayoutTest::top)).orElse(null);
            if (last != null) {
                // a figure's caption is set under it, in words of its own
                return last instanceof PageItem.ImageBox || ((PageItem.TextRun) last).text().matches("Caption|tall");
            }
            below = Float.NEGATIVE_INFINITY;
        }
        return false;
    }

    private static float top(PageItem item) {
        return item instanceof PageItem.ImageBox box ? box.y() : ((PageItem.TextRun) item).baseline();
    }

    @Test
    void theParagraphAfterAFigureIsIndentedWhenTheFigureFloatsAwayAndFlushWhenItFollowsIt() {
        BookStyle style = BookStyle.forPage(galley.model.PageSize.TRADE_6X9);
        PageGeometry geometry = PageGeometry.of(galley.model.PageSize.TRADE_6X9, style);
        int indented = 0;
        int flush = 0;
        for (int words = 100; words <= 400; words += 15) {
            var blocks = new ArrayList<Block>();
            blocks.add(new Block.Heading(1, "h", List.of(new Inline.Text("Figures")), List.of(), SOURCE));
            blocks.add(paragraph(0, words));
            blocks.add(figure("tall", 2000, 2400));
            blocks.add(paragraph(1, 300));
            List<Page> pages = bodyPages(BookLayout.layout(book(blocks), new FixedWidthMeasure()));
            for (int p = 0; p < pages.size(); p++) {
                Page page = pages.get(p);
                var first = page.items().stream()
                        .filter(i -> i instanceof PageItem.TextRun t && t.text().equals("p1w0"))
                        .map(PageItem.TextRun.class::cast).findFirst();
                if (first.isEmpty()) {
                    continue;
                }
                float left = geometry.left(Integer.parseInt(page.label()) % 2 == 1);
                boolean afterFigure = followsFigure(pages, p, first.get(), geometry);
                if (afterFigure) {
                    assertEquals(left, first.get().x(), 0.01f, words + " words: flush under its figure");
                    flush++;
                } else {
                    assertEquals(left + style.indent(), first.get().x(), 0.01f, words + " words: indented after text");
                    indented++;
                }
            }
        }
        assertTrue(indented > 0 && flush > 0, indented + " indented, " + flush + " flush");
    }
}
