package galley.pdf;

import galley.font.FontSet;
import galley.font.SampleBook;

import galley.model.Book;
import galley.model.ImageAsset;
import galley.model.Metadata;
import galley.layout.LaidOutBook;
import galley.testing.Slow;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.PageMode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDNamedDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageXYZDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Paints a hand-made layout and reads the PDF back with PDFBox. */
class PdfPainterTest {

    @TempDir
    static Path dir;
    static Book book;
    static LaidOutBook layout;
    static byte[] pdf;

    @BeforeAll
    static void paint() throws IOException {
        book = SampleBook.book(dir);
        layout = SampleBook.layout(book);
        pdf = paint(book, layout);
    }

    static byte[] paint(Book book, LaidOutBook layout) throws IOException {
        var out = new ByteArrayOutputStream();
        new PdfPainter(FontSet.standard()).paint(book, layout, out);
        return out.toByteArray();
    }

    @Test
    void everyPageHasItsOwnSizeAndBlankPagesAreKept() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertEquals(6, doc.getNumberOfPages());
            PDRectangle a5ish = doc.getPage(4).getMediaBox();
            assertEquals(420, a5ish.getWidth(), 0.01);
            assertEquals(595, a5ish.getHeight(), 0.01);
            assertEquals(432, doc.getPage(5).getMediaBox().getWidth(), 0.01);
            assertEquals(648, doc.getPage(5).getMediaBox().getHeight(), 0.01);
        }
    }

    @Test
    void everyFontIsAnEmbeddedSubsetAndNoneIsAStandardFont() throws IOException {
        Set<String> families = new HashSet<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            for (PDPage page : doc.getPages()) {
                List<PDResources> resources = new ArrayList<>();
                resources.add(page.getResources());
                for (PDAnnotation annotation : page.getAnnotations()) {
                    if (annotation.getNormalAppearanceStream() != null) {
                        resources.add(annotation.getNormalAppearanceStream().getResources());
                    }
                }
                for (PDResources res : resources) {
                    if (res == null) {
                        continue;
                    }
                    for (COSName name : res.getFontNames()) {
                        PDFont font = res.getFont(name);
                        assertTrue(font.isEmbedded(), font.getName() + " is embedded");
                        assertFalse(font.isStandard14(), font.getName() + " is not a standard font");
                        assertInstanceOf(PDType0Font.class, font, font.getName() + " is a Type 0 (Identity-H) font");
                        assertTrue(((PDType0Font) font).getDescendantFont().isEmbedded());
                        assertTrue(font.getName().matches("[A-Z]{6}\\+.+"), font.getName() + " is tagged as a subset");
                        families.add(font.getName().substring(7));
                    }
                }
            }
        }
        assertEquals(Set.of("LiberationSerif", "LiberationSerif-Italic", "LiberationSerif-Bold", "LiberationSerif-BoldItalic",
                "LiberationSans-Bold", "LiberationSans", "LiberationMono", "DroidSansFallback"), families);
    }

    @Test
    void theTextOfEveryRunCanBeExtracted() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String chapterPage = text(doc, 3);
            for (String run : SampleBook.TEXTS) {
                assertTrue(chapterPage.contains(run), "page 4 has: " + run + "\n" + chapterPage);
            }
            assertTrue(chapterPage.contains("Italic words and bold words and bold italic."), chapterPage);
            assertTrue(text(doc, 1).contains(SampleBook.TITLE));
            assertTrue(text(doc, 4).contains("A page of another size."));
        }
    }

    @Test
    void greyTextIsGreyAndBodyTextBlack() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String content = new String(doc.getPage(3).getContents().readAllBytes(), StandardCharsets.ISO_8859_1);
            int grey = content.indexOf("0.45 g");
            assertTrue(grey > 0, "the running head is set in grey");
            assertTrue(content.indexOf("0 g", grey) > grey, "and black comes back after it");
        }
    }

    @Test
    void theOutlineNestsAndLeadsToEachHeading() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDDocumentCatalog catalog = doc.getDocumentCatalog();
            assertEquals(PageMode.USE_OUTLINES, catalog.getPageMode());
            PDOutlineItem first = catalog.getDocumentOutline().getFirstChild();
            assertEquals("Chapter One", first.getTitle());
            assertDestination(doc, first, 3, 580);
            PDOutlineItem child = first.getFirstChild();
            assertEquals("Section Two", child.getTitle());
            assertDestination(doc, child, 4, 514);
            PDOutlineItem second = first.getNextSibling();
            assertEquals("Глава", second.getTitle());
            assertDestination(doc, second, 3, 300);
            assertEquals(null, second.getNextSibling());
        }
    }

    private static void assertDestination(PDDocument doc, PDOutlineItem item, int page, float top) throws IOException {
        PDPageXYZDestination destination = (PDPageXYZDestination) item.getDestination();
        assertEquals(page, doc.getPages().indexOf(destination.getPage()), item.getTitle());
        assertEquals(top, destination.getTop(), item.getTitle());
    }

    @Test
    void pageLabelsShowTheFolios() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String[] labels = doc.getDocumentCatalog().getPageLabels().getLabelsByPageIndices();
            assertEquals(List.of("Cover", "i", "ii", "1", "2", "3"), List.of(labels));
        }
    }

    @Test
    void linksLeadToTheWebAndToNamedDestinations() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDDocumentCatalog catalog = doc.getDocumentCatalog();
            List<PDAnnotation> contents = doc.getPage(2).getAnnotations();
            assertEquals(2, contents.size());
            int[] expectedPages = {3, 4};
            for (int i = 0; i < 2; i++) {
                PDAnnotationLink link = (PDAnnotationLink) contents.get(i);
                assertTrue(link.isPrinted());
                PDNamedDestination named = (PDNamedDestination) ((PDActionGoTo) link.getAction()).getDestination();
                PDPageDestination target = catalog.findNamedDestinationPage(named);
                assertEquals(expectedPages[i], doc.getPages().indexOf(target.getPage()), named.getNamedDestination());
            }
            assertEquals(530 - 4, contents.get(0).getRectangle().getLowerLeftY(), 0.01);

            List<PDAnnotation> chapter = doc.getPage(3).getAnnotations();
            assertEquals(1, chapter.size());
            PDActionURI uri = (PDActionURI) ((PDAnnotationLink) chapter.get(0)).getAction();
            assertEquals("https://example.org/galley?q=%C3%A4", uri.getURI());
        }
    }

    @Test
    void everyAnchorIsANamedDestination() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            var dests = doc.getDocumentCatalog().getNames().getDests();
            assertEquals(Set.of("chapter-one", "section-two", "%D0%B3%D0%BB%D0%B0%D0%B2%D0%B0"), dests.getNames().keySet());
            PDPageXYZDestination cyrillic = (PDPageXYZDestination) dests.getValue("%D0%B3%D0%BB%D0%B0%D0%B2%D0%B0");
            assertEquals(3, doc.getPages().indexOf(cyrillic.getPage()));
            assertEquals(300, cyrillic.getTop());
        }
    }

    @Test
    void anImageDrawnTwiceIsEmbeddedOnceWithItsTransparency() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            COSStream cover = image(doc.getPage(0));
            COSStream figure = image(doc.getPage(3));
            assertTrue(cover == figure, "both pages use one image object");
            PDImageXObject image = new PDImageXObject(new org.apache.pdfbox.pdmodel.common.PDStream(cover), null);
            assertEquals(300, image.getWidth());
            assertEquals(180, image.getHeight());
            assertNotNull(cover.getCOSDictionary(COSName.SMASK), "the alpha channel is kept as a soft mask");
            String content = new String(doc.getPage(3).getContents().readAllBytes(), StandardCharsets.ISO_8859_1);
            assertTrue(content.contains("288 0 0 172.8 72 200 cm"), "the figure is drawn in its box");
        }
    }

    /** The one image drawn on {@code page}, not counting the soft masks OpenPDF lists beside it. */
    private static COSStream image(PDPage page) throws IOException {
        List<COSStream> images = new ArrayList<>();
        for (COSName name : page.getResources().getXObjectNames()) {
            PDXObject object = page.getResources().getXObject(name);
            if (object instanceof PDImageXObject) {
                images.add(object.getCOSObject());
            }
        }
        List<COSStream> masks = images.stream().map(i -> i.getCOSStream(COSName.SMASK)).toList();
        images.removeIf(masks::contains);
        assertEquals(1, images.size(), "one image on the page");
        return images.get(0);
    }

    @Test
    void infoAndXmpAgreeOnTheBooksMetadata() throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDDocumentInformation info = doc.getDocumentInformation();
            assertEquals(SampleBook.TITLE, info.getTitle());
            assertEquals("Ada Lovelace and Иван Петров", info.getAuthor());
            assertEquals("A book that tests the painter & more", info.getSubject());
            assertEquals("Testing, PDF", info.getKeywords());
            assertEquals("Galley", info.getCreator());
            assertTrue(info.getProducer().startsWith("OpenPDF"), info.getProducer());
            assertEquals(SampleBook.MODIFIED.toEpochMilli(), info.getCreationDate().getTimeInMillis());
            assertEquals(SampleBook.MODIFIED.toEpochMilli(), info.getModificationDate().getTimeInMillis());
            assertEquals("en-GB", doc.getDocumentCatalog().getLanguage());
            assertEquals(Set.of("Title", "Author", "Subject", "Keywords", "Creator", "Producer", "CreationDate", "ModDate"),
                    info.getMetadataKeys(), "only the standard Info keys");

            byte[] xmp = doc.getDocumentCatalog().getMetadata().toByteArray();
            var factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            Element root = factory.newDocumentBuilder().parse(new ByteArrayInputStream(xmp)).getDocumentElement();
            assertEquals(SampleBook.TITLE, xmp(root, "http://purl.org/dc/elements/1.1/", "title"));
            assertEquals("Ada Lovelace and Иван Петров", xmp(root, "http://purl.org/dc/elements/1.1/", "creator"));
            assertEquals("A book that tests the painter & more", xmp(root, "http://purl.org/dc/elements/1.1/", "description"));
            assertEquals("en-GB", xmp(root, "http://purl.org/dc/elements/1.1/", "language"));
            assertEquals("TestingPDF", xmp(root, "http://purl.org/dc/elements/1.1/", "subject"));
            assertEquals("2024-05-06T07:08:09Z", xmp(root, "http://ns.adobe.com/xap/1.0/", "CreateDate"));
            assertEquals("2024-05-06T07:08:09Z", xmp(root, "http://ns.adobe.com/xap/1.0/", "ModifyDate"));
            assertEquals("Galley", xmp(root, "http://ns.adobe.com/xap/1.0/", "CreatorTool"));
            assertEquals(info.getProducer(), xmp(root, "http://ns.adobe.com/pdf/1.3/", "Producer"));
            assertEquals(info.getKeywords(), xmp(root, "http://ns.adobe.com/pdf/1.3/", "Keywords"));
        }
    }

    private static String xmp(Element root, String namespace, String name) {
        var nodes = root.getElementsByTagNameNS(namespace, name);
        assertEquals(1, nodes.getLength(), name);
        return nodes.item(0).getTextContent();
    }

    @Test
    void theFileIsMadeForPdfA2b() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String xmp = new String(doc.getDocumentCatalog().getMetadata().toByteArray(), StandardCharsets.UTF_8);
            assertTrue(xmp.contains("<pdfaid:part>2</pdfaid:part>"), xmp);
            assertTrue(xmp.contains("<pdfaid:conformance>B</pdfaid:conformance>"), xmp);
            var intents = doc.getDocumentCatalog().getOutputIntents();
            assertEquals(1, intents.size());
            assertEquals("GTS_PDFA1", intents.get(0).getCOSObject().getNameAsString(COSName.S));
            assertEquals("sRGB IEC61966-2.1", intents.get(0).getOutputConditionIdentifier());
            assertNotNull(intents.get(0).getDestOutputIntent());
            for (PDPage page : doc.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    var descriptor = ((PDType0Font) page.getResources().getFont(name)).getDescendantFont().getFontDescriptor();
                    assertEquals(null, descriptor.getCIDSet(), "no CIDSet, which would have to list every glyph of the subset");
                }
            }
        }
    }

    @Test
    void paintingTwiceGivesTheSameBytes() throws Exception {
        assertEquals(sha256(pdf), sha256(paint(book, layout)));
    }

    @Slow
    @Test
    void anotherJvmGivesTheSameBytes() throws Exception {
        Path other = Files.createTempDirectory(dir, "other-jvm");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                SamplePainter.class.getName(), other.toString())
                .redirectErrorStream(true)
                .start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "the other JVM finishes");
        assertEquals(0, process.exitValue(), output);
        assertEquals(sha256(pdf), sha256(Files.readAllBytes(other.resolve("sample.pdf"))));
    }

    @Test
    void nothingComesFromTheClockOrChance() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            var id = doc.getDocument().getTrailer().getCOSArray(COSName.ID);
            assertEquals(2, id.size());
            Calendar created = doc.getDocumentInformation().getCreationDate();
            assertEquals(2024, created.get(Calendar.YEAR));
        }
        Metadata changed = new Metadata("Another Title", book.metadata().subtitle(), book.metadata().authors(),
                book.metadata().lang(), book.metadata().date(), book.metadata().identifier(), book.metadata().publisher(),
                book.metadata().rights(), book.metadata().description(), book.metadata().subjects());
        Book other = new Book(changed, book.chapters(), book.cover(), book.name(), book.modified(), book.tocDepth(), book.pageSize());
        byte[] otherPdf = paint(other, layout);
        try (PDDocument a = Loader.loadPDF(pdf); PDDocument b = Loader.loadPDF(otherPdf)) {
            assertNotEquals(a.getDocument().getTrailer().getCOSArray(COSName.ID).toString(),
                    b.getDocument().getTrailer().getCOSArray(COSName.ID).toString(), "another book, another file ID");
        }
    }

    @Test
    void theFileIdChangesWithAnImagesPixelsUnderTheSameName() throws IOException {
        Path file = Files.createDirectories(dir.resolve("repainted")).resolve("picture.png");
        var image = new BufferedImage(300, 180, BufferedImage.TYPE_INT_ARGB);
        image.setRGB(7, 7, 0xFF00FF00);
        ImageIO.write(image, "png", file.toFile());
        ImageAsset original = book.cover().orElseThrow();
        var repainted = new ImageAsset(file, original.href(), original.format(), original.width(), original.height());
        Book other = new Book(book.metadata(), book.chapters(), Optional.of(repainted), book.name(), book.modified(),
                book.tocDepth(), book.pageSize());
        byte[] otherPdf = paint(other, SampleBook.layout(other));
        try (PDDocument a = Loader.loadPDF(pdf); PDDocument b = Loader.loadPDF(otherPdf)) {
            assertNotEquals(a.getDocument().getTrailer().getCOSArray(COSName.ID).toString(),
                    b.getDocument().getTrailer().getCOSArray(COSName.ID).toString(), "other pixels, another file ID");
        }
    }

    @Test
    void theCjkFallbackFontIsASmallSubset() {
        assertTrue(pdf.length < 250_000, "the PDF holds subsets, not 3 MB of CJK font: " + pdf.length + " bytes");
    }

    private static String text(PDDocument doc, int pageIndex) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(pageIndex + 1);
        stripper.setEndPage(pageIndex + 1);
        return stripper.getText(doc);
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
