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
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A book brought over from pandoc with its metadata.yaml (and no book.yaml): identifiers as a list
 * with schemes, the title and the creators in their structured forms, a series, and the contents'
 * title, each in the package document, on the title page and in the print edition, as pandoc's
 * manual describes them.
 */
@Slow
class PandocMetadataTest {

    private static final String METADATA = """
            title:
              - type: main
                text: The Harbour Cycle
                file-as: Harbour Cycle, The
              - type: subtitle
                text: Tides and Charts
            creator:
              - role: author
                text: Ann Author
                file-as: Author, Ann
              - role: translator
                text: Tom Translator
              - role: edt
                text: Eve Editor
            identifier:
              - scheme: ISBN-13
                text: 978-1-4028-9462-6
              - scheme: DOI
                text: 10.1000/182
            belongs-to-collection: The Sea Books
            group-position: 2
            toc-title: What Is Inside
            lang: en
            """;

    @TempDir
    static Path dir;

    private static TestBook.Run run;

    @BeforeAll
    static void build() {
        run = TestBook.in(dir).file("manuscript/metadata.yaml", METADATA)
                .file("manuscript/01-tides.md", "# Tides\n\nThe water rises.\n\n## Charts\n\nAnd falls.\n").build();
    }

    @Test
    void buildsWithoutAWarning() {
        assertEquals(0, run.status(), run.err());
        assertEquals(List.of(), run.problems().stream().filter(p -> p.startsWith("manuscript/")).toList());
    }

    @Test
    void thePackageDocumentCarriesEveryKeyAsPandocWritesIt() throws IOException {
        Document opf = EpubBook.read(run.epub()).document("OEBPS/content.opf");
        assertEquals(List.of("978-1-4028-9462-6", "10.1000/182"), opf.select("metadata > dc|identifier").eachText());
        assertEquals("pub-id", opf.selectFirst("package").attr("unique-identifier"));
        assertEquals(List.of("#pub-id 15", "#pub-id-2 06"), opf.select("meta[property=identifier-type]").stream()
                .map(m -> m.attr("refines") + " " + m.text()).toList());
        assertEquals(List.of("The Harbour Cycle", "Tides and Charts"), opf.select("metadata > dc|title").eachText());
        assertEquals(List.of("Ann Author aut", "Tom Translator trl", "Eve Editor edt"), opf.select("metadata > dc|creator")
                .stream().map(c -> c.text() + " " + refinement(opf, c, "role")).toList());
        assertEquals("Author, Ann", refinement(opf, opf.selectFirst("metadata > dc|creator"), "file-as"));
        assertEquals("Harbour Cycle, The", refinement(opf, opf.selectFirst("metadata > dc|title"), "file-as"));
        Element series = opf.selectFirst("meta[property=belongs-to-collection]");
        assertEquals("The Sea Books", series.text());
        assertEquals("series", refinement(opf, series, "collection-type"));
        assertEquals("2", refinement(opf, series, "group-position"));
        assertEquals(List.of(), EpubCheckReport.check(run.epub()).problems());
    }

    @Test
    void theEpubsTitlePageAndNavigationShowTheSeriesAndTheContentsTitle() throws IOException {
        EpubBook epub = EpubBook.read(run.epub());
        Document title = epub.document("OEBPS/title.xhtml");
        assertEquals(List.of("The Harbour Cycle", "Tides and Charts", "The Sea Books · 2", "Ann Author"),
                title.select("section.titlepage > *").eachText());
        assertEquals("What Is Inside", epub.document("OEBPS/nav.xhtml").selectFirst("nav#toc h1").text());
    }

    @Test
    void thePrintEditionShowsTheSeriesAndTheContentsTitle() throws IOException {
        PrintedBook book = PrintedBook.read(run.pdf());
        String pages = book.pages().stream().map(p -> p.text().replaceAll("\\s+", " ")).collect(Collectors.joining("\n"));
        assertTrue(pages.contains("The Harbour Cycle Tides and Charts The Sea Books · 2 Ann Author"), pages);
        assertTrue(book.pages().stream().anyMatch(p -> p.text().strip().startsWith("What Is Inside")), pages);
        assertTrue(pages.contains("Contents") == false, pages);
    }

    private static String refinement(Document opf, Element of, String property) {
        Element meta = opf.selectFirst("meta[refines=#" + of.id() + "][property=" + property + "]");
        return meta == null ? "" : meta.text();
    }
}
