package galley.read;

import galley.model.Block;
import galley.model.Blocks;
import galley.testing.TestBook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

/** Pandoc's {@code %} title block, read as pandoc 2.17 reads it: metadata, not text. */
class TitleBlockReadingTest {

    @TempDir
    Path dir;

    @Test
    void continuationLinesJoinTheTitleAndSplitTheAuthors() {
        TitleBlock block = TitleBlock.read("% My Title\n  goes on\n% Ann One; Bob Two\n  Cy Three\n% 2020-01-02\n\n# A\n")
                .orElseThrow();
        assertEquals(Optional.of("My Title goes on"), block.title());
        assertEquals(List.of("Ann One", "Bob Two", "Cy Three"), block.authors());
        assertEquals(Optional.of("2020-01-02"), block.date());
        assertEquals(5, block.lines());
        assertEquals(3, block.lineOf(1));
        assertEquals("\n\n\n\n\n\n# A\n", block.without("% My Title\n  goes on\n% Ann One; Bob Two\n  Cy Three\n% 2020-01-02\n\n# A\n"));
    }

    @Test
    void anEmptyPercentLineLeavesItsFieldUnsetAndAFourthLineIsText() {
        TitleBlock block = TitleBlock.read("%\n% Ann\n%\n% not a field\n").orElseThrow();
        assertEquals(Optional.empty(), block.title());
        assertEquals(List.of("Ann"), block.authors());
        assertEquals(Optional.empty(), block.date());
        assertEquals(3, block.lines());
        assertEquals(Optional.empty(), TitleBlock.read("Text % not a block\n"));
    }

    @Test
    void theBlockGivesAuthorsAndDateBookYamlLacksAndIsNoChapterText() {
        TestBook book = TestBook.with(dir, "title: T\n")
                .file("manuscript/01.md", "% T\n% Ann One; Bob Two\n% 2021-03-04\n\n# One\n\nText *here*\n")
                .file("manuscript/02.md", "% Not a title block\n\n# Two\n");
        var metadata = book.book().metadata();
        assertEquals(List.of("Ann One", "Bob Two"), metadata.authors());
        assertEquals(Optional.of("2021-03-04"), metadata.date());
        // the first file's chapter is "One", not one named after the file for text before its heading
        assertEquals("One", book.chapter(0).title());
        assertEquals(List.of("Text here"), book.body(0).stream()
                .map(block -> Blocks.plainText(((Block.Paragraph) block).content())).toList());
        // only the top of the manuscript holds a title block: a later file's % line is its text
        assertEquals("% Not a title block",
                Blocks.plainText(assertInstanceOf(Block.Paragraph.class, book.body(1).get(0)).content()));
        assertEquals("Two", book.chapter(2).title());
        assertEquals(List.of(), book.rendered());
    }

    @Test
    void bookYamlWinsWithANoteAtTheLineOfTheValueNotUsed() {
        TestBook book = TestBook.with(dir, "title: Yaml Title\nauthor: Yaml Author\ndate: 2020-01-01\n")
                .file("manuscript/01.md", "% Block Title\n  Continued\n% Block Author\n% 2021-03-04\n\n# One\n\nText\n");
        var metadata = book.book().metadata();
        assertEquals("Yaml Title", metadata.title());
        assertEquals(List.of("Yaml Author"), metadata.authors());
        assertEquals(Optional.of("2020-01-01"), metadata.date());
        assertEquals(List.of(
                "manuscript/01.md:1: note: the title block's title 'Block Title Continued' is not used: book.yaml gives"
                        + " the title 'Yaml Title'",
                "manuscript/01.md:3: note: the title block's authors (Block Author) are not used: book.yaml gives the authors",
                "manuscript/01.md:4: note: the title block's date '2021-03-04' is not used: book.yaml gives the date"
                        + " '2020-01-01'"), book.rendered());
    }

    @Test
    void aDateThatIsNoIsoDateIsLeftOutWithAWarning() {
        TestBook book = TestBook.with(dir, "title: T\n")
                .file("manuscript/01.md", "% T\n%\n% March 2021\n\n# One\n");
        assertEquals(Optional.empty(), book.book().metadata().date());
        assertEquals(List.of("title-block-date-invalid"), book.codes());
        assertEquals("One", book.chapter(0).title());
        assertEquals(1, book.book().chapters().size());
    }
}
