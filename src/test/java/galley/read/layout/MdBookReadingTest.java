package galley.read.layout;

import galley.model.Block;
import galley.model.Blocks;
import galley.model.Book;
import galley.model.Chapter;
import galley.testing.TestBook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An mdBook folder read as it stands: book.toml, SUMMARY.md and includes, with no book.yaml. */
public class MdBookReadingTest {

    @TempDir
    Path dir;

    public static TestBook mdBook(Path dir) {
        return TestBook.in(dir)
                .file("book.toml", "[book]\ntitle = \"The Ferris Book\"\nauthors = [\"Ann Author\", \"Bob Writer\"]\n"
                        + "language = \"en-GB\"\ndescription = \"A small mdBook.\"\n")
                .file("src/SUMMARY.md", "# Summary\n\n[Foreword](foreword.md)\n\n# Getting started\n\n"
                        + "- [Ownership](ch04-00-ownership.md)\n"
                        + "    - [What is ownership?](ch04-01-what.md)\n"
                        + "    - [References](ch04-02-refs.md)\n"
                        + "- [Structs](ch05-00-structs.md)\n"
                        + "- [Later]()\n\n---\n\n[Appendix](appendix.md)\n")
                .file("src/foreword.md", "# Foreword\n\nHello.\n")
                .file("src/ch04-00-ownership.md", "# Understanding Ownership\n\nIntro.\n")
                .file("src/ch04-01-what.md", "## What Is Ownership?\n\nText.\n\n```rust\n"
                        + "{{#include listings/main.rs:body}}\n```\n\n### The Stack\n\nMore.\n")
                .file("src/ch04-02-refs.md", "## References and Borrowing\n\n"
                        + "See [the stack](ch04-01-what.html#the-stack).\n\n{{#include listings/note.md}}\n")
                .file("src/ch05-00-structs.md", "Structs hold fields.\n\n```rust\n{{#include listings/main.rs:1:3}}\n```\n")
                .file("src/appendix.md", "# Appendix\n\nEnd.\n")
                .file("src/stray.md", "Stray.\n")
                .file("src/listings/note.md", "Included *note* text.\n")
                .file("src/listings/main.rs", "fn main() {\n    // ANCHOR: body\n    let x = 5;\n"
                        + "    // ANCHOR_END: body\n}\n");
    }

    private static List<String> headings(Chapter chapter) {
        return chapter.blocks().stream().filter(b -> b instanceof Block.Heading).map(b -> (Block.Heading) b)
                .map(h -> h.level() + " " + Blocks.plainText(h.content())).toList();
    }

    private static String code(Chapter chapter) {
        return chapter.blocks().stream().filter(b -> b instanceof Block.CodeBlock)
                .map(b -> ((Block.CodeBlock) b).text()).findFirst().orElse("");
    }

    @Test
    void theContentsGiveOrderNestingPartsAndMetadata() {
        var book = mdBook(dir);
        Book read = book.book();
        assertEquals("The Ferris Book", read.metadata().title());
        assertEquals(List.of("Ann Author", "Bob Writer"), read.metadata().authors());
        assertEquals("en-GB", read.metadata().language().tag());
        assertEquals("A small mdBook.", read.metadata().description().orElseThrow());
        assertEquals(List.of("Foreword", "Getting started", "Understanding Ownership", "Structs", "Appendix"),
                read.chapters().stream().map(Chapter::title).toList());
        assertEquals(List.of("1 Understanding Ownership", "2 What Is Ownership?", "3 The Stack",
                "2 References and Borrowing"), headings(book.chapter(2)));
        assertEquals(List.of("1 Getting started"), headings(book.chapter(1)));
        // a chapter file without a heading is titled as the contents title it
        assertEquals(List.of("1 Structs"), headings(book.chapter(3)));
    }

    @Test
    void includesBringTheirLinesAnchorsAndRanges() {
        var book = mdBook(dir);
        Chapter ownership = book.book().chapters().get(2);
        assertEquals("    let x = 5;", code(ownership));
        // the lines that mark anchors are no part of the text
        assertEquals("fn main() {\n    let x = 5;", code(book.chapter(3)));
        assertTrue(Blocks.plainText(ownership.blocks().stream()
                .filter(b -> b instanceof Block.Paragraph).map(b -> ((Block.Paragraph) b).content())
                .flatMap(List::stream).toList()).contains("Included note text."));
    }

    @Test
    void everyFileIsAccountedFor() {
        var book = mdBook(dir);
        book.load();
        assertEquals(List.of(
                "book.toml:1: note: reading an mdBook layout",
                "src/SUMMARY.md:11: note: 'Later' is a draft chapter (listed without a file) and is left out",
                "src/stray.md:1: note: not listed in the mdBook contents, so not in the book"), book.rendered());
    }

    @Test
    void aBookYamlBesideBookTomlWinsKeyByKey() {
        var book = mdBook(dir).file("book.yaml", "title: Given Here\nlang: de\n");
        Book read = book.book();
        assertEquals("Given Here", read.metadata().title());
        assertEquals("de", read.metadata().language().tag());
        assertEquals(List.of("Ann Author", "Bob Writer"), read.metadata().authors());
    }

    @Test
    void aNestedFilesFootnotesAreNumberedOnInItsChapter() {
        var book = TestBook.in(dir).file("book.toml", "[book]\ntitle = \"T\"\n")
                .file("src/SUMMARY.md", "- [A](a.md)\n  - [B](b.md)\n")
                .file("src/a.md", "# A\n\nOne[^x].\n\n[^x]: Note A.\n")
                .file("src/b.md", "## B\n\nTwo[^x].\n\n[^x]: Note B.\n");
        List<Integer> numbers = book.book().chapters().get(0).blocks().stream()
                .filter(b -> b instanceof Block.Paragraph).flatMap(b -> ((Block.Paragraph) b).content().stream())
                .filter(i -> i instanceof galley.model.Inline.NoteRef).map(i -> ((galley.model.Inline.NoteRef) i).number())
                .toList();
        assertEquals(List.of(1, 2), numbers);
    }

    @Test
    void aTomlSyntaxErrorIsReportedAtItsLine() {
        var book = TestBook.in(dir).file("book.toml", "[book]\ntitle = \"T\"\nauthors = [\n")
                .file("src/SUMMARY.md", "- [A](a.md)\n").file("src/a.md", "# A\n");
        book.load();
        assertTrue(book.rendered().stream().anyMatch(p -> p.startsWith("book.toml:") && p.contains("not valid TOML")),
                book.rendered().toString());
        assertTrue(book.codes().contains("layout-invalid"));
    }

    @Test
    void aFolderWithGalleysOwnBookYamlIsNotReadAsALayout() {
        var book = TestBook.with(dir, "title: Mine\n").file("manuscript/a.md", "# A\n")
                .file("book.toml", "[book]\ntitle = \"Other\"\n");
        assertEquals("Mine", book.book().metadata().title());
        assertEquals(List.of(), book.rendered());
    }

    @Test
    void contentsAndChaptersOutsideTheBookAreRefused() throws Exception {
        Path outside = Files.writeString(dir.resolve("outside.md"), "# Outside\n\nSECRET\n");
        Path root = dir.resolve("book");
        var book = TestBook.in(root).file("book.toml", "[book]\ntitle = \"T\"\n")
                .file("src/a.md", "# A\n")
                .file("src/SUMMARY.md", "- [A](a.md)\n- [Out](../../outside.md)\n- [Abs](/etc/passwd)\n");
        book.load();
        assertEquals(List.of("book.toml:1: note: reading an mdBook layout",
                "src/SUMMARY.md:2: chapter path leads outside the book folder: ../../outside.md",
                "src/SUMMARY.md:3: chapter path leads outside the book folder: /etc/passwd"), book.rendered());
        Files.delete(root.resolve("src/SUMMARY.md"));
        Files.createSymbolicLink(root.resolve("src/SUMMARY.md"), Files.writeString(dir.resolve("S.md"), "- [O](../outside.md)\n"));
        var linked = TestBook.in(root);
        linked.load();
        assertTrue(linked.rendered().contains("src/SUMMARY.md:1: src/SUMMARY.md is a link leading outside the book folder"),
                linked.rendered().toString());
        assertFalse(String.join("\n", linked.rendered()).contains("SECRET"));
        assertTrue(outside.toFile().exists());
    }

    @Test
    void hostileIncludesAreRefusedAtTheirLine() throws Exception {
        Path outside = Files.writeString(dir.resolve("secret.txt"), "SECRET\n");
        Path root = dir.resolve("book");
        var book = TestBook.in(root)
                .file("book.toml", "[book]\ntitle = \"T\"\n")
                .file("src/SUMMARY.md", "- [A](a.md)\n- [B](b.md)\n")
                .file("src/a.md", "# A\n\n{{#include ../../secret.txt}}\n\n{{#include /etc/passwd}}\n\n"
                        + "{{#include link.txt}}\n\n{{#include a.md}}\n\n{{#include nowhere.md}}\n\n"
                        + "{{#include b.md:nope}}\n\n\\{{#include shown.md}}\n")
                .file("src/b.md", "# B\n\n{{#include c.md}}\n")
                .file("src/c.md", "{{#include b.md}}\n");
        Files.createSymbolicLink(root.resolve("src/link.txt"), outside);
        assertTrue(book.load().isEmpty() || book.diagnostics.hasErrors());
        assertEquals(List.of(
                "src/a.md:3: include leads outside the book folder: ../../secret.txt",
                "src/a.md:5: include leads outside the book folder: /etc/passwd",
                "src/a.md:7: include is a link leading outside the book folder: link.txt",
                "src/a.md:9: include cycle: a.md includes itself",
                "src/a.md:11: included file not found: nowhere.md",
                "src/a.md:13: anchor 'nope' not found in src/b.md",
                "src/c.md:1: include cycle: b.md includes itself"),
                book.rendered().stream().filter(p -> p.contains("include") || p.contains("anchor")).toList());
        assertFalse(String.join("\n", book.rendered()).contains("SECRET"));
    }
}
