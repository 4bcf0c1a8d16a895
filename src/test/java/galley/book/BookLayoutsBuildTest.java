package galley.book;

import galley.epub.EpubCheckReport;
import galley.read.layout.GitBookAndLeanpubReadingTest;
import galley.read.layout.MdBookReadingTest;
import galley.testing.Slow;
import galley.testing.TestBook;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * mdBook, GitBook and Leanpub folders built unedited: both editions read back (order, titles,
 * nesting in the EPUB nav and the PDF outline, included text, asides), each EPUB passing EPUBCheck.
 */
@Slow
class BookLayoutsBuildTest {

    @TempDir
    Path dir;

    private static String nav(List<EpubBook.NavEntry> entries) {
        return entries.stream().map(e -> e.title() + (e.children().isEmpty() ? "" : "[" + nav(e.children()) + "]"))
                .collect(Collectors.joining(", "));
    }

    private static String outline(List<PrintedBook.Bookmark> marks) {
        return marks.stream().map(m -> m.title() + (m.children().isEmpty() ? "" : "[" + outline(m.children()) + "]"))
                .collect(Collectors.joining(", "));
    }

    private static String printed(PrintedBook pdf) {
        return pdf.pages().stream().map(PrintedBook.PrintedPage::text).collect(Collectors.joining("\n"));
    }

    private record Built(EpubBook epub, PrintedBook pdf, TestBook.Run run) {
    }

    private static Built build(TestBook book) throws Exception {
        TestBook.Run run = book.build();
        assertEquals(0, run.status(), run.err());
        assertEquals(List.of(), EpubCheckReport.check(run.epub()).problems());
        return new Built(EpubBook.read(run.epub()), PrintedBook.read(run.pdf()), run);
    }

    @Test
    void anMdBookBuildsWithItsContentsNestingAndIncludes() throws Exception {
        Built built = build(MdBookReadingTest.mdBook(dir));
        String expected = "Foreword, Getting started, Understanding Ownership[What Is Ownership?, References and Borrowing], "
                + "Structs, Appendix";
        assertEquals(expected, nav(built.epub().nav()));
        assertEquals(expected, outline(built.pdf().outline()));
        assertTrue(built.run().err().contains("book.toml:1: note: reading an mdBook layout"), built.run().err());
        String text = printed(built.pdf());
        assertTrue(text.contains("let x = 5;") && text.contains("Included note text."), text);
        Document ownership = built.epub().chapter(2);
        assertTrue(ownership.text().contains("let x = 5;"));
        // the link to ch04-01-what.html#the-stack leads to the heading in the same chapter
        String href = ownership.select("a").stream().filter(a -> a.text().equals("the stack"))
                .findFirst().orElseThrow().attr("href");
        assertEquals("#the-stack", href.substring(href.indexOf('#')));
    }

    @Test
    void aGitBookBuildsWithItsReadmeFirst() throws Exception {
        Built built = build(GitBookAndLeanpubReadingTest.gitBook(dir));
        String expected = "Введение, Первая глава[Раздел первой], Вторая глава";
        assertEquals(expected, nav(built.epub().nav()));
        assertEquals(expected, outline(built.pdf().outline()));
    }

    @Test
    void aLeanpubBookBuildsInBookTxtOrderWithItsAsides() throws Exception {
        Built built = build(GitBookAndLeanpubReadingTest.leanpub(dir));
        assertEquals("Preface, One, Two", nav(built.epub().nav()));
        assertEquals("Preface, One, Two", outline(built.pdf().outline()));
        Document one = built.epub().chapter(1);
        assertEquals(1, one.select("hr").size(), "{pagebreak}");
        assertEquals(1, one.select("div.warning").size(), one.html());
        assertEquals(1, one.select("div.tip").size(), one.html());
        assertTrue(one.select("div.warning").text().contains("Mind the step."));
        String text = printed(built.pdf());
        assertTrue(text.contains("Mind the step.") && text.contains("A tip.") && text.contains("A> not an aside in code"),
                text);
    }
}
