package galley.epub;

import galley.diagnostic.Diagnostic;
import galley.diagnostic.Diagnostics;
import galley.model.Book;
import galley.model.Metadata;
import galley.model.PageMap;
import galley.testing.Slow;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Writes hand-built books and judges the EPUB with EPUBCheck and by reading it back. */
class EpubWriterTest {

    private static final String ALT = "A red square on a white ground";

    @TempDir
    Path folder;

    @Slow
    @Test
    void epubCheckFindsNothingWrongInAFullBook() throws IOException {
        Path epub = save(write(HandBuiltBooks.sample(folder, ALT), HandBuiltBooks.pages()), "full.epub");
        EpubCheckReport report = EpubCheckReport.check(epub);
        assertEquals(List.of(), report.problems(), "EPUBCheck:\n" + String.join("\n", report.problems()));
    }

    @Slow
    @Test
    void epubCheckFindsNothingWrongInAJapaneseBookWithoutCoverOrPages() throws IOException {
        Book sample = HandBuiltBooks.sample(folder, "");
        Metadata m = sample.metadata();
        Book japanese = new Book(new Metadata("日本語の本", Optional.empty(), List.of("山田 太郎"), "ja",
                Optional.empty(), m.identifier(), Optional.empty(), Optional.empty(), Optional.empty(), List.of()),
                sample.chapters(), Optional.empty(), "nihongo", sample.modified(), 1, sample.pageSize());
        byte[] bytes = write(japanese, PageMap.none());
        EpubCheckReport report = EpubCheckReport.check(save(bytes, "ja.epub"));
        assertEquals(List.of(), report.problems(), "EPUBCheck:\n" + String.join("\n", report.problems()));

        EpubFile epub = new EpubFile(bytes);
        Document nav = epub.xml("OEBPS/nav.xhtml");
        assertEquals("目次", nav.selectFirst("nav#toc h1").text());
        // toc-depth 1 lists the chapters only
        assertEquals(3, nav.select("nav#toc li").size());
        assertFalse(epub.has("OEBPS/cover.xhtml"));
        assertTrue(nav.select("nav[epub:type=page-list]").isEmpty());
        assertTrue(epub.xml("OEBPS/content.opf").select("dc|source").isEmpty());
    }

    @Test
    void packageDocumentIsEpub3WithModifiedDateCoverAndMetadata() throws IOException {
        Document opf = new EpubFile(write(HandBuiltBooks.sample(folder, ALT), HandBuiltBooks.pages())).xml("OEBPS/content.opf");
        Element pkg = opf.selectFirst("package");
        assertEquals("3.0", pkg.attr("version"));
        assertEquals("2024-05-31T12:34:56Z", opf.selectFirst("meta[property=dcterms:modified]").text());
        assertEquals(HandBuiltBooks.MODIFIED.toString(), opf.selectFirst("meta[property=dcterms:modified]").text());

        String uid = pkg.attr("unique-identifier");
        assertEquals("urn:uuid:0b5c1a52-4a1b-4f7e-9a0c-2f1f6d3c9e10", opf.selectFirst("dc|identifier#" + uid).text());
        assertEquals("Tales & <Trials>: Сказки", opf.selectFirst("dc|title#title").text());
        assertEquals(List.of("Анна Петрова", "山田 太郎"), opf.select("dc|creator").eachText());
        assertEquals("en", opf.selectFirst("dc|language").text());
        assertEquals("2024-05-31", opf.selectFirst("dc|date").text());
        assertEquals(List.of("Testing", "Typography"), opf.select("dc|subject").eachText());
        assertEquals("Tales & <Trials>: Сказки, print edition", opf.selectFirst("dc|source").text());

        Element coverImage = opf.selectFirst("manifest item[properties=cover-image]");
        assertEquals("images/cover.jpg", coverImage.attr("href"));
        assertEquals(coverImage.id(), opf.selectFirst("meta[name=cover]").attr("content"));
        assertEquals("nav.xhtml", opf.selectFirst("manifest item[properties=nav]").attr("href"));

        Element ncx = opf.selectFirst("manifest item[media-type=application/x-dtbncx+xml]");
        assertEquals(ncx.id(), opf.selectFirst("spine").attr("toc"));
        assertEquals(List.of("cover", "titlepage", "nav", "chapter-001", "chapter-002", "chapter-003"),
                opf.select("spine itemref").eachAttr("idref"));
    }

    @Test
    void navListsChaptersNestedByLevelWithLandmarksAndPageList() throws IOException {
        EpubFile epub = new EpubFile(write(HandBuiltBooks.sample(folder, ALT), HandBuiltBooks.pages()));
        Document nav = epub.xml("OEBPS/nav.xhtml");
        Element toc = nav.selectFirst("nav[epub:type=toc]");
        assertEquals(List.of("Introduction", "Глава вторая", "Afterword"), toc.select("> ol > li > a").eachText());
        assertEquals(List.of("chapter-001.xhtml", "chapter-002.xhtml", "chapter-003.xhtml"),
                toc.select("> ol > li > a").eachAttr("href"));
        // level 2 under the chapter, level 3 under level 2, level 4 left out at toc-depth 3
        assertEquals(List.of("Background"), toc.select("> ol > li:eq(0) > ol > li > a").eachText());
        assertEquals("chapter-001.xhtml#details", toc.selectFirst("> ol > li:eq(0) > ol > li > ol > li > a").attr("href"));
        assertEquals("chapter-002.xhtml#日本語-見出し", toc.selectFirst("> ol > li:eq(1) > ol > li > ol > li > a").attr("href"));
        assertTrue(toc.select("a[href$=#deep]").isEmpty());

        Element landmarks = nav.selectFirst("nav[epub:type=landmarks]");
        assertEquals(List.of("cover", "titlepage", "toc", "bodymatter"), landmarks.select("a").eachAttr("epub:type"));
        assertEquals(List.of("cover.xhtml", "title.xhtml", "nav.xhtml#toc", "chapter-001.xhtml"),
                landmarks.select("a").eachAttr("href"));

        Element pages = nav.selectFirst("nav[epub:type=page-list]");
        assertEquals(List.of("1", "2", "3", "4", "4"), pages.select("a").eachText());
        for (Element link : pages.select("a")) {
            String[] target = link.attr("href").split("#");
            Element marker = epub.xml("OEBPS/" + target[0]).getElementById(target[1]);
            assertNotNull(marker, link.attr("href"));
            assertEquals("pagebreak", marker.attr("epub:type"));
            assertEquals("doc-pagebreak", marker.attr("role"));
            assertEquals(link.text(), marker.attr("aria-label"));
        }

        String ncx = epub.text("OEBPS/toc.ncx");
        assertTrue(ncx.contains("<content src=\"chapter-002.xhtml#глава-раздел\""), ncx);
        assertEquals(List.of("Introduction", "Background", "Details and more details", "Глава вторая", "Раздел",
                "日本語の見出し", "Afterword", "A section without a chapter heading"),
                epub.xml("OEBPS/toc.ncx").select("navPoint > navLabel > text").eachText());
    }

    @Test
    void chaptersCarryTheModelFaithfully() throws IOException {
        EpubFile epub = new EpubFile(write(HandBuiltBooks.sample(folder, ALT), HandBuiltBooks.pages()));
        Document one = epub.xml("OEBPS/chapter-001.xhtml");

        Element figure = one.selectFirst("figure#fig-square");
        assertEquals(List.of("img", "figcaption"), figure.children().stream().map(Element::tagName).toList());
        assertEquals(ALT, figure.selectFirst("img").attr("alt"));
        assertEquals("images/figure.png", figure.selectFirst("img").attr("src"));
        assertEquals(HandBuiltBooks.FIGURE_CAPTION, figure.selectFirst("figcaption").text());
        assertTrue(epub.has("OEBPS/images/figure.png"));

        Element section = one.selectFirst("section[epub:type=chapter]");
        assertEquals("doc-chapter", section.attr("role"));
        Element ref = one.selectFirst("sup > a[epub:type=noteref]");
        assertEquals("#fn-1", ref.attr("href"));
        assertEquals("fn-1-ref", ref.id());
        assertEquals("doc-noteref", ref.attr("role"));
        Element note = one.selectFirst("aside#fn-1");
        assertEquals("footnote", note.attr("epub:type"));
        assertEquals("doc-footnote", note.attr("role"));
        assertEquals("1 A note with <angle brackets> & more.", note.text());
        assertEquals("#fn-1-ref", note.selectFirst("a[role=doc-backlink]").attr("href"));
        assertEquals(2, one.selectFirst("aside#fn-2").select("p").size());

        assertEquals("chapter-002.xhtml#глава-раздел", one.selectFirst("a:contains(next chapter)").attr("href"));
        assertEquals("https://example.org/a%20b?q=1&r=2", one.selectFirst("a:contains(link)").attr("href"));
        assertEquals("x < y && z > 0", one.selectFirst("p > code").text());
        assertTrue(one.selectFirst("pre > code.language-java").wholeText().startsWith("if (a < b && c > d) {\n"));
        assertEquals("3", one.selectFirst("ol").attr("start"));
        assertEquals(List.of("align-left", "align-center", "align-right", ""),
                one.select("thead th").stream().map(e -> e.attr("class")).toList());
        assertEquals(List.of("align-left", "align-center", "align-right", ""),
                one.select("tbody tr:eq(0) td").stream().map(e -> e.attr("class")).toList());
        assertTrue(one.select("[align]").isEmpty());
        assertEquals("☑ done", one.selectFirst("li.task").text());
        // a loose list's items hold paragraphs, which the stylesheet sets apart; a tight list's bare text
        assertEquals(List.of("p", "p"), one.select("li.task").stream().map(li -> li.child(0).tagName()).toList());
        assertTrue(one.selectFirst("ol").select("li > p").isEmpty());
        assertEquals(1, one.select("hr").size());
        assertEquals("Term", one.selectFirst("dl > dt").text());
        assertEquals(List.of("h1", "h2", "h3", "h4"), one.select("h1, h2, h3, h4, h5, h6").stream().map(Element::tagName).toList());

        Document two = epub.xml("OEBPS/chapter-002.xhtml");
        assertEquals("chapter-001.xhtml", two.selectFirst("a:contains(Back to the start)").attr("href"));
        assertEquals("chapter-001.xhtml#details", two.selectFirst("a:contains(the details)").attr("href"));
        assertNotNull(two.getElementById("日本語-見出し"));

        // a chapter without a heading of its own opens with its title, and its ## becomes an h2
        Document three = epub.xml("OEBPS/chapter-003.xhtml");
        assertEquals(List.of("h1", "h2"), three.select("h1, h2, h3").stream().map(Element::tagName).toList());
        assertEquals("Afterword", three.selectFirst("h1").text());
        assertEquals("page-4-2", three.selectFirst("span[epub:type=pagebreak]").id());
    }

    @Test
    void everyDocumentIsWellFormedAndDeclaresTheLanguage() throws Exception {
        EpubFile epub = new EpubFile(write(HandBuiltBooks.sample(folder, ALT), HandBuiltBooks.pages()));
        List<String> documents = epub.names().stream().filter(n -> n.endsWith(".xhtml")).toList();
        assertEquals(6, documents.size(), documents.toString());
        for (String name : documents) {
            org.w3c.dom.Element html = epub.strict(name).getDocumentElement();
            assertEquals("en", html.getAttribute("lang"), name);
            assertEquals("en", html.getAttributeNS("http://www.w3.org/XML/1998/namespace", "lang"), name);
        }
        epub.strict("OEBPS/content.opf");
        epub.strict("OEBPS/toc.ncx");
        Document cover = epub.xml("OEBPS/cover.xhtml");
        assertEquals("Cover of Tales & <Trials>: Сказки", cover.selectFirst("section[epub:type=cover] img").attr("alt"));
        Document title = epub.xml("OEBPS/title.xhtml");
        assertEquals("titlepage", title.selectFirst("section").attr("epub:type"));
        assertEquals("A test of every kind of block", title.selectFirst(".subtitle").text());
        assertEquals("Galley Press", title.selectFirst(".publisher").text());
    }

    @Test
    void accessibilityMetadataFollowsTheContent() throws IOException {
        Document described = new EpubFile(write(HandBuiltBooks.sample(folder, ALT), HandBuiltBooks.pages())).xml("OEBPS/content.opf");
        assertEquals(List.of("textual", "visual"), schema(described, "accessMode"));
        assertEquals(List.of("textual", "textual,visual"), schema(described, "accessModeSufficient"));
        assertTrue(schema(described, "accessibilityFeature").containsAll(List.of("tableOfContents", "readingOrder",
                "structuralNavigation", "alternativeText", "pageBreakMarkers", "printPageNumbers")));
        assertEquals(List.of("none"), schema(described, "accessibilityHazard"));
        assertTrue(schema(described, "accessibilitySummary").get(0).contains("Every image has a text description"));

        Document undescribed = new EpubFile(write(HandBuiltBooks.sample(folder, ""), PageMap.none())).xml("OEBPS/content.opf");
        List<String> features = schema(undescribed, "accessibilityFeature");
        assertFalse(features.contains("alternativeText"), features.toString());
        assertFalse(features.contains("pageBreakMarkers"), features.toString());
        assertFalse(features.contains("printPageNumbers"), features.toString());
        assertEquals(List.of("textual,visual"), schema(undescribed, "accessModeSufficient"));
        assertTrue(schema(undescribed, "accessibilitySummary").get(0).contains("missing for 1 of 3 images"));
    }

    @Test
    void writingTwiceGivesTheSameBytesWithTheMimetypeFirstAndStored() throws IOException {
        Book book = HandBuiltBooks.sample(folder, ALT);
        byte[] first = write(book, HandBuiltBooks.pages());
        byte[] second = write(book, HandBuiltBooks.pages());
        assertArrayEquals(first, second);

        EpubFile epub = new EpubFile(first);
        ZipEntry mimetype = epub.zipEntries().get(0);
        assertEquals("mimetype", mimetype.getName());
        assertEquals(ZipEntry.STORED, mimetype.getMethod());
        assertEquals("application/epub+zip", epub.text("mimetype"));
        // the bytes at offset 30 of the file are the mimetype's name, then its uncompressed content
        assertEquals("mimetypeapplication/epub+zip", new String(first, 30, 28, StandardCharsets.US_ASCII));
        assertEquals("META-INF/container.xml", epub.names().get(1));
        for (ZipEntry entry : epub.zipEntries()) {
            assertEquals(java.time.LocalDateTime.of(2024, 5, 31, 12, 34, 56), entry.getTimeLocal(), entry.getName());
        }
    }

    @Test
    void anEpubPastTheSizeLimitIsReported() throws IOException {
        var diagnostics = new Diagnostics();
        new EpubWriter(new EpubOptions(2048, 1000, 0)).write(HandBuiltBooks.sample(folder, ALT), PageMap.none(),
                diagnostics, new ByteArrayOutputStream());
        List<Diagnostic> all = diagnostics.all();
        assertEquals(1, all.size());
        assertEquals("epub-too-large", all.get(0).code());
        assertTrue(all.get(0).render().startsWith("tales.epub:1: warning: the EPUB is "), all.get(0).render());
    }

    @Test
    void aCoverUnder1600PixelsTallIsReportedAtItsFile() throws IOException {
        Book sample = HandBuiltBooks.sample(folder, ALT);
        Path covers = Files.createDirectories(folder.resolve("book/covers"));
        var small = HandBuiltBooks.image(covers, "front.png", "image/png", 600, 960, java.awt.Color.BLUE);
        Book withSmallCover = new Book(sample.metadata(), sample.chapters(), Optional.of(small), "tales",
                sample.modified(), 3, sample.pageSize());
        var diagnostics = new Diagnostics();
        new EpubWriter(EpubOptions.defaults()).write(withSmallCover, PageMap.none(), diagnostics, new ByteArrayOutputStream());
        assertEquals(List.of("covers/front.png:1: warning: the cover is 600 x 960 px; stores ask for at least 1600 px in height"),
                diagnostics.all().stream().map(Diagnostic::render).toList());
        assertEquals("cover-too-small", diagnostics.all().get(0).code());
    }

    @Test
    void theStylesheetLeavesSizesAndColoursToTheReader() throws IOException {
        String css = new EpubFile(write(HandBuiltBooks.sample(folder, ALT), HandBuiltBooks.pages())).text("OEBPS/css/galley.css");
        String rules = css.replaceAll("(?s)/\\*.*?\\*/", "");
        assertFalse(rules.matches("(?s).*\\d(px|pt)\\b.*"), "sizes in px or pt");
        assertFalse(rules.matches("(?s).*(^|[\\s;{])(color|background(-color)?)\\s*:.*"), "a forced colour");
        var families = java.util.regex.Pattern.compile("font-family\\s*:\\s*([^;}]+)").matcher(rules).results()
                .map(m -> m.group(1).strip()).distinct().toList();
        assertEquals(List.of("monospace"), families, "only code asks for a kind of typeface");
        // figures, images, tables and code never run past the screen
        assertTrue(rules.contains("max-width: 100%"), "images fit the screen");
        assertTrue(rules.matches("(?s).*\\.table-wrap\\s*\\{[^}]*overflow-x:\\s*auto.*"), "tables scroll");
        assertTrue(rules.matches("(?s).*pre\\s*\\{[^}]*white-space:\\s*pre-wrap.*"), "code wraps");
        assertTrue(rules.matches("(?s).*pre\\s*\\{[^}]*[^-]tab-size:\\s*4;.*"), "tabs every four columns, as in print");
        assertTrue(rules.matches("(?s).*li > p\\s*\\{\\s*margin:\\s*0\\.4em 0;.*"), "a loose list's items are set apart");
    }

    private static List<String> schema(Document opf, String property) {
        return opf.select("meta[property=schema:" + property + "]").eachText();
    }

    private static byte[] write(Book book, PageMap pages) throws IOException {
        var out = new ByteArrayOutputStream();
        Diagnostics diagnostics = new Diagnostics();
        new EpubWriter(EpubOptions.defaults()).write(book, pages, diagnostics, out);
        assertTrue(diagnostics.all().isEmpty(), diagnostics.all().toString());
        return out.toByteArray();
    }

    private Path save(byte[] epub, String name) throws IOException {
        Path file = folder.resolve(name);
        Files.write(file, epub);
        return file;
    }
}
