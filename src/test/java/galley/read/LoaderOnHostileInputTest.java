package galley.read;


import galley.model.Block;
import galley.model.Blocks;
import galley.testing.Slow;
import galley.testing.TestBook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.zip.Deflater;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The loader on hostile input, in process (issue 6): missing, outside, remote, huge, truncated and
 * corrupt images, invalid UTF-8, control characters, deep nesting, huge paragraphs, lines, tables
 * and note counts each give a book or problems at their line, never an exception or a hang.
 * {@link galley.cli.RefusedBuildKeepsDistTest} runs hostile manuscripts through the whole command.
 */
public class LoaderOnHostileInputTest {

    @TempDir
    Path dir;

    private TestBook chapter(String markdown) {
        return TestBook.chapter(dir, markdown);
    }

    @Test
    void aMissingImageIsReportedAtItsLine() {
        var book = chapter("# C\n\nText.\n\n![x](pics/x.png)\n");
        book.load();
        assertEquals(List.of("manuscript/ch.md:5: image not found: pics/x.png"), book.rendered());
        assertEquals(List.of("image-missing"), book.codes());
    }

    @Test
    void anImageOutsideTheBookIsRefusedThroughDotDot() {
        var book = TestBook.with(dir.resolve("book"), "title: T\n").file("manuscript/ch.md", "# C\n\n![x](../../secret.png)\n");
        TestBook.in(dir).image("secret.png");
        book.load();
        assertEquals(List.of("manuscript/ch.md:3: image path leads outside the book folder: ../../secret.png"),
                book.rendered());
        assertEquals(List.of("image-outside-book"), book.codes());
    }

    @Test
    void anImageOutsideTheBookIsRefusedThroughASymbolicLink() throws IOException {
        var book = TestBook.with(dir.resolve("book"), "title: T\n").file("manuscript/ch.md", "# C\n\n![x](link.png)\n");
        TestBook.in(dir).image("secret.png");
        Files.createSymbolicLink(dir.resolve("book/manuscript/link.png"), dir.resolve("secret.png"));
        book.load();
        assertEquals(List.of("manuscript/ch.md:3: image path leads outside the book folder: link.png"), book.rendered());
        assertTrue(book.book().images().isEmpty());
    }

    @Test
    void absoluteImagePathsAndOtherSchemesAreRefused() {
        var book = chapter("# C\n\n![x](/etc/passwd)\n\n![y](file:///etc/passwd)\n");
        book.load();
        assertEquals(List.of(
                "manuscript/ch.md:3: image path leads outside the book folder: /etc/passwd",
                "manuscript/ch.md:5: image must be a file inside the book folder: file:///etc/passwd"), book.rendered());
    }

    @Test
    void remoteImagesAreNotFetched() {
        var book = chapter("# C\n\n![x](https://example.com/x.png)\n\nInline ![y](http://example.com/y.png).\n");
        book.load();
        assertEquals(List.of(
                "manuscript/ch.md:3: warning: remote image not fetched, its alt text kept: https://example.com/x.png",
                "manuscript/ch.md:5: warning: remote image not fetched, its alt text kept: http://example.com/y.png"),
                book.rendered());
        assertEquals(List.of(new galley.model.Block.Paragraph(List.of(new galley.model.Inline.Text("x")), book.body(0).get(0).source())),
                book.body(0).subList(0, 1));
        assertEquals(List.of("image-remote", "image-remote"), book.codes());
    }

    @Test
    void aPngClaimingHugeDimensionsIsRefusedFromItsHeader() throws IOException {
        var book = chapter("# C\n\n![bomb](bomb.png)\n").bytes("manuscript/bomb.png", png(100_000, 100_000));
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> book.load());
        assertEquals(List.of("manuscript/ch.md:3: image is too large: 100000 x 100000 pixels "
                + "(the limit is 100 megapixels and 30000 pixels a side): bomb.png"), book.rendered());
        assertEquals(List.of("image-too-large"), book.codes());
    }

    @Test
    void moreThanOneHundredMegapixelsIsRefused() throws IOException {
        var book = chapter("# C\n\n![wide](wide.png)\n").bytes("manuscript/wide.png", png(20_000, 6_000));
        book.load();
        assertEquals(List.of("image-too-large"), book.codes());
    }

    @Test
    void truncatedCorruptAndUnsupportedImagesAreProblemsNotExceptions() throws IOException {
        var book = chapter("# C\n\n![a](cut.png)\n\n![b](junk.png)\n\n![c](pic.bmp)\n\n![d](empty.jpg)\n")
                .image("manuscript/whole.png", 50, 50, "png")
                .image("manuscript/pic.bmp", 5, 5, "bmp")
                .bytes("manuscript/junk.png", "not an image at all".getBytes(StandardCharsets.US_ASCII))
                .bytes("manuscript/empty.jpg", new byte[0]);
        byte[] whole = Files.readAllBytes(dir.resolve("manuscript/whole.png"));
        book.bytes("manuscript/cut.png", java.util.Arrays.copyOf(whole, whole.length - 20));
        book.load();
        assertEquals(List.of(
                "manuscript/ch.md:3: image is truncated or corrupt: cut.png",
                "manuscript/ch.md:5: image is not a PNG, JPEG, GIF or SVG file: junk.png",
                "manuscript/ch.md:7: image is not a PNG, JPEG, GIF or SVG file: pic.bmp",
                "manuscript/ch.md:9: image is not a PNG, JPEG, GIF or SVG file: empty.jpg"), book.rendered());
    }

    @Test
    void invalidUtf8IsReportedWithItsLine() {
        byte[] good = "# C\n\nline three\n".getBytes(StandardCharsets.UTF_8);
        byte[] bad = {'b', 'a', 'd', ' ', (byte) 0xC3, '(', '\n'};
        var out = new ByteArrayOutputStream();
        out.writeBytes(good);
        out.writeBytes(bad);
        var book = TestBook.with(dir, "title: T\n").bytes("manuscript/ch.md", out.toByteArray())
                .file("manuscript/ok.md", "# Fine\n");
        book.load();
        assertEquals(List.of("manuscript/ch.md:4: the text is not valid UTF-8 (byte 0xC3); save the file as UTF-8"),
                book.rendered());
        assertEquals(List.of("Fine"), book.book().chapters().stream().map(c -> c.title()).toList());
    }

    @Test
    void aByteOrderMarkAndCrlfLineEndingsAreAccepted() {
        byte[] text = "\uFEFF---\r\ntitle: Front\r\n---\r\n\r\nIntro.\r\n\r\n# Head\r\n\r\nLine one\r\nline two\r\n"
                .getBytes(StandardCharsets.UTF_8);
        var book = TestBook.with(dir, "title: T\n").bytes("manuscript/ch.md", text);
        assertEquals(List.of("Front", "Head"), book.book().chapters().stream().map(c -> c.title()).toList());
        var paragraph = (Block.Paragraph) book.body(1).get(0);
        assertEquals("Line one line two", Blocks.plainText(paragraph.content()));
        assertEquals(9, paragraph.source().line());
        assertEquals(List.of(), book.rendered());
    }

    @Test
    void controlCharactersAreRemovedWithAWarning() {
        var book = chapter("# C\n\nbell\u0007 here\n");
        assertEquals("bell here", Blocks.plainText(((Block.Paragraph) book.body(0).get(0)).content()));
        assertEquals(List.of("manuscript/ch.md:3: warning: control character U+0007 removed (and any others in this file)"),
                book.rendered());
    }

    @Test
    void tenThousandNestedBlockQuotesAreRefusedQuickly() {
        var book = chapter("# C\n\n" + "> ".repeat(10_000) + "deep\n");
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> book.load());
        assertEquals(List.of("manuscript/ch.md:3: block quotes or lists are nested more than 200 deep"), book.rendered());
        assertEquals(List.of("nesting-too-deep"), book.codes());
    }

    @Test
    void tenThousandNestedListsByIndentationAreRefused() {
        var text = new StringBuilder("# C\n\n");
        for (int i = 0; i < 10_000; i++) {
            text.append("  ".repeat(Math.min(i, 300))).append("- item\n");
        }
        var book = chapter(text.toString());
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> book.load());
        assertEquals(List.of("nesting-too-deep"), book.codes());
    }

    @Test
    void deeplyNestedEmphasisIsCutWithAnErrorNotAStackOverflow() {
        var book = chapter("# C\n\n" + "*".repeat(50_000) + "x" + "*".repeat(50_000) + "\n");
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> book.load());
        assertEquals(List.of("manuscript/ch.md:3: content is nested more than 200 deep "
                + "(block quotes, lists, emphasis or HTML)"), book.rendered());
    }

    @Test
    void deeplyNestedRawHtmlIsCutWithAnError() {
        var book = chapter("# C\n\n<div>\n" + "<blockquote>".repeat(5_000) + "x" + "</blockquote>".repeat(5_000) + "\n</div>\n");
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> book.load());
        assertEquals(List.of("nesting-too-deep"), book.codes());
    }

    @Test
    void aParagraphOfTenMegabytesIsRefusedWithAClearMessage() {
        var book = chapter("# C\n\n" + "word \"quoted\" -- ".repeat(700_000) + "\n");
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> book.load());
        assertEquals(List.of("manuscript/ch.md:3: this paragraph or block is longer than 2,000,000 characters; "
                + "split it with blank lines"), book.rendered());
        assertEquals(List.of("block-too-long"), book.codes());
    }

    @Test
    void aLineOfAMillionCharactersBuilds() {
        var book = chapter("# C\n\n" + "abcdefghi ".repeat(100_000) + "\n");
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> book.load());
        assertEquals(List.of(), book.rendered());
        assertEquals(1_000_000 - 1, Blocks.plainText(((Block.Paragraph) book.body(0).get(0)).content()).length());
    }

    @Slow
    @Test
    void tenThousandFootnotesBuild() {
        var text = new StringBuilder("# C\n\n");
        for (int i = 1; i <= 10_000; i++) {
            text.append("Claim ").append(i).append("[^n").append(i).append("].\n\n");
        }
        for (int i = 1; i <= 10_000; i++) {
            text.append("[^n").append(i).append("]: Source ").append(i).append(".\n");
        }
        var book = chapter(text.toString());
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> book.load());
        assertEquals(List.of(), book.rendered());
        var last = (Block.Paragraph) book.body(0).get(9_999);
        assertEquals(10_000, assertInstanceOf(galley.model.Inline.NoteRef.class, last.content().get(1)).number());
    }

    @Slow
    @Test
    void aTableOfFiveThousandRowsBuilds() {
        var text = new StringBuilder("# C\n\n| n | square |\n|--:|--:|\n");
        for (int i = 1; i <= 5_000; i++) {
            text.append("| ").append(i).append(" | ").append(i * i).append(" |\n");
        }
        var book = chapter(text.toString());
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> book.load());
        assertEquals(5_000, ((Block.Table) book.body(0).get(0)).body().size());
    }

    @Test
    void aFootnoteThatCitesItselfIsAnErrorNotALoop() {
        var book = chapter("# C\n\nText[^a].\n\n[^a]: See also[^a].\n");
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> book.load());
        assertEquals(List.of("manuscript/ch.md:5: footnote [^a] refers to itself"), book.rendered());
    }

    @Test
    void fuzzCrashReferenceInsideADefinitionTermMovedByFlexmark() {
        // found by LoaderFuzzTest (seed 7, run 4927): Flexmark's getDocument() failed on this node
        var book = chapter("[\n: def\n\n{#\n[x]: https://r ...\n: def\n\n[x]: https://r");
        book.load();
        assertTrue(book.rendered().stream().noneMatch(line -> line.contains("could not")), book.rendered().toString());
        assertTrue(book.load().isPresent());
    }

    /** A PNG whose header claims {@code width} x {@code height}, with valid CRCs and one tiny data chunk. */
    public static byte[] png(int width, int height) throws IOException {
        var deflater = new Deflater();
        deflater.setInput(new byte[] {0, 0, 0, 0});
        deflater.finish();
        byte[] compressed = new byte[64];
        int length = deflater.deflate(compressed);
        return RawPng.of(width, height, 2, 0, java.util.Arrays.copyOf(compressed, length));
    }
}
