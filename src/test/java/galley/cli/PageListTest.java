package galley.cli;

import galley.epub.EpubCheckReport;
import galley.testing.HarbourAlmanac;
import galley.testing.Slow;
import galley.testing.TestBook;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipFile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Builds a generated book of many pages end to end and holds the EPUB's page list against the
 * PDF read back by PDFBox: every printed body page is listed, in order, and its marker stands in
 * the chapter, and before the block, where that page's text begins.
 */
class PageListTest {

    @TempDir
    static Path work;
    private static TestBook.Run run;
    private static Path epub;
    private static Path pdf;

    /** A printed page of the body: its index in the PDF, its folio, and its text. */
    private record PrintedPage(int index, String folio, String text) {
    }

    @BeforeAll
    static void build() throws IOException {
        Path book = HarbourAlmanac.write(work.resolve("book")).dir;
        run = TestBook.galley("build", book.toString(), "--output", work.resolve("out").toString());
        epub = work.resolve("out/" + HarbourAlmanac.NAME + ".epub");
        pdf = work.resolve("out/" + HarbourAlmanac.NAME + ".pdf");
    }

    @Slow
    @Test
    void theBookBuildsWithoutProblemsAndPassesEpubCheck() {
        assertEquals(0, run.status(), run.err());
        assertTrue(!run.err().contains("warning:"), run.err());
        assertEquals(List.of(), EpubCheckReport.check(epub).problems());
    }

    @Test
    void everyPrintedBodyPageIsInThePageListInOrder() throws IOException {
        List<String> folios = printedBodyPages().stream().map(PrintedPage::folio).toList();
        assertTrue(folios.size() >= 15, "the book should fill many pages: " + folios);
        assertEquals(folios, pageList().stream().map(Element::text).toList());
    }

    @Test
    void eachMarkerStandsInTheChapterAndBeforeTheBlockWherePrintedPageBegins() throws IOException {
        List<PrintedPage> pages = printedBodyPages();
        List<Integer> chapterStarts = chapterStartPages();
        assertEquals(HarbourAlmanac.CHAPTERS, chapterStarts.size());
        List<Element> links = pageList();
        assertEquals(pages.size(), links.size());
        try (var zip = new ZipFile(epub.toFile(), StandardCharsets.UTF_8)) {
            for (int i = 0; i < pages.size(); i++) {
                PrintedPage page = pages.get(i);
                int chapter = 0;
                while (chapter + 1 < chapterStarts.size() && chapterStarts.get(chapter + 1) <= page.index()) {
                    chapter++;
                }
                String[] href = links.get(i).attr("href").split("#");
                assertEquals(String.format("chapter-%03d.xhtml", chapter + 1), href[0], "page " + page.folio());

                Element marker = xml(zip, "OEBPS/" + href[0]).getElementById(href[1]);
                assertNotNull(marker, links.get(i).attr("href"));
                assertEquals(page.folio(), marker.attr("aria-label"));
                Element block = marker.nextElementSibling();
                while (block != null && block.hasClass("pagebreak")) {
                    block = block.nextElementSibling();
                }
                assertNotNull(block, "a block after the marker of page " + page.folio());
                String firstLine = normalized(page.text().lines().findFirst().orElseThrow());
                assertTrue(normalized(block.text()).contains(firstLine),
                        "page " + page.folio() + " begins with '" + firstLine + "', which is not in the block after its marker: "
                                + block.text());
            }
        }
    }

    /** The body pages with text on them (the arabic folios, blank pages left out), in order. */
    private static List<PrintedPage> printedBodyPages() throws IOException {
        var pages = new ArrayList<PrintedPage>();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            String[] labels = doc.getDocumentCatalog().getPageLabels().getLabelsByPageIndices();
            for (int i = 0; i < doc.getNumberOfPages(); i++) {
                if (!labels[i].matches("[0-9]+")) {
                    continue;
                }
                var stripper = new PDFTextStripper();
                stripper.setStartPage(i + 1);
                stripper.setEndPage(i + 1);
                String text = stripper.getText(doc).strip();
                if (!text.isEmpty()) {
                    pages.add(new PrintedPage(i, labels[i], text));
                }
            }
        }
        return pages;
    }

    /** The page index on which each chapter begins, from the PDF's outline. */
    private static List<Integer> chapterStartPages() throws IOException {
        var starts = new ArrayList<Integer>();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            for (PDOutlineItem item : doc.getDocumentCatalog().getDocumentOutline().children()) {
                starts.add(doc.getPages().indexOf(item.findDestinationPage(doc)));
            }
        }
        return starts;
    }

    private static List<Element> pageList() throws IOException {
        try (var zip = new ZipFile(epub.toFile(), StandardCharsets.UTF_8)) {
            Element nav = xml(zip, "OEBPS/nav.xhtml").selectFirst("nav[epub:type=page-list]");
            assertNotNull(nav, "a page-list nav");
            return nav.select("a");
        }
    }

    /** Text without spaces, line breaks or hyphens, so that line breaking and hyphenation do not matter. */
    private static String normalized(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("[\\s\\u00a0\\u00ad\\u2010-]", "");
    }

    private static Document xml(ZipFile zip, String entry) throws IOException {
        try (var in = zip.getInputStream(zip.getEntry(entry))) {
            return Jsoup.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), "", Parser.xmlParser());
        }
    }
}
