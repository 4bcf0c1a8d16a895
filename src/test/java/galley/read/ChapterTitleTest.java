package galley.read;

import galley.model.Block;
import galley.model.Chapter;
import galley.testing.TestBook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Chapter titles come from a file's first heading of any level, its outline kept relative. */
class ChapterTitleTest {

    @TempDir
    Path dir;

    private static List<String> headings(Chapter chapter) {
        return chapter.blocks().stream().filter(b -> b instanceof Block.Heading)
                .map(b -> (Block.Heading) b)
                .map(h -> h.level() + " " + galley.model.Blocks.plainText(h.content()))
                .toList();
    }

    @Test
    void aFileThatStartsAtALevelTwoHeadingIsTitledByIt() {
        var book = TestBook.with(dir, "title: T\n")
                .file("manuscript/ch04-01-what-is-ownership.md",
                        "## What Is Ownership?\n\nText.\n\n### The Stack\n\nMore.\n");
        assertEquals(List.of("What Is Ownership?"), book.book().chapters().stream().map(Chapter::title).toList());
        assertEquals(List.of("1 What Is Ownership?", "2 The Stack"), headings(book.chapter(0)));
        assertEquals(List.of(), book.rendered());
    }

    @Test
    void eachHeadingOfTheFilesTopLevelOpensAChapter() {
        var book = TestBook.with(dir, "title: T\n")
                .file("manuscript/a.md", "## One\n\nText.\n\n## Two\n\n#### Deep\n\nMore.\n");
        assertEquals(List.of("One", "Two"), book.book().chapters().stream().map(Chapter::title).toList());
        assertEquals(List.of("1 Two", "3 Deep"), headings(book.chapter(1)));
    }

    @Test
    void textBeforeTheFirstHeadingKeepsTheFileNameTitleAndTheHeadingsAsWritten() {
        var book = TestBook.with(dir, "title: T\n")
                .file("manuscript/03-the-long-road.md", "Opening words.\n\n## A section\n\nText.\n");
        assertEquals(List.of("The long road"), book.book().chapters().stream().map(Chapter::title).toList());
        assertEquals(List.of("1 The long road", "2 A section"), headings(book.chapter(0)));
    }

    @Test
    void anHtmlWrapperBeforeTheFirstHeadingMakesNoEmptyChapter() {
        var book = TestBook.with(dir, "title: T\nlang: he\n")
                .file("manuscript/01.md", "<div dir=\"rtl\">\n\n# שלום\n\nטקסט.\n\n</div>\n")
                .file("manuscript/02.md", "<div dir=\"rtl\">\n\n## פרק שני\n\nעוד.\n\n</div>\n");
        assertEquals(List.of("שלום", "פרק שני"), book.book().chapters().stream().map(Chapter::title).toList());
        assertEquals(List.of("1 פרק שני"), headings(book.chapter(1)));
    }

    @Test
    void aFrontMatterTitleKeepsLevelTwoHeadingsAsSections() {
        var book = TestBook.with(dir, "title: T\n")
                .file("manuscript/a.md", "---\ntitle: Given\n---\n\n## Section\n\nText.\n");
        assertEquals(List.of("1 Given", "2 Section"), headings(book.chapter(0)));
    }
}
