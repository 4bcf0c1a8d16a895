package galley.book;

import galley.testing.TestBook;
import org.apache.commons.io.file.PathUtils;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PageLayout;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Right-hand pages are the odd pages of the PDF, counted from 1 in the file itself, with a cover
 * or without: every chapter opens on one, and the running heads stand on the side they are for.
 * A viewer showing spreads, and a printer, put odd pages on the right whatever the labels say.
 */
class PageSidesTest {

    private static final String TITLE = "Sides of the Page";
    private static final List<String> CHAPTERS = List.of("Alpha Opening", "Beta Middle", "Gamma Short",
            "Delta Long", "Epsilon End");
    /** The half-title, title and copyright pages. */
    private static final List<String> DISPLAY_PAGES = List.of("i", "iii", "iv");
    /** Paragraphs per chapter, so that chapters end on left and on right pages alike. */
    private static final int[] PARAGRAPHS = {9, 4, 1, 14, 3};

    @TempDir
    Path dir;

    @Test
    void withACoverTheCoverHasABlankBackAndRightHandPagesStayOdd() throws IOException {
        PrintedBook pdf = build(true);
        assertEquals(List.of("Cover", "Inside cover", "i", "ii", "iii", "iv"),
                pdf.pages().subList(0, 6).stream().map(PrintedBook.PrintedPage::label).toList());
        assertEquals(1, pdf.page(0).pictures().size(), "the cover");
        assertEquals("", pdf.page(1).text().strip(), "the cover's back is blank, without a folio");
        assertEquals(List.of(normalized(TITLE)), linesTopDown(pdf.page(2)),
                "the half-title, without a folio, is the first right-hand page after the cover");
        assertSides(pdf);
    }

    @Test
    void withoutACoverTheHalfTitleIsPageOne() throws IOException {
        PrintedBook pdf = build(false);
        assertEquals("i", pdf.page(0).label());
        assertEquals(List.of(normalized(TITLE)), linesTopDown(pdf.page(0)));
        assertSides(pdf);
    }

    @Test
    void viewersShowSpreadsWithTheFirstPageAlone() throws IOException {
        build(true);
        try (PDDocument doc = Loader.loadPDF(dir.resolve("dist/sides.pdf").toFile())) {
            assertEquals(PageLayout.TWO_PAGE_RIGHT, doc.getDocumentCatalog().getPageLayout());
        }
    }

    /**
     * Chapters open on odd pages of the file without a running head; other pages carry the book's
     * title on the left, the chapter's on the right; every folio printed is the page's label, and
     * a page without text has no label of a number in the body. The display pages (half-title, title,
     * copyright) print no folio.
     */
    private static void assertSides(PrintedBook pdf) {
        List<Integer> openings = new ArrayList<>();
        for (PrintedBook.Bookmark chapter : pdf.outline()) {
            openings.add(chapter.page());
            assertEquals(1, (chapter.page() + 1) % 2, chapter.title() + " opens on page " + (chapter.page() + 1));
            assertEquals(normalized(chapter.title()), linesTopDown(pdf.page(chapter.page())).get(0),
                    "an opening page starts with its title");
        }
        assertEquals(CHAPTERS, pdf.outline().stream().map(PrintedBook.Bookmark::title).toList());
        int heads = 0;
        int chapter = -1;
        for (PrintedBook.PrintedPage page : pdf.pages()) {
            List<String> lines = linesTopDown(page);
            if (openings.contains(page.index())) {
                chapter = openings.indexOf(page.index());
            }
            if (lines.isEmpty() || !page.label().matches("[0-9ivx]+")) {
                continue;
            }
            if (DISPLAY_PAGES.contains(page.label())) {
                assertTrue(lines.stream().noneMatch(page.label()::equals), "a folio on display page " + page.label());
                continue;
            }
            assertEquals(page.label(), lines.get(lines.size() - 1), "the folio of page " + (page.index() + 1));
            if (chapter < 0 || openings.contains(page.index())) {
                continue;
            }
            boolean right = (page.index() + 1) % 2 == 1;
            assertEquals(normalized(right ? CHAPTERS.get(chapter) : TITLE), lines.get(0),
                    "running head of page " + (page.index() + 1) + " (" + page.label() + ")");
            heads++;
        }
        assertTrue(heads >= 8, "running heads checked: " + heads);
    }

    /** The page's lines from the top down, by baseline (the running head and folio are drawn last). */
    private static List<String> linesTopDown(PrintedBook.PrintedPage page) {
        var byBaseline = new TreeMap<Float, StringBuilder>(Comparator.reverseOrder());
        for (PrintedBook.Glyph glyph : page.glyphs()) {
            byBaseline.computeIfAbsent((float) Math.round(glyph.y()), y -> new StringBuilder()).append(glyph.text());
        }
        return byBaseline.values().stream().map(line -> normalized(line.toString())).filter(l -> !l.isEmpty()).toList();
    }

    private static String normalized(String text) {
        return Reading.normalized(text);
    }

    private PrintedBook build(boolean cover) throws IOException {
        String[] chapters = new String[CHAPTERS.size()];
        for (int c = 0; c < CHAPTERS.size(); c++) {
            var md = new StringBuilder("# " + CHAPTERS.get(c) + "\n\n");
            for (int p = 0; p < PARAGRAPHS[c]; p++) {
                md.append("Paragraph ").append(p + 1).append(" of this chapter runs on for a while, ")
                        .append("words after words, to fill the page. ".repeat(30)).append("\n\n");
            }
            chapters[c] = md.toString();
        }
        TestBook book = TestBook.written(dir, "title: " + TITLE + "\nauthor: A. Tester\nlang: en\nname: sides\n"
                + "date: 2024-05-01\n", chapters);
        if (cover) {
            PathUtils.copyDirectory(Path.of("covers"), dir.resolve("covers"));
        }
        TestBook.Run run = book.build();
        assertEquals(0, run.status(), run.err());
        return PrintedBook.read(run.pdf());
    }
}
