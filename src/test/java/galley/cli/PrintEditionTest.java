package galley.cli;

import galley.testing.PdfA;
import galley.testing.Slow;
import galley.testing.TestBook;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The print edition as a printer and a reader check it: a generated book of about 300 A5 pages
 * (and the repository's own book) read back with PDFBox and validated with veraPDF.
 */
@Slow
class PrintEditionTest {

    private static final String TITLE = "The Long Book of Testing";
    private static final String[] WORDS = ("international cooperation demonstrators government presidential "
            + "authoritarian announcement disintegration competitors opposition candidates parliament democracy "
            + "principles supervision coordination structure agencies territory contradicts industries therapy "
            + "displays political support resignation elections peaceful brutality journalists injured").split(" ");
    /** Every word of a paragraph carries its paragraph's tag, zq + three letters, so lines can be traced. */
    private static final Pattern TAG = Pattern.compile("zq([a-z]{3})");
    /** A line of nothing but the end of a hyphenated word, which its tag stayed before. */
    private static final Pattern TAIL = Pattern.compile("[a-z]+\\.?");

    @TempDir
    static Path book;
    private static final int CHAPTERS = 24;
    private static Path pdf;
    /** The text lines of every page, read once: PDFBox takes a while over 300 pages. */
    private static List<List<TextLine>> pageLines;

    @BeforeAll
    static void buildLongBook() throws IOException {
        writeBook(book, CHAPTERS);
        TestBook.Run run = TestBook.galley("build", book.toString(), "--quiet");
        assertEquals(0, run.status(), run.err());
        pdf = book.resolve("dist/long-book.pdf");
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            pageLines = lines(doc);
        }
    }

    private static void writeBook(Path dir, int count) throws IOException {
        TestBook book = TestBook.with(dir, "title: " + TITLE + "\nauthor: A. Tester\nlang: en\n"
                + "name: long-book\npage-size: a5\ndate: 2024-05-01\nrights: All rights reserved.\n");
        var random = new Random(7);
        int paragraph = 0;
        for (int c = 1; c <= count; c++) {
            var md = new StringBuilder("# Chapter number " + c + "\n\n");
            for (int p = 0; p < 38; p++) {
                if (p % 6 == 5) {
                    md.append("## Section ").append(c).append('.').append(p).append("\n\n");
                }
                String tag = tag(paragraph++);
                int words = 8 + random.nextInt(150);
                for (int w = 0; w < words; w++) {
                    md.append(w == 0 ? "" : " ").append(tag).append(WORDS[random.nextInt(WORDS.length)]);
                }
                if (p % 9 == 4) {
                    md.append("[^n").append(p).append("]\n\n[^n").append(p).append("]: A note on paragraph ")
                            .append(p).append(" of chapter ").append(c).append('.');
                }
                md.append("\n\n");
            }
            book.file(String.format("manuscript/%02d.md", c), md.toString());
        }
    }

    private static String tag(int n) {
        return "zq" + (char) ('a' + n / 676 % 26) + (char) ('a' + n / 26 % 26) + (char) ('a' + n % 26);
    }

    /** A line of text on a page: its baseline, its left edge, its font size and its text. */
    private record TextLine(float y, float x, float size, String text) {
    }

    private static List<List<TextLine>> lines(PDDocument doc) throws IOException {
        var pages = new ArrayList<List<TextLine>>();
        for (int i = 0; i < doc.getNumberOfPages(); i++) {
            pages.add(new ArrayList<>());
        }
        var byBaseline = new TreeMap<Float, TextLine>();
        var stripper = new PDFTextStripper() {
            @Override
            protected void endPage(org.apache.pdfbox.pdmodel.PDPage page) {
                pages.get(getCurrentPageNo() - 1).addAll(byBaseline.values());
                byBaseline.clear();
            }

            @Override
            protected void writeString(String text, List<TextPosition> positions) {
                TextPosition first = positions.get(0);
                float y = Math.round(first.getYDirAdj() * 2) / 2f;
                TextLine old = byBaseline.get(y);
                TextLine line = old == null
                        ? new TextLine(y, first.getXDirAdj(), first.getFontSizeInPt(), text)
                        : new TextLine(y, Math.min(old.x(), first.getXDirAdj()), Math.max(old.size(), first.getFontSizeInPt()),
                        old.text() + " " + text);
                byBaseline.put(y, line);
            }
        };
        stripper.getText(doc);
        return pages;
    }

    @Test
    void pagesHaveTheTrimSizeAndFolioLabels() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertTrue(doc.getNumberOfPages() >= 250, "pages: " + doc.getNumberOfPages());
            for (var page : doc.getPages()) {
                PDRectangle box = page.getMediaBox();
                assertEquals(PDRectangle.A5.getWidth(), box.getWidth(), 1f);
                assertEquals(PDRectangle.A5.getHeight(), box.getHeight(), 1f);
            }
            String[] labels = doc.getDocumentCatalog().getPageLabels().getLabelsByPageIndices();
            assertEquals("i", labels[0], "no cover in this book: the half-title is page i");
            assertEquals("ii", labels[1]);
            int one = List.of(labels).indexOf("1");
            assertTrue(one > 0 && one % 2 == 0, "page 1 is a right-hand page");
            assertEquals(Integer.toString(labels.length - one), labels[labels.length - 1]);
        }
    }

    @Test
    void chaptersStartOnOddPagesAndRunningHeadsNameBookAndChapter() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            String[] labels = doc.getDocumentCatalog().getPageLabels().getLabelsByPageIndices();
            List<List<TextLine>> pages = pageLines;
            var starts = new LinkedHashMap<Integer, String>();
            for (PDOutlineItem item : doc.getDocumentCatalog().getDocumentOutline().children()) {
                int index = doc.getPages().indexOf(item.findDestinationPage(doc));
                starts.put(index, item.getTitle());
                assertEquals(1, Integer.parseInt(labels[index]) % 2, item.getTitle() + " starts on page " + labels[index]);
                TextLine top = pages.get(index).get(0);
                assertTrue(top.text().equals(item.getTitle()) && top.size() > 14f,
                        "an opening page begins with its chapter title, no running head: " + top);
            }
            assertEquals(CHAPTERS, starts.size());
            String chapter = null;
            int checked = 0;
            for (int i = 0; i < pages.size(); i++) {
                if (starts.containsKey(i)) {
                    chapter = starts.get(i);
                    continue;
                }
                if (chapter == null || pages.get(i).isEmpty() || !labels[i].matches("\\d+")) {
                    continue;
                }
                boolean recto = Integer.parseInt(labels[i]) % 2 == 1;
                String head = pages.get(i).get(0).text().strip();
                assertEquals(recto ? chapter : TITLE, head, "running head of page " + labels[i]);
                checked++;
            }
            assertTrue(checked > 200);
        }
    }

    @Test
    void marginsAreMirroredOnFacingPages() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            String[] labels = doc.getDocumentCatalog().getPageLabels().getLabelsByPageIndices();
            List<List<TextLine>> pages = pageLines;
            float oddLeft = Float.MAX_VALUE;
            float evenLeft = Float.MAX_VALUE;
            for (int i = 0; i < pages.size(); i++) {
                if (!labels[i].matches("\\d+")) {
                    continue;
                }
                for (TextLine line : pages.get(i)) {
                    if (TAG.matcher(line.text()).find()) {
                        if (Integer.parseInt(labels[i]) % 2 == 1) {
                            oddLeft = Math.min(oddLeft, line.x());
                        } else {
                            evenLeft = Math.min(evenLeft, line.x());
                        }
                    }
                }
            }
            float width = PDRectangle.A5.getWidth();
            // a right-hand page has its gutter (the narrower margin) on the left
            assertTrue(evenLeft - oddLeft > 5f, "odd pages start at " + oddLeft + ", even at " + evenLeft);
            assertTrue(oddLeft > 30f && evenLeft < width / 3, "margins " + oddLeft + " " + evenLeft);
        }
    }

    @Test
    void noWidowsNoOrphansNoHeadingAtThePageFoot() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            String[] labels = doc.getDocumentCatalog().getPageLabels().getLabelsByPageIndices();
            List<List<TextLine>> pages = pageLines;
            float body = 10f;
            Map<String, Integer> linesOf = new TreeMap<>();
            var bodyLines = new ArrayList<List<String>>();
            var headingsLast = new ArrayList<String>();
            String previous = null;
            for (int i = 0; i < pages.size(); i++) {
                var tags = new ArrayList<String>();
                List<TextLine> page = pages.get(i);
                for (int k = 0; k < page.size(); k++) {
                    TextLine line = page.get(k);
                    Matcher m = TAG.matcher(line.text());
                    if (m.find() && line.size() >= body) {
                        tags.add(m.group(1));
                        linesOf.merge(m.group(1), 1, Integer::sum);
                        previous = m.group(1);
                    } else if (TAIL.matcher(line.text()).matches() && line.size() >= body && previous != null) {
                        // the rest of a paragraph's hyphenated last word, cut off from its tag: still its line
                        tags.add(previous);
                        linesOf.merge(previous, 1, Integer::sum);
                    } else if (line.text().startsWith("Section ") && line.size() > body + 1f) {
                        long after = page.subList(k + 1, page.size()).stream()
                                .filter(l -> TAG.matcher(l.text()).find() && l.size() >= body).count();
                        if (after < 2) {
                            headingsLast.add(line.text() + " on page " + labels[i]);
                        }
                    }
                }
                bodyLines.add(tags);
            }
            assertEquals(List.of(), headingsLast, "headings without two lines after them");
            int pagesChecked = 0;
            for (int i = 0; i < bodyLines.size(); i++) {
                List<String> tags = bodyLines.get(i);
                if (tags.size() < 2) {
                    continue;
                }
                pagesChecked++;
                for (String end : List.of(tags.get(0), tags.get(tags.size() - 1))) {
                    long here = tags.stream().filter(end::equals).count();
                    assertTrue(here >= 2 || linesOf.get(end) == 1,
                            "a single line of paragraph " + end + " alone on page " + labels[i]);
                }
            }
            assertTrue(pagesChecked > 200);
        }
    }

    @Test
    void aBookWithNotesIsPdfA2b(@TempDir Path small) throws Exception {
        // veraPDF takes over a minute on the 300-page book; two chapters have every kind of content
        writeBook(small, 2);
        TestBook.Run run = TestBook.galley("build", small.toString(), "--quiet");
        assertEquals(0, run.status(), run.err());
        PdfA.assertConforms(small.resolve("dist/long-book.pdf"));
    }

    @Test
    void theSeedBookIsPdfA2b(@TempDir Path out) throws Exception {
        TestBook.Run run = TestBook.galley("build", TestBook.repository().toString(), "--output", out.toString(),
                "--quiet");
        assertEquals(0, run.status(), run.err());
        PdfA.assertConforms(out.resolve("belarus-protests.pdf"));
    }
}
