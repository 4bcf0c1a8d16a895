package galley.book;

import galley.epub.EpubCheckReport;
import galley.testing.Slow;
import galley.testing.TestBook;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Ids written in raw HTML ({@code <a id>}, {@code <a name>}, {@code <div id>}) as link targets from
 * another chapter: no warning, EPUB hrefs that lead to existing ids, PDF links that lead to their pages.
 */
@Slow
class HtmlAnchorsBookTest {

    private static final String LINKS = """
            # Links

            ## Boxed {#box}

            Go to [the old name](02.md#old-name), to [the legacy](03.md#legacy), to [the box](03.md#box)
            and to [the boxed heading](#box).
            """;
    private static final String FILLER = "Filler text to take up room on the page and push things onward. ".repeat(12);
    private static final String OLD = "# Old\n\n" + (FILLER + "\n\n").repeat(12)
            + "Here is <a id=\"old-name\"></a>OLDMARK in the text.\n";
    private static final String LEGACY = "# Third\n\n" + (FILLER + "\n\n").repeat(12)
            + "<p>The <a name=\"legacy\">LEGACYMARK</a> place.</p>\n\n" + (FILLER + "\n\n").repeat(12)
            + "<div id=\"box\">\n<p>BOXMARK in a division.</p>\n</div>\n";

    @TempDir
    static Path dir;

    private static TestBook.Run run;
    private static EpubBook epub;
    private static PrintedBook printed;

    @BeforeAll
    static void build() throws IOException {
        run = TestBook.written(dir, "title: Anchors\nlang: en\n", LINKS, OLD, LEGACY).build();
        assertEquals(0, run.status(), run.err());
        epub = EpubBook.read(run.epub());
        printed = PrintedBook.read(run.pdf());
    }

    @Test
    void linksToHtmlIdsResolveWithoutAWarning() {
        assertEquals(List.of(), run.problems());
    }

    @Test
    void epubCheckFindsNothingWrong() {
        assertEquals(List.of(), EpubCheckReport.check(run.epub()).problems());
    }

    @Test
    void eachEpubHrefLeadsToAnElementWithItsIdAndTheClashingIdGetsASuffix() {
        Map<String, String> hrefs = epub.chapter(0).select("a[href]").stream()
                .collect(Collectors.toMap(Element::text, a -> a.attr("href")));
        assertEquals(4, hrefs.size(), hrefs.toString());
        assertLeadsTo(hrefs.get("the old name"), "OLDMARK");
        assertLeadsTo(hrefs.get("the legacy"), "LEGACYMARK");
        assertLeadsTo(hrefs.get("the box"), "BOXMARK");
        assertLeadsTo(hrefs.get("the boxed heading"), "Boxed");
        assertTrue(hrefs.get("the box").endsWith("#box-1"), hrefs.toString());
    }

    private static void assertLeadsTo(String href, String text) {
        assertNotNull(href);
        String[] parts = href.split("#", 2);
        Document target = epub.document("OEBPS/" + parts[0]);
        Element element = target.getElementById(parts[1]);
        assertNotNull(element, href);
        // an empty anchor stands in the paragraph whose text it marks
        boolean marks = element.text().contains(text)
                || element.text().isEmpty() && element.parent().normalName().equals("p") && element.parent().text().contains(text);
        assertTrue(marks, href + " leads to " + element.outerHtml());
    }

    @Test
    void eachPdfLinkLeadsToThePageOfItsTarget() {
        var boxes = printed.pages().get(pageOf("Go to")).links();
        assertLinkTo(boxes, "old name", pageOf("OLDMARK"));
        assertLinkTo(boxes, "legacy", pageOf("LEGACYMARK"));
        assertLinkTo(boxes, "the box", pageOf("BOXMARK"));
        assertFalse(pageOf("LEGACYMARK") == pageOf("BOXMARK"), "the filler keeps the two targets apart");
    }

    private static void assertLinkTo(List<PrintedBook.LinkBox> boxes, String label, int page) {
        assertTrue(boxes.stream().anyMatch(b -> b.text().replaceAll("\\s+", "").contains(label.replace(" ", "")) && b.page() == page),
                label + " should lead to page " + page + ": " + boxes);
    }

    private static int pageOf(String text) {
        return printed.pages().stream().filter(p -> p.text().contains(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no page shows " + text)).index();
    }
}
