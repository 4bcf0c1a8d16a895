package galley.read.layout;

import galley.model.Block;
import galley.model.Book;
import galley.model.Chapter;
import galley.testing.TestBook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** GitBook and Leanpub folders read as they stand, with no book.yaml. */
public class GitBookAndLeanpubReadingTest {

    @TempDir
    Path dir;

    public static TestBook gitBook(Path dir) {
        return TestBook.in(dir)
                .file("book.json", "{\n  \"title\": \"Гитбук\",\n  \"author\": \"Анна\",\n  \"language\": \"ru\"\n}\n")
                .file("README.md", "# Введение\n\nО книге.\n")
                .file("SUMMARY.md", "# Summary\n\n* [Первая](chapters/one.md)\n    * [Раздел](chapters/one-a.md)\n"
                        + "* [Вторая](chapters/two.md)\n")
                .file("chapters/one.md", "# Первая глава\n\nТекст.\n")
                .file("chapters/one-a.md", "# Раздел первой\n\nЕщё.\n")
                .file("chapters/two.md", "## Вторая глава\n\nСм. [раздел](one-a.html).\n");
    }

    public static TestBook leanpub(Path dir) {
        return TestBook.in(dir)
                .file("manuscript/Book.txt", "frontmatter.txt\npreface.md\nmainmatter.txt\nchapter1.md\n\nchapter2.md\n")
                .file("manuscript/frontmatter.txt", "{frontmatter}\n")
                .file("manuscript/mainmatter.txt", "{mainmatter}\n")
                .file("manuscript/preface.md", "# Preface\n\nWhy.\n")
                .file("manuscript/chapter1.md", "# One\n\nBefore.\n\n{pagebreak}\n\nAfter.\n\n"
                        + "W> ## Careful\nW> Mind the step.\n\nT> A tip.\n\n```\nA> not an aside in code\n```\n")
                .file("manuscript/chapter2.md", "# Two\n\n{backmatter}\n\nEnd.\n")
                .file("manuscript/unused.md", "# Unused\n");
    }

    @Test
    void aGitBookHasItsReadmeFirstAndItsMetadataFromBookJson() {
        var book = gitBook(dir);
        Book read = book.book();
        assertEquals("Гитбук", read.metadata().title());
        assertEquals(List.of("Анна"), read.metadata().authors());
        assertEquals("ru", read.metadata().language().tag());
        assertEquals(List.of("Введение", "Первая глава", "Вторая глава"),
                read.chapters().stream().map(Chapter::title).toList());
        assertTrue(book.chapter(1).blocks().stream().anyMatch(b -> b instanceof Block.Heading h && h.level() == 2),
                "the nested file is a section of the chapter before it");
        assertEquals(List.of("SUMMARY.md:1: note: reading a GitBook layout"), book.rendered());
    }

    @Test
    void aLeanpubBookFollowsBookTxtAndReadsItsMarkers() {
        var book = leanpub(dir);
        Book read = book.book();
        assertEquals(List.of("Preface", "One", "Two"), read.chapters().stream().map(Chapter::title).toList());
        List<Block> one = book.body(1);
        assertTrue(one.get(1) instanceof Block.ThematicBreak, "{pagebreak} is a break, not deleted: " + one);
        var asides = one.stream().filter(b -> b instanceof Block.Division).map(b -> (Block.Division) b).toList();
        assertEquals(List.of(List.of("warning"), List.of("tip")), asides.stream().map(Block.Division::classes).toList());
        assertEquals("Mind the step.", galley.model.Blocks.plainText(
                ((Block.Paragraph) asides.get(0).blocks().get(1)).content()));
        assertTrue(one.stream().noneMatch(b -> b instanceof Block.BlockQuote), "the A> in code stays code: " + one);
        assertEquals(List.of("manuscript/Book.txt:1: note: reading a Leanpub layout",
                "manuscript/Book.txt:1: note: the Leanpub layout gives no title; the book is titled after its folder: "
                        + read.metadata().title(),
                "manuscript/chapter2.md:3: note: {backmatter} is read: the chapters that follow are set as the "
                        + "others are (Galley numbers no chapter, and numbers every body page with Arabic numerals)",
                "manuscript/frontmatter.txt:1: note: {frontmatter} is read: the chapters that follow are set as the "
                        + "others are (Galley numbers no chapter, and numbers every body page with Arabic numerals)",
                "manuscript/unused.md:1: note: not listed in the Leanpub contents, so not in the book"),
                book.rendered());
    }
}
