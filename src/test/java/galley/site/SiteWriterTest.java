package galley.site;

import galley.diagnostic.Diagnostic;
import galley.diagnostic.Diagnostics;
import galley.model.Book;
import galley.model.ImageAsset;
import galley.model.ImageFormat;
import galley.model.Language;
import galley.model.Metadata;
import galley.model.PageSize;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;
import java.util.stream.Collectors;

import static galley.site.SiteChecks.ATOM;
import static galley.site.SiteChecks.DC;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SiteWriterTest {

    static final String HOSTILE = "<script>alert(1)</script> & \"quotes\"";
    private static final Instant MODIFIED = Instant.parse("2024-05-01T12:30:45.250Z");

    @TempDir
    Path dir;

    @Test
    void thePageShowsEveryValueOfTheBookAndItsEditionsEscaped() throws IOException {
        List<Download> downloads = downloads();
        Map<String, byte[]> site = render(fullBook(), downloads);
        assertEquals(List.of("cover.png", "opds.xml", "index.html"), List.copyOf(site.keySet()), "the page is put in place last");
        Document page = SiteChecks.page(site.get("index.html"));

        assertTrue(page.select("script").isEmpty(), "the hostile title stays text");
        assertEquals(HOSTILE, page.selectFirst("h1").text());
        assertEquals(HOSTILE + ": download the e-book and the PDF", page.title());
        Element header = page.selectFirst("header");
        assertEquals("en-GB", header.attr("lang"), "the book's text is marked with its language");
        assertEquals("Part two: </p><p onclick=x>", header.selectFirst(".subtitle").text());
        assertEquals("Ada Lovelace and Иван Петров", header.selectFirst(".author").text());
        assertEquals(List.of("First paragraph with <img src=https://example.org/x.png onerror=alert(1)>.",
                "Second paragraph, after a blank line."), page.select(".about p").eachText());
        assertEquals("Cover of " + HOSTILE, page.selectFirst("img").attr("alt"));
        assertEquals("cover.png", page.selectFirst("img").attr("src"));
        BufferedImageSize cover = BufferedImageSize.of(site.get("cover.png"));
        assertEquals(Integer.toString(cover.width()), page.selectFirst("img").attr("width"));
        assertEquals(Integer.toString(cover.height()), page.selectFirst("img").attr("height"));

        List<Element> editions = page.select("li.edition");
        assertEquals(2, editions.size());
        for (int i = 0; i < 2; i++) {
            Download d = downloads.get(i);
            Element edition = editions.get(i);
            Element link = edition.selectFirst("a.download");
            assertEquals(d.format().label(), edition.selectFirst("h3").text());
            assertEquals(SiteValues.href(d.fileName()), link.attr("href"));
            assertEquals(d.format().mediaType(), link.attr("type"));
            assertEquals("Download " + d.format().label() + " (" + d.humanSize() + ")", link.text());
            assertEquals(Long.toString(d.size()), edition.selectFirst("data").attr("value"));
            assertEquals(d.humanSize(), edition.selectFirst("data").text());
            assertEquals(d.sha256(), edition.selectFirst("code.sha256").text());
        }
        assertEquals("book & more.epub", downloads.get(0).fileName());
        assertEquals("book%20%26%20more.epub", editions.get(0).selectFirst("a").attr("href"), "file names are URL-encoded");
        assertEquals(Map.of("File", "book & more.pdf", "Size", "1 KB", "Pages", "128", "SHA-256", downloads.get(1).sha256()),
                facts(editions.get(1)));
        assertFalse(facts(editions.get(0)).containsKey("Pages"), "an EPUB has no fixed pages");

        Map<String, String> details = facts(page.selectFirst("section[aria-labelledby=details]"));
        assertEquals(Map.of("Identifier", "978-3-16-148410-0", "Language", "English (United Kingdom)",
                "Publisher", "Galley & Sons", "Published", "2024-04-30", "Subjects", "Testing, <b>Bold</b>",
                "Rights", "© 2024 Ada Lovelace. All rights reserved.", "Built", "1 May 2024"), details);
        assertEquals("2024-05-01", page.selectFirst("time").attr("datetime"), "the build date is the book's, never the clock's");
        assertEquals("First paragraph with <img src=https://example.org/x.png onerror=alert(1)>.\n\n"
                + "Second paragraph, after a blank line.", page.selectFirst("meta[name=description]").attr("content"));
    }

    @Test
    void theCatalogueDescribesTheSameBookAndEditions() throws IOException {
        List<Download> downloads = downloads();
        Map<String, byte[]> site = render(fullBook(), downloads);
        var feed = SiteChecks.catalogue(site.get("opds.xml"));
        var root = feed.getDocumentElement();
        var entry = SiteChecks.entry(feed);
        assertEquals(HOSTILE, SiteChecks.text(root, ATOM, "title"));
        assertEquals("2024-05-01T12:30:45Z", SiteChecks.text(root, ATOM, "updated"));
        assertEquals(HOSTILE, SiteChecks.text(entry, ATOM, "title"));
        assertEquals("urn:isbn:9783161484100", SiteChecks.text(entry, ATOM, "id"));
        assertEquals("2024-05-01T12:30:45Z", SiteChecks.text(entry, ATOM, "updated"));
        assertEquals(List.of("Ada Lovelace", "Иван Петров"), SiteChecks.children(entry, ATOM, "author").stream()
                .map(a -> SiteChecks.text(a, ATOM, "name")).toList());
        assertEquals("en-GB", SiteChecks.text(entry, DC, "language"));
        assertEquals("978-3-16-148410-0", SiteChecks.text(entry, DC, "identifier"));
        assertEquals("Galley & Sons", SiteChecks.text(entry, DC, "publisher"));
        assertEquals("2024-04-30", SiteChecks.text(entry, DC, "issued"));
        assertEquals("© 2024 Ada Lovelace. All rights reserved.", SiteChecks.text(entry, ATOM, "rights"));
        assertEquals(List.of("Testing", "<b>Bold</b>"), SiteChecks.children(entry, ATOM, "category").stream()
                .map(c -> c.getAttribute("term")).toList());
        assertEquals(fullBook().metadata().description().orElseThrow(), SiteChecks.text(entry, ATOM, "summary"));
        for (String rel : List.of("http://opds-spec.org/image", "http://opds-spec.org/image/thumbnail")) {
            var image = SiteChecks.link(entry, rel);
            assertEquals("cover.png", image.getAttribute("href"));
            assertEquals("image/png", image.getAttribute("type"));
        }
        var acquisitions = SiteChecks.children(entry, ATOM, "link").stream()
                .filter(l -> l.getAttribute("rel").equals("http://opds-spec.org/acquisition")).toList();
        for (int i = 0; i < 2; i++) {
            Download d = downloads.get(i);
            assertEquals(SiteValues.href(d.fileName()), acquisitions.get(i).getAttribute("href"));
            assertEquals(d.format().mediaType(), acquisitions.get(i).getAttribute("type"));
            assertEquals(Long.toString(d.size()), acquisitions.get(i).getAttribute("length"));
        }
        assertEquals(List.of("application/epub+zip", "application/pdf"),
                acquisitions.stream().map(l -> l.getAttribute("type")).toList());
    }

    @Test
    void aBookWithoutCoverAuthorsOrDescriptionStillMakesAValidPageAndFeed() throws IOException {
        Map<String, byte[]> site = render(bareBook(), downloads());
        assertEquals(List.of("opds.xml", "index.html"), List.copyOf(site.keySet()));
        Document page = SiteChecks.page(site.get("index.html"));
        assertTrue(page.select("img, .subtitle, .author, .about, meta[name=description], meta[name=author]").isEmpty());
        assertEquals("rtl-ready", page.selectFirst("h1").text());
        assertEquals("Arabic", facts(page.selectFirst("section[aria-labelledby=details]")).get("Language"));
        var feed = SiteChecks.catalogue(site.get("opds.xml"));
        var entry = SiteChecks.entry(feed);
        assertEquals("Unknown", SiteChecks.text(SiteChecks.children(feed.getDocumentElement(), ATOM, "author").get(0), ATOM, "name"));
        assertTrue(SiteChecks.children(entry, ATOM, "author").isEmpty());
        assertTrue(SiteChecks.children(entry, ATOM, "summary").isEmpty());
        assertTrue(SiteChecks.children(entry, ATOM, "link").stream().noneMatch(l -> l.getAttribute("rel").contains("image")));
        assertEquals("urn:uuid:0b5c1a52-4a1b-4f7e-9a0c-2f1f6d3c9e10", SiteChecks.text(entry, ATOM, "id"));
    }

    @Test
    void theSameBookGivesTheSameBytes() throws IOException {
        List<Download> downloads = downloads();
        Map<String, byte[]> first = render(fullBook(), downloads);
        Map<String, byte[]> second = render(fullBook(), downloads);
        assertEquals(first.keySet(), second.keySet());
        first.forEach((name, bytes) -> assertArrayEquals(bytes, second.get(name), name));
    }

    @Test
    void aCoverJavaCannotDecodeIsReportedAndLeftOut() throws IOException {
        Path broken = Files.write(dir.resolve("cmyk.jpg"), new byte[]{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0});
        Book book = fullBook();
        Book withBrokenCover = new Book(book.metadata(), book.chapters(),
                Optional.of(new ImageAsset(broken, "images/cmyk.jpg", ImageFormat.JPEG, 1600, 2560)),
                book.name(), book.modified(), book.tocDepth(), book.pageSize());
        var diagnostics = new Diagnostics();
        List<SiteFile> files = new SiteWriter(SiteOptions.defaults()).render(withBrokenCover, downloads(), diagnostics);
        assertEquals(List.of("opds.xml", "index.html"), files.stream().map(SiteFile::name).toList());
        List<Diagnostic> warnings = diagnostics.all();
        assertEquals(1, warnings.size());
        assertEquals("site-cover-unreadable", warnings.get(0).code());
        assertEquals("covers/cmyk.jpg", warnings.get(0).path());
        assertFalse(diagnostics.hasErrors(), "the editions are still published");
    }

    @Test
    void aCoverChangedInPlaceGivesANewCopy() throws IOException {
        Path cover = dir.resolve("cover.png");
        Book book = fullBook();
        Book own = new Book(book.metadata(), book.chapters(),
                Optional.of(new ImageAsset(cover, "images/cover.png", ImageFormat.PNG, 64, 100)),
                book.name(), book.modified(), book.tocDepth(), book.pageSize());
        Files.write(cover, plainPng(0x203040));
        byte[] dark = render(own, downloads()).get("cover.png");
        assertArrayEquals(dark, render(own, downloads()).get("cover.png"));
        Files.write(cover, plainPng(0xE0D0C0));
        byte[] light = render(own, downloads()).get("cover.png");
        assertFalse(Arrays.equals(dark, light), "the same file name and size, but other pixels: not the copy made before");
        assertEquals(0xE0D0C0, ImageIO.read(new ByteArrayInputStream(light)).getRGB(10, 10) & 0xFFFFFF);
    }

    private static byte[] plainPng(int rgb) throws IOException {
        var image = new BufferedImage(64, 100, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 100; y++) {
            for (int x = 0; x < 64; x++) {
                image.setRGB(x, y, rgb);
            }
        }
        var out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    @Test
    void atomIdsAreIrisWhateverTheIdentifier() {
        assertEquals("urn:isbn:9783161484100", SiteValues.entryId("978-3-16-148410-0"));
        assertEquals("urn:isbn:080442957X", SiteValues.entryId("ISBN 0-8044-2957-X"));
        assertEquals("https://example.org/books/1", SiteValues.entryId("https://example.org/books/1"));
        assertEquals("doi:10.1000/182", SiteValues.entryId("doi:10.1000/182"));
        String derived = SiteValues.entryId("10.1000/182");
        assertTrue(derived.startsWith("urn:uuid:"), derived);
        assertEquals(derived, SiteValues.entryId("10.1000/182"), "stable");
        assertTrue(SiteValues.entryId("12345").startsWith("urn:uuid:"), "too short for an ISBN");
    }

    @Test
    void languagesAreNamedInEnglish() {
        assertEquals("English", SiteValues.languageName(Language.of("en")));
        assertEquals("Russian", SiteValues.languageName(Language.of("ru")));
        assertEquals("Serbian (Latin)", SiteValues.languageName(Language.of("sr-Latn")));
        assertEquals("qqq", SiteValues.languageName(Language.of("qqq")), "an unknown language keeps its tag");
    }

    /** A book with every field set, hostile text in each, and the repository's cover. */
    private static Book fullBook() {
        var metadata = new Metadata(HOSTILE, Optional.of("Part two: </p><p onclick=x>"),
                List.of("Ada Lovelace", "Иван Петров"), "en-GB", Optional.of("2024-04-30"), "978-3-16-148410-0",
                Optional.of("Galley & Sons"), Optional.of("© 2024 Ada Lovelace. All rights reserved."),
                Optional.of("First paragraph with <img src=https://example.org/x.png onerror=alert(1)>.\n\n"
                        + "Second paragraph, after a blank line."),
                List.of("Testing", "<b>Bold</b>"));
        Path cover = Path.of("covers/cover.png").toAbsolutePath();
        return new Book(metadata, List.of(), Optional.of(new ImageAsset(cover, "images/cover.png", ImageFormat.PNG, 1600, 2560)),
                "book", MODIFIED, 2, PageSize.TRADE_6X9);
    }

    /** A book with only what the loader always supplies. */
    private static Book bareBook() {
        var metadata = new Metadata("rtl-ready", Optional.empty(), List.of(), "ar", Optional.empty(),
                "urn:uuid:0b5c1a52-4a1b-4f7e-9a0c-2f1f6d3c9e10", Optional.empty(), Optional.empty(), Optional.empty(), List.of());
        return new Book(metadata, List.of(), Optional.empty(), "bare", MODIFIED, 2, PageSize.TRADE_6X9);
    }

    private List<Download> downloads() throws IOException {
        Path epub = Files.write(dir.resolve("staged-epub"), "PK fake epub".getBytes(StandardCharsets.UTF_8));
        Path pdf = Files.write(dir.resolve("staged-pdf"), new byte[1500]);
        return List.of(Download.of(epub, "book & more.epub", Download.Format.EPUB, OptionalInt.empty()),
                Download.of(pdf, "book & more.pdf", Download.Format.PDF, OptionalInt.of(128)));
    }

    private static Map<String, byte[]> render(Book book, List<Download> downloads) throws IOException {
        var diagnostics = new Diagnostics();
        Map<String, byte[]> files = new SiteWriter(SiteOptions.defaults()).render(book, downloads, diagnostics).stream()
                .collect(Collectors.toMap(SiteFile::name, SiteFile::content, (a, b) -> a, java.util.LinkedHashMap::new));
        assertEquals(List.of(), diagnostics.all());
        return files;
    }

    /** A definition list's terms and descriptions. */
    static Map<String, String> facts(Element container) {
        Element list = container.selectFirst("dl");
        assertNotNull(list);
        return list.select("div").stream().collect(Collectors.toMap(d -> d.selectFirst("dt").text(),
                d -> d.selectFirst("dd").text(), (a, b) -> a + "; " + b));
    }

    /** The pixel size of an encoded image. */
    private record BufferedImageSize(int width, int height) {
        static BufferedImageSize of(byte[] bytes) throws IOException {
            var image = ImageIO.read(new ByteArrayInputStream(bytes));
            assertNull(image == null ? "undecodable" : null);
            return new BufferedImageSize(image.getWidth(), image.getHeight());
        }
    }
}
