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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A book whose first chapter file opens with pandoc's {@code %} title block and whose book.yaml gives
 * only the title, built as a user builds it: both editions name the block's authors and no edition
 * shows the block as text or makes a chapter of it; its example lists are numbered on from one list
 * to the next in both, and a reference to a labelled example is its number.
 */
@Slow
class TitleBlockBookTest {

    private static final String CHAPTER = """
            % The Title
            % Ann Author; Bob Writer
            % 2021-03-04

            # The First Chapter

            The chapter's text.

            (@) A first example.
            (@second) A second example.

            As example (@second) shows, the numbers go on:

            (@) A third example.
            """;

    @TempDir
    static Path dir;

    private static TestBook.Run run;
    private static EpubBook epub;

    @BeforeAll
    static void build() throws IOException {
        run = TestBook.written(dir.resolve("book"), "title: The Title\nname: titled\n", CHAPTER).build();
        assertEquals(0, run.status(), run.err());
        epub = EpubBook.read(run.epub());
    }

    @Test
    void theEpubPassesEpubCheck() {
        assertEquals(List.of(), EpubCheckReport.check(run.epub()).problems());
    }

    @Test
    void theEpubNamesTheAuthorsAndDateAndHasOneChapterWithoutTheBlock() {
        Document opf = epub.document("OEBPS/content.opf");
        assertEquals(List.of("Ann Author", "Bob Writer"), opf.select("dc|creator").eachText());
        assertEquals("2021-03-04", opf.selectFirst("dc|date").text());
        assertEquals(List.of("The First Chapter"), epub.nav().stream().map(EpubBook.NavEntry::title).toList());
        Element body = epub.chapter(0).selectFirst("body");
        assertFalse(body.text().contains("%"), body.text());
        assertTrue(body.text().contains("The chapter’s text."), body.text());
    }

    @Test
    void theEpubNumbersExampleListsOnAcrossLists() {
        Document chapter = epub.chapter(0);
        assertEquals(List.of("", "3"), chapter.select("ol").stream().map(ol -> ol.attr("start")).toList());
        assertEquals(List.of("A first example.", "A second example.", "A third example."), chapter.select("ol > li").eachText());
        assertTrue(chapter.text().contains("As example 2 shows"), chapter.text());
    }

    @Test
    void printNamesTheAuthorsAndShowsNoBlockText() throws IOException {
        PrintedBook printed = PrintedBook.read(run.pdf());
        String all = printed.pages().stream().map(PrintedBook.PrintedPage::text).reduce("", String::concat);
        assertTrue(all.contains("Ann Author"), all);
        assertTrue(all.contains("Bob Writer"), all);
        assertTrue(all.contains("The chapter"), all);
        assertFalse(all.contains("%"), all);
        // PDFBox reads a list item's number, set in the margin, after the item's text
        assertTrue(all.contains("A first example.1.\nA second example.2."), all);
        assertTrue(all.contains("A third example.3."), all);
        assertTrue(all.contains("As example 2 shows"), all);
        assertFalse(all.contains("(@"), all);
    }
}
