package galley.read;

import galley.model.Chapter;
import galley.testing.TestBook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ChapterOrderTest {

    @TempDir
    Path dir;

    private static List<String> titles(TestBook book) {
        return book.book().chapters().stream().map(Chapter::title).toList();
    }

    @Test
    void withoutAListEveryMarkdownFileIsReadInFileNameOrder() {
        var book = TestBook.with(dir, "title: T\n")
                .file("manuscript/02-second.md", "# Second\n")
                .file("manuscript/01-first.md", "# First\n")
                .file("manuscript/part2/01-third.md", "# Third\n")
                .file("manuscript/notes.txt", "# Not a chapter\n")
                .file("manuscript/.hidden.md", "# Hidden\n");
        assertEquals(List.of("First", "Second", "Third"), titles(book));
        assertEquals(List.of(), book.rendered());
        assertEquals("manuscript/part2/01-third.md", book.chapter(2).source());
    }

    @Test
    void theChaptersListDecidesTheOrder() {
        var book = TestBook.with(dir, "title: T\nchapters:\n  - b.md\n  - a.md\n")
                .file("manuscript/a.md", "# A\n")
                .file("manuscript/b.md", "# B\n")
                .file("manuscript/c.md", "# C\n");
        assertEquals(List.of("B", "A"), titles(book));
        assertEquals(List.of(0, 1), book.book().chapters().stream().map(Chapter::index).toList());
    }

    @Test
    void aListedChapterThatDoesNotExistIsReportedAtItsListLine() {
        var book = TestBook.with(dir, "title: T\nchapters:\n  - a.md\n  - missing.md\n")
                .file("manuscript/a.md", "# A\n");
        book.load();
        assertEquals(List.of("manuscript/book.yaml:4: chapter not found: missing.md"), book.rendered());
        assertEquals(List.of("chapter-missing"), book.codes());
    }

    @Test
    void aListedChapterOutsideTheBookIsRefused() {
        var book = TestBook.with(dir.resolve("book"), "title: T\nchapters:\n  - ../../secret.md\n  - /etc/passwd\n")
                .file("manuscript/a.md", "# A\n");
        TestBook.in(dir).file("secret.md", "# Secret\n");
        assertTrue(book.load().isEmpty());
        assertEquals(List.of(
                "manuscript/a.md:1: warning: not listed under chapters in manuscript/book.yaml: left out of the book",
                "manuscript/book.yaml:3: chapter path leads outside the book folder: ../../secret.md",
                "manuscript/book.yaml:4: chapter path leads outside the book folder: /etc/passwd"), book.rendered());
    }

    @Test
    void aMarkdownFileLeftOutOfTheListIsNamed() {
        var book = TestBook.with(dir, "title: T\nchapters:\n  - b.md\n")
                .file("manuscript/a-draft.md", "# Draft\n\nWords nobody would read.\n")
                .file("manuscript/b.md", "# B\n")
                .file("manuscript/.hidden/c.md", "# Hidden\n");
        assertEquals(1, book.book().chapters().size());
        assertEquals(List.of("manuscript/a-draft.md:1: warning: not listed under chapters in manuscript/book.yaml: "
                + "left out of the book"), book.rendered());
        assertEquals(List.of("chapter-unlisted"), book.codes());
    }

    @Test
    void anEmptyManuscriptIsAnError() {
        var book = TestBook.with(dir, "title: T\n");
        assertTrue(book.load().isEmpty());
        assertEquals(List.of("manuscript/book.yaml:1: the manuscript is empty: no chapters found "
                + "(add .md files to manuscript/ or list them under chapters)"), book.rendered());
        assertEquals(List.of("manuscript-empty"), book.codes());
    }

    @Test
    void aManuscriptOfEmptyFilesIsEmptyToo() {
        var book = TestBook.with(dir, "title: T\n").file("manuscript/a.md", "\n\n");
        assertTrue(book.load().isEmpty());
        assertEquals(List.of(
                "manuscript/a.md:1: warning: chapter file is empty and is left out",
                "manuscript/book.yaml:1: the manuscript is empty: its chapter files hold no text"), book.rendered());
    }

    @Test
    void eachLevelOneHeadingStartsAChapterAndTextBeforeItTakesTheFrontMatterTitle() {
        var book = TestBook.with(dir, "title: T\n")
                .file("manuscript/01-preface.md", "---\ntitle: \"A Preface\"\nauthor: x\n---\n\nSome words.\n\n"
                        + "# First\n\nOne.\n\n## Section\n\n# Second\n\nTwo.\n")
                .file("manuscript/02-the-long-road.md", "Text without a heading.\n\n## Sub\n");
        assertEquals(List.of("A Preface", "First", "Second", "The long road"), titles(book));
        var preface = book.chapter(0).blocks();
        assertEquals(new galley.model.Block.Heading(1, "a-preface", List.of(new galley.model.Inline.Text("A Preface")),
                List.of(), new galley.model.Source("manuscript/01-preface.md", 6)), preface.get(0));
        assertEquals(6, preface.get(1).source().line());
        assertEquals(3, book.chapter(1).blocks().size());
        assertEquals(List.of("ch1", "ch2", "ch3", "ch4"), book.book().chapters().stream().map(Chapter::id).toList());
    }

    @Test
    void aChapterFileLinkingOutsideTheBookIsRefused() throws java.io.IOException {
        var book = TestBook.with(dir.resolve("book"), "title: T\n").file("manuscript/a.md", "# A\n");
        TestBook.in(dir).file("outside.md", "# Secret\n");
        java.nio.file.Files.createSymbolicLink(dir.resolve("book/manuscript/b.md"), dir.resolve("outside.md"));
        assertEquals(List.of("A"), titles(book));
        assertEquals(List.of("manuscript/b.md:1: chapter file is a link leading outside the book folder"), book.rendered());
    }

    @Test
    void aChapterListedTwiceIsReadOnce() {
        var book = TestBook.with(dir, "title: T\nchapters: [a.md, b.md, ./a.md]\n")
                .file("manuscript/a.md", "# A\n").file("manuscript/b.md", "# B\n");
        assertEquals(List.of("A", "B"), titles(book));
        assertEquals(List.of("manuscript/book.yaml:2: warning: chapter listed twice, read once: ./a.md"), book.rendered());
    }

    @Test
    void malformedFrontMatterIsReportedAtItsFileLine() {
        var book = TestBook.with(dir, "title: T\n").file("manuscript/a.md", "---\ntitle: ok\nbad: [x\n---\n\nText.\n");
        book.load();
        assertEquals(1, book.rendered().size());
        assertTrue(book.rendered().get(0).startsWith("manuscript/a.md:4: malformed YAML: "), book.rendered().toString());
    }

    @Test
    void severalCoversNeedCoverImage() {
        var book = TestBook.with(dir, "title: T\n").file("manuscript/a.md", "# A\n")
                .image("covers/one.png").image("covers/two.png");
        book.load();
        assertEquals(List.of("manuscript/book.yaml:1: covers/ holds 2 images (one.png, two.png); name the cover "
                + "with cover-image"), book.rendered());
        assertEquals(List.of("cover-ambiguous"), book.codes());
    }

    @Test
    void withoutDateOrEpochTheNewestFileTimeIsTheTimestamp() throws java.io.IOException {
        var book = TestBook.with(dir, "title: T\n").file("manuscript/a.md", "# A\n").file("manuscript/b.md", "# B\n");
        var time = java.nio.file.attribute.FileTime.from(java.time.Instant.parse("2021-03-04T05:06:07.891Z"));
        java.nio.file.Files.setLastModifiedTime(dir.resolve("manuscript/b.md"), time);
        java.nio.file.Files.setLastModifiedTime(dir.resolve("manuscript/a.md"), java.nio.file.attribute.FileTime.fromMillis(0));
        java.nio.file.Files.setLastModifiedTime(dir.resolve("manuscript/book.yaml"), java.nio.file.attribute.FileTime.fromMillis(0));
        assertEquals(java.time.Instant.parse("2021-03-04T05:06:07Z"), book.load(java.util.Map.of()).orElseThrow().modified());
    }
}
