package galley.cli;

import galley.epub.EpubCheckReport;
import galley.testing.Slow;
import galley.testing.TestBook;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDPageLabels;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;
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
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipFile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Builds the repository's own book as a user would, and judges both editions with independent tools. */
class SeedBookTest {

    private static final String TITLE = "Belarus Protests: Putin Ready To Send Russian Police If Necessary";
    private static final String CAPTION = "Alexander Lukashenko with Vladimir Putin. Source: Al Jazeera";

    @TempDir
    static Path out;
    private static TestBook.Run run;
    private static Path epub;
    private static Path pdf;

    @BeforeAll
    static void build() {
        run = TestBook.galley("build", TestBook.repository().toString(), "--output", out.toString());
        epub = out.resolve("belarus-protests.epub");
        pdf = out.resolve("belarus-protests.pdf");
    }

    @Test
    void buildSucceedsWithoutProblems() {
        assertEquals(0, run.status(), run.err());
        assertTrue(Files.isRegularFile(epub) && Files.isRegularFile(pdf), run.err());
        assertTrue(!run.err().contains(": warning:"), run.err());
    }

    @Slow
    @Test
    void epubPassesEpubCheckWithoutErrorsOrWarnings() {
        EpubCheckReport report = EpubCheckReport.check(epub);
        assertEquals(List.of(), report.problems());
    }

    @Test
    void epubNavListsTheChapterAndTheFigureHasItsCaption() throws IOException {
        try (var zip = new ZipFile(epub.toFile(), StandardCharsets.UTF_8)) {
            Document nav = xml(zip, "OEBPS/nav.xhtml");
            Element toc = nav.selectFirst("nav[epub|type=toc], nav#toc");
            assertNotNull(toc, "toc nav");
            assertTrue(toc.select("a").eachText().contains(TITLE), toc.outerHtml());

            Document chapter = xml(zip, "OEBPS/chapter-001.xhtml");
            Element figure = chapter.selectFirst("figure");
            assertNotNull(figure);
            Element img = figure.selectFirst("img");
            assertTrue(img.attr("alt").startsWith("Illustration drawn for this edition"), img.attr("alt"));
            assertEquals(CAPTION, figure.selectFirst("figcaption").text());
            assertTrue(img.elementSiblingIndex() < figure.selectFirst("figcaption").elementSiblingIndex());
            String src = img.attr("src");
            assertNotNull(zip.getEntry("OEBPS/" + src), src);
            assertTrue(zip.getEntry("OEBPS/" + src).getSize() > 10_000);
        }
    }

    @Test
    void pdfHoldsEveryParagraphOfTheArticleInOrderAndTheCaption() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            // the running heads and folios interrupt the text where it crosses a page
            String text = normalized(new PDFTextStripper().getText(doc).lines()
                    .filter(line -> !line.strip().equals(TITLE) && !line.strip().matches("[0-9ivxlc]+"))
                    .reduce("", (a, b) -> a + "\n" + b));
            int at = 0;
            for (String paragraph : articleParagraphs()) {
                int found = text.indexOf(normalized(paragraph), at);
                assertTrue(found >= 0, "paragraph missing or out of order: " + paragraph);
                at = found;
            }
            assertTrue(text.contains(normalized(CAPTION)));
        }
    }

    @Test
    void contentsGivesThePageTheChapterReallyStartsOnAndLinksThere() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDOutlineItem chapter = doc.getDocumentCatalog().getDocumentOutline().getFirstChild();
            assertEquals(TITLE, chapter.getTitle());
            PDPage start = chapter.findDestinationPage(doc);
            int startIndex = doc.getPages().indexOf(start);
            PDPageLabels labels = doc.getDocumentCatalog().getPageLabels();
            String folio = labels.getLabelsByPageIndices()[startIndex];
            assertEquals("1", folio);
            assertTrue(normalized(new PDFTextStripper() {{
                setStartPage(startIndex + 1);
                setEndPage(startIndex + 1);
            }}.getText(doc)).contains(normalized(TITLE)), "the chapter title stands on its page");

            int contentsIndex = -1;
            for (int i = 0; i < doc.getNumberOfPages(); i++) {
                var stripper = new PDFTextStripper();
                stripper.setStartPage(i + 1);
                stripper.setEndPage(i + 1);
                String page = stripper.getText(doc);
                if (page.strip().startsWith("Contents")) {
                    contentsIndex = i;
                    Matcher m = Pattern.compile("Necessary[ .]*(\\d+)").matcher(page.replace('\n', ' '));
                    assertTrue(m.find(), page);
                    assertEquals(folio, m.group(1));
                }
            }
            assertTrue(contentsIndex >= 0, "a contents page");
            boolean linked = false;
            for (var annotation : doc.getPage(contentsIndex).getAnnotations()) {
                if (annotation instanceof PDAnnotationLink link) {
                    var dest = link.getDestination();
                    if (dest == null && link.getAction() instanceof org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo go) {
                        dest = go.getDestination();
                    }
                    if (dest instanceof org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDNamedDestination named) {
                        dest = doc.getDocumentCatalog().findNamedDestinationPage(named);
                    }
                    linked |= dest instanceof PDPageDestination pd && pd.retrievePageNumber() == startIndex;
                }
            }
            assertTrue(linked, "the contents line links to the chapter's page");
        }
    }

    @Test
    void pdfEmbedsEveryFontAndShowsTheCoverFirst() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            int fonts = 0;
            for (PDPage page : doc.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertTrue(font.isEmbedded(), font.getName());
                    fonts++;
                }
            }
            assertTrue(fonts > 0);
            assertEquals("Cover", doc.getDocumentCatalog().getPageLabels().getLabelsByPageIndices()[0]);
            assertTrue(doc.getPage(0).getResources().getXObjectNames().iterator().hasNext(), "cover image");
            assertEquals(TITLE, doc.getDocumentInformation().getTitle());
            assertEquals("en", doc.getDocumentCatalog().getLanguage());
        }
    }

    /** The article's paragraphs as the manuscript gives them: every line but the heading and the figure. */
    private static List<String> articleParagraphs() throws IOException {
        var paragraphs = new ArrayList<String>();
        for (String line : Files.readAllLines(TestBook.repository().resolve("manuscript/01-belarus-protests.md"))) {
            String t = line.strip();
            if (!t.isEmpty() && !t.startsWith("#") && !t.startsWith("![")) {
                paragraphs.add(t);
            }
        }
        assertTrue(paragraphs.size() >= 15, "paragraphs: " + paragraphs.size());
        return paragraphs;
    }

    /** Text without spaces, line breaks or hyphens, so that line breaking and hyphenation do not matter. */
    private static String normalized(String text) {
        return text.replaceAll("[\\s\\u00a0\\u00ad-]", "");
    }

    private static Document xml(ZipFile zip, String entry) throws IOException {
        try (var in = zip.getInputStream(zip.getEntry(entry))) {
            return Jsoup.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), "", Parser.xmlParser());
        }
    }
}
