package galley.cli;

import galley.diagnostic.Diagnostics;
import galley.read.ManuscriptLoader;
import galley.model.Book;
import galley.model.Metadata;
import galley.site.HeadlessChromium;
import galley.site.SiteChecks;
import galley.site.StaticServer;
import galley.testing.Slow;
import galley.testing.TestBook;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.net.URLDecoder;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static galley.site.SiteChecks.ATOM;
import static galley.site.SiteChecks.DC;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Builds the repository's book as a user would and judges the download page and the catalogue
 * against the book's metadata and the editions actually written, then in a real browser.
 */
@Slow
class SiteBuildTest {

    private static final String EPUB = "belarus-protests.epub";
    private static final String PDF = "belarus-protests.pdf";
    private static final Set<String> PUBLISHED = Set.of(EPUB, PDF, "index.html", "opds.xml", "cover.png");

    @TempDir
    static Path out;
    private static TestBook.Run run;
    private static Book book;

    @BeforeAll
    static void build() {
        run = TestBook.galley("build", TestBook.repository().toString(), "--output", out.toString());
        book = ManuscriptLoader.load(TestBook.repository(), new Diagnostics()).orElseThrow();
    }

    @Test
    void buildWritesThePageTheCatalogueAndTheCoverBesideTheEditionsAndNothingElse() throws IOException {
        assertEquals(0, run.status(), run.err());
        assertEquals(new TreeSet<>(PUBLISHED), names(out), "no temporary file is left behind");
        assertTrue(run.err().contains("wrote the download page"), run.err());
    }

    @Test
    void thePageGivesTheBooksMetadataAndTheEditionsAsWritten() throws IOException {
        Document page = SiteChecks.page(Files.readAllBytes(out.resolve("index.html")));
        Metadata m = book.metadata();
        assertEquals("Belarus Protests: Putin Ready To Send Russian Police If Necessary", m.title());
        assertEquals(m.title(), page.selectFirst("h1").text());
        assertEquals(m.description().orElseThrow(), page.selectFirst(".about p").text());
        assertEquals("en", page.selectFirst("header").attr("lang"));
        Element details = page.selectFirst("section[aria-labelledby=details]");
        assertEquals(m.identifier(), details.selectFirst(".identifier").text());
        assertEquals("English", details.selectFirst(".language").text());
        assertEquals(String.join(", ", m.subjects()), details.selectFirst(".subjects").text());
        assertEquals(book.modified().atZone(ZoneOffset.UTC).toLocalDate().toString(), details.selectFirst("time").attr("datetime"));

        List<Element> editions = page.select("li.edition");
        assertEquals(List.of("EPUB", "PDF"), editions.stream().map(e -> e.selectFirst("h3").text()).toList());
        for (Element edition : editions) {
            Path file = linked(edition.selectFirst("a.download"));
            assertEquals(Long.toString(Files.size(file)), edition.selectFirst("data").attr("value"), file.toString());
            assertEquals(Files.size(file) / 1024 + " KB", edition.selectFirst("data").text());
            assertEquals(sha256(file), edition.selectFirst("code.sha256").text(), file.toString());
        }
        try (PDDocument pdf = Loader.loadPDF(out.resolve(PDF).toFile())) {
            assertEquals(Integer.toString(pdf.getNumberOfPages()), editions.get(1).select("dd").get(2).text());
            assertEquals("Pages", editions.get(1).select("dt").get(2).text());
        }

        Element img = page.selectFirst("img");
        BufferedImage cover = ImageIO.read(linked(img).toFile());
        assertEquals(Integer.toString(cover.getWidth()), img.attr("width"));
        assertEquals(Integer.toString(cover.getHeight()), img.attr("height"));
        assertTrue(cover.getWidth() >= 200 && cover.getWidth() <= 600, "a few hundred pixels wide: " + cover.getWidth());
        assertTrue(Files.isRegularFile(linked(page.selectFirst("link[rel=alternate]"))));
        for (Element a : page.select("a[href]")) {
            assertTrue(Files.isRegularFile(linked(a)), "every link leads to a published file: " + a);
        }
    }

    @Test
    void theCatalogueAgreesWithTheBookAndTheFiles() throws IOException {
        var feed = SiteChecks.catalogue(Files.readAllBytes(out.resolve("opds.xml")));
        var entry = SiteChecks.entry(feed);
        Metadata m = book.metadata();
        assertEquals(m.title(), SiteChecks.text(feed.getDocumentElement(), ATOM, "title"));
        assertEquals(m.title(), SiteChecks.text(entry, ATOM, "title"));
        assertEquals(m.identifier(), SiteChecks.text(entry, ATOM, "id"));
        assertEquals(m.identifier(), SiteChecks.text(entry, DC, "identifier"));
        assertEquals("en", SiteChecks.text(entry, DC, "language"));
        assertEquals(m.description().orElseThrow(), SiteChecks.text(entry, ATOM, "summary"));
        assertEquals(book.modified().truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString(),
                SiteChecks.text(entry, ATOM, "updated"));
        var acquisitions = SiteChecks.children(entry, ATOM, "link").stream()
                .filter(l -> l.getAttribute("rel").equals("http://opds-spec.org/acquisition")).toList();
        assertEquals(List.of(EPUB, PDF), acquisitions.stream().map(l -> l.getAttribute("href")).toList());
        assertEquals(List.of("application/epub+zip", "application/pdf"), acquisitions.stream().map(l -> l.getAttribute("type")).toList());
        for (var link : acquisitions) {
            assertEquals(Long.toString(Files.size(out.resolve(link.getAttribute("href")))), link.getAttribute("length"));
        }
        for (String rel : List.of("http://opds-spec.org/image", "http://opds-spec.org/image/thumbnail")) {
            var image = SiteChecks.link(entry, rel);
            assertTrue(Files.isRegularFile(out.resolve(image.getAttribute("href"))), rel);
            assertEquals("image/png", image.getAttribute("type"));
        }
    }

    @Test
    void theSameManuscriptBuildsToTheSameBytes(@TempDir Path again) throws IOException {
        TestBook.Run second = TestBook.galley("build", TestBook.repository().toString(), "--output", again.toString(), "--quiet");
        assertEquals(0, second.status(), second.err());
        assertEquals(names(out), names(again));
        for (String name : PUBLISHED) {
            assertArrayEquals(Files.readAllBytes(out.resolve(name)), Files.readAllBytes(again.resolve(name)), name);
        }
    }

    @Test
    void noSiteWritesOnlyTheEditions(@TempDir Path editionsOnly) throws IOException {
        TestBook.Run bare = TestBook.galley("build", TestBook.repository().toString(), "--output",
                editionsOnly.toString(), "--no-site");
        assertEquals(0, bare.status(), bare.err());
        assertEquals(new TreeSet<>(Set.of(EPUB, PDF)), names(editionsOnly));
    }

    @Test
    void aHostileTitleStaysTextAndAFailedBuildLeavesThePageAsItWas(@TempDir Path folder) throws IOException {
        String hostile = "<script>alert(1)</script> & \"quotes\"";
        Path bookDir = TestBook.copyOfRepositoryBook(folder).dir;
        Path yaml = bookDir.resolve("manuscript/book.yaml");
        Files.writeString(yaml, Files.readString(yaml).replaceFirst("(?m)^title: .*$", "title: '" + hostile + "'"));
        TestBook.Run built = TestBook.galley("build", bookDir.toString(), "--quiet");
        assertEquals(0, built.status(), built.err());
        Path dist = bookDir.resolve("dist");
        byte[] before = Files.readAllBytes(dist.resolve("index.html"));
        Document page = SiteChecks.page(before);
        assertEquals(hostile, page.selectFirst("h1").text());
        assertTrue(page.select("script").isEmpty());
        assertTrue(new String(before, StandardCharsets.UTF_8).contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot;"));
        assertEquals(hostile, SiteChecks.text(SiteChecks.entry(SiteChecks.catalogue(Files.readAllBytes(dist.resolve("opds.xml")))), ATOM, "title"));

        Files.writeString(bookDir.resolve("manuscript/02-broken.md"), "# Broken\n\n![gone](images/missing.png)\n");
        TestBook.Run broken = TestBook.galley("build", bookDir.toString(), "--quiet");
        assertEquals(1, broken.status(), broken.err());
        assertArrayEquals(before, Files.readAllBytes(dist.resolve("index.html")), "the page describes the editions still there");
        assertEquals(new TreeSet<>(Set.of("belarus-protests.epub", "belarus-protests.pdf", "index.html", "opds.xml", "cover.png")),
                names(dist));
    }

    @Test
    void aBrowserRendersThePageWithoutErrorsAndFetchesNothingButItsCover(@TempDir Path work) throws Exception {
        Assumptions.assumeTrue(HeadlessChromium.available(),
                "skipped: no browser at " + HeadlessChromium.BINARY + " (Debian: apt-get install chromium)");
        var chromium = new HeadlessChromium(work);
        Path shots = TestBook.repository().resolve("target/site-screenshots");
        Files.createDirectories(shots);
        try (StaticServer server = StaticServer.serve(out)) {
            HeadlessChromium.Run rendered = chromium.dumpDom(server.url("index.html"));
            assertEquals(List.of(), rendered.console(), "the browser console");
            Document dom = Jsoup.parse(rendered.dom());
            assertEquals(book.metadata().title(), dom.selectFirst("h1").text());
            assertEquals(2, dom.select("a.download").size());
            var asked = new HashSet<String>();
            for (StaticServer.Request request : server.requests()) {
                assertEquals(200, request.status(), request.path());
                asked.add(request.path());
            }
            assertEquals(Set.of("/index.html", "/cover.png"), asked, "the page loads its cover and nothing else");

            HttpClient http = HttpClient.newHttpClient();
            for (Element link : dom.select("a.download")) {
                String url = server.url(link.attr("href"));
                HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofByteArray());
                assertEquals(200, response.statusCode(), url);
                assertEquals(link.parent().selectFirst("code.sha256").text(), sha256(response.body()), "what a reader downloads is what the page describes");
            }

            for (int width : new int[]{390, 1280}) {
                Path png = shots.resolve("index-" + width + ".png");
                HeadlessChromium.Run shot = chromium.screenshot(server.url("index.html"), width, 1400, png);
                assertEquals(List.of(), shot.console(), "console at " + width + " px");
                BufferedImage image = ImageIO.read(png.toFile());
                assertNotNull(image, png.toString());
                assertEquals(width, image.getWidth());
                assertTrue(colours(image) > 50, "the page rendered something at " + width + " px");
            }
        }
    }

    private static Path linked(Element element) {
        String href = element.hasAttr("href") ? element.attr("href") : element.attr("src");
        Path file = out.resolve(URLDecoder.decode(href, StandardCharsets.UTF_8)).normalize();
        assertTrue(file.startsWith(out) && Files.isRegularFile(file), "a published file: " + href);
        return file;
    }

    private static TreeSet<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).collect(java.util.stream.Collectors.toCollection(TreeSet::new));
        }
    }

    private static String sha256(Path file) throws IOException {
        return sha256(Files.readAllBytes(file));
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int colours(BufferedImage image) {
        var seen = new HashSet<Integer>();
        for (int y = 0; y < image.getHeight(); y += 4) {
            for (int x = 0; x < image.getWidth(); x += 4) {
                seen.add(image.getRGB(x, y));
            }
        }
        return seen.size();
    }
}
