package galley.cli;

import galley.epub.AceCheck;
import galley.testing.HarbourAlmanac;
import galley.testing.Slow;
import galley.testing.TestBook;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipFile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The accessibility of whole books built as a user builds them: DAISY Ace finds no violation in
 * the repository's book or in a generated one, the package's claims follow the content, and an
 * image without alt text is a warning, or an error under {@code --strict}.
 */
@Slow
class AccessibilityTest {

    private static final String CONFORMANCE = "EPUB Accessibility 1.1 - WCAG 2.1 Level AA";

    @TempDir
    Path work;

    @Test
    void aceFindsNoViolationInTheRepositoryBook() throws Exception {
        AceCheck ace = AceCheck.installed();
        Path out = work.resolve("out");
        TestBook.Run run = TestBook.galley("build", TestBook.repository().toString(), "--output", out.toString());
        assertEquals(0, run.status(), run.err());
        List<String> violations = ace.violations(out.resolve("belarus-protests.epub"), Path.of("target", "ace-reports", "seed"));
        assertEquals(List.of(), violations, String.join("\n", violations));
    }

    @Test
    void aceFindsNoViolationInAGeneratedBook() throws Exception {
        AceCheck ace = AceCheck.installed();
        Path epub = build(HarbourAlmanac.write(work.resolve("book")).dir);
        List<String> violations = ace.violations(epub, Path.of("target", "ace-reports", "generated"));
        assertEquals(List.of(), violations, String.join("\n", violations));
    }

    @Test
    void theClaimsOfADescribedBookFollowItsContent() throws IOException {
        Path epub = build(HarbourAlmanac.write(work.resolve("book")).dir);
        try (var zip = new ZipFile(epub.toFile(), StandardCharsets.UTF_8)) {
            Document opf = xml(zip, "OEBPS/content.opf");
            assertEquals(List.of(CONFORMANCE), meta(opf, "dcterms:conformsTo"));
            assertEquals(List.of("textual", "visual"), meta(opf, "schema:accessMode"));
            assertEquals(List.of("textual", "textual,visual"), meta(opf, "schema:accessModeSufficient"));
            assertEquals(List.of("tableOfContents", "readingOrder", "structuralNavigation", "alternativeText",
                    "pageBreakMarkers", "pageNavigation", "printPageNumbers"), meta(opf, "schema:accessibilityFeature"));
            assertEquals(List.of(HarbourAlmanac.TITLE + ", print edition"), opf.select("dc|source").eachText());
            assertEquals(opf.select("dc|source").eachText(), meta(opf, "pageBreakSource"));

            // the semantic structure: each part named both for reading systems and for assistive technology
            assertRole(xml(zip, "OEBPS/cover.xhtml"), "section[epub:type=cover] img", "doc-cover");
            assertNotNull(xml(zip, "OEBPS/title.xhtml").selectFirst("section[epub:type=titlepage][aria-labelledby]"));
            Document nav = xml(zip, "OEBPS/nav.xhtml");
            assertRole(nav, "nav[epub:type=toc]", "doc-toc");
            assertRole(nav, "nav[epub:type=page-list]", "doc-pagelist");
            assertEquals(List.of("cover", "titlepage", "toc", "bodymatter"),
                    nav.select("nav[epub:type=landmarks] a").eachAttr("epub:type"));
            Document first = xml(zip, "OEBPS/chapter-001.xhtml");
            assertRole(first, "section[epub:type=chapter]", "doc-chapter");
            assertRole(first, "aside[epub:type=footnote]", "doc-footnote");
            assertRole(first, "a[epub:type=noteref]", "doc-noteref");
            assertRole(first, "span[epub:type=pagebreak]", "doc-pagebreak");
            assertEquals("An Interlude", xml(zip, "OEBPS/chapter-003.xhtml").selectFirst("h1").text());
        }
    }

    @Test
    void anImageWithoutAltTextIsAWarningAndWithdrawsTheClaims() throws IOException {
        Path book = HarbourAlmanac.writeWithUndescribedImage(work.resolve("book")).dir;
        Path out = work.resolve("out");
        TestBook.Run run = TestBook.galley("build", book.toString(), "--output", out.toString());
        assertEquals(0, run.status(), run.err());
        assertTrue(run.err().contains(figureLine(book) + ": warning: image has no alt text"), run.err());
        try (var zip = new ZipFile(out.resolve(HarbourAlmanac.NAME + ".epub").toFile(), StandardCharsets.UTF_8)) {
            Document opf = xml(zip, "OEBPS/content.opf");
            assertEquals(List.of(), meta(opf, "dcterms:conformsTo"));
            assertFalse(meta(opf, "schema:accessibilityFeature").contains("alternativeText"));
            assertEquals(List.of("textual,visual"), meta(opf, "schema:accessModeSufficient"));
            assertTrue(meta(opf, "schema:accessibilitySummary").get(0).contains("missing for 1 of 4 images"),
                    meta(opf, "schema:accessibilitySummary").toString());
        }
    }

    @Test
    void underStrictAnImageWithoutAltTextIsAnErrorAndNothingIsWritten() throws IOException {
        Path book = HarbourAlmanac.writeWithUndescribedImage(work.resolve("book")).dir;
        Path out = work.resolve("out");
        TestBook.Run run = TestBook.galley("build", book.toString(), "--output", out.toString(), "--strict");
        assertEquals(Galley.MANUSCRIPT_PROBLEMS, run.status(), run.err());
        assertTrue(run.err().contains(figureLine(book) + ": image has no alt text"), run.err());
        assertFalse(run.err().contains("warning:"), run.err());
        assertFalse(Files.exists(out.resolve(HarbourAlmanac.NAME + ".epub")));

        TestBook.Run check = TestBook.galley("check", book.toString(), "--strict");
        assertEquals(Galley.MANUSCRIPT_PROBLEMS, check.status(), check.err());
        TestBook.Run lenient = TestBook.galley("check", book.toString());
        assertEquals(Galley.OK, lenient.status(), lenient.err());
    }

    /** Where the generated book's undescribed figure stands: {@code manuscript/01-the-quay.md:LINE}. */
    private static String figureLine(Path book) throws IOException {
        List<String> lines = Files.readAllLines(book.resolve("manuscript/01-the-quay.md"));
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith("![](images/quay.png")) {
                return "manuscript/01-the-quay.md:" + (i + 1);
            }
        }
        throw new AssertionError("no undescribed figure in the generated book");
    }

    private Path build(Path book) {
        Path out = work.resolve("out");
        TestBook.Run run = TestBook.galley("build", book.toString(), "--output", out.toString());
        assertEquals(0, run.status(), run.err());
        assertFalse(run.err().contains("warning:"), run.err());
        return out.resolve(HarbourAlmanac.NAME + ".epub");
    }

    private static void assertRole(Document document, String selector, String role) {
        Element element = document.selectFirst(selector);
        assertNotNull(element, selector);
        assertEquals(role, element.attr("role"), selector);
    }

    private static List<String> meta(Document opf, String property) {
        return opf.select("meta[property=" + property + "]").eachText();
    }

    private static Document xml(ZipFile zip, String entry) throws IOException {
        try (var in = zip.getInputStream(zip.getEntry(entry))) {
            return Jsoup.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), "", Parser.xmlParser());
        }
    }
}
