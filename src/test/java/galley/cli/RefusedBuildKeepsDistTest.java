package galley.cli;

import galley.testing.TestBook;
import org.apache.commons.io.file.PathUtils;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Hostile manuscripts through the whole command (issue 6): each is refused with its
 * {@code path:line: message} and exit status 1, reads nothing outside the book folder, and leaves
 * the editions a previous good build wrote in dist/ byte for byte as they were.
 * {@link galley.read.LoaderOnHostileInputTest} holds what the loader alone makes of hostile input.
 */
class RefusedBuildKeepsDistTest {

    /** Bytes found in no file of the book: they must never reach an edition. */
    static final String SECRET = "SECRET-7f3a9c-do-not-embed";

    @TempDir
    static Path template;
    @TempDir
    Path work;

    private Path book;
    private Path outside;
    private DistSnapshot before;

    @BeforeAll
    static void goodBuild() throws IOException {
        TestBook.withFigure(template);
        TestBook.Run run = TestBook.galley("build", template.toString(), "--quiet", "--no-site");
        assertEquals(0, run.status(), run.err());
    }

    @BeforeEach
    void copyBook() throws IOException {
        book = work.resolve("book");
        PathUtils.copyDirectory(template, book);
        before = DistSnapshot.of(book.resolve("dist"));
        assertEquals(2, before.files().size(), before.toString());
        outside = work.resolve("outside");
        Files.createDirectories(outside);
        Files.write(outside.resolve("secret.png"), secretPng());
        Files.writeString(outside.resolve("secret.md"), "# Secret\n\n" + SECRET + "\n");
    }

    private static byte[] secretPng() {
        byte[] png = HostileImages.real(40, 30, "png");
        byte[] out = Arrays.copyOf(png, png.length + SECRET.length());
        System.arraycopy(SECRET.getBytes(StandardCharsets.US_ASCII), 0, out, png.length, SECRET.length());
        return out;
    }

    private void chapter(String markdown) throws IOException {
        Files.writeString(book.resolve("manuscript/01-chapter.md"), markdown, StandardCharsets.UTF_8);
    }

    private void yaml(String extra) throws IOException {
        Files.writeString(book.resolve("manuscript/book.yaml"), TestBook.FIGURE_BOOK_YAML + extra, StandardCharsets.UTF_8);
    }

    private TestBook.Run build(String... more) {
        var args = new java.util.ArrayList<>(List.of("build", book.toString(), "--quiet", "--no-site"));
        args.addAll(List.of(more));
        return TestBook.galley(args.toArray(String[]::new));
    }

    /** Builds, and checks the run was refused with exactly {@code expected} on stderr and dist/ untouched. */
    private void refused(String... expected) {
        refusedWith(List.of(), expected);
    }

    /** As {@link #refused}, built with the options {@code options}. */
    private void refusedWith(List<String> options, String... expected) {
        TestBook.Run run = build(options.toArray(String[]::new));
        assertEquals(1, run.status(), run.err());
        assertEquals(String.join("\n", expected), run.err().strip(), run.err());
        assertDistUntouched();
    }

    private void assertDistUntouched() {
        DistSnapshot after = DistSnapshot.of(book.resolve("dist"));
        assertTrue(before.sameAs(after), "dist/ changed: " + before + " -> " + after);
        after.files().values().forEach(bytes ->
                assertFalse(new String(bytes, StandardCharsets.ISO_8859_1).contains(SECRET), "secret leaked"));
    }

    // ---- paths outside the book folder

    @Test
    void imageThroughDotDot() throws IOException {
        chapter("# C\n\nText.\n\n![x](../../outside/secret.png)\n");
        refused("manuscript/01-chapter.md:5: image path leads outside the book folder: ../../outside/secret.png");
    }

    @Test
    void imageByAbsolutePath() throws IOException {
        String absolute = outside.resolve("secret.png").toString();
        chapter("# C\n\n![x](" + absolute + ")\n");
        refused("manuscript/01-chapter.md:3: image path leads outside the book folder: " + absolute);
    }

    @Test
    void imageThroughSymbolicLink() throws IOException {
        Files.createSymbolicLink(book.resolve("manuscript/innocent.png"), outside.resolve("secret.png"));
        chapter("# C\n\n![x](innocent.png)\n");
        refused("manuscript/01-chapter.md:3: image path leads outside the book folder: innocent.png");
    }

    @Test
    void linkThroughDotDotAndAbsolutePath() throws IOException {
        yaml("links: error\n");
        chapter("# C\n\nSee [this](../../outside/secret.md).\n\nAnd [that](" + outside.resolve("secret.md") + ").\n");
        refused("manuscript/01-chapter.md:3: link leads outside the book folder, link removed, its text kept: ../../outside/secret.md",
                "manuscript/01-chapter.md:5: link leads outside the book folder, link removed, its text kept: "
                        + outside.resolve("secret.md"));
    }

    @Test
    void linkToAChapterThatIsASymbolicLinkOutside() throws IOException {
        Files.createSymbolicLink(book.resolve("manuscript/02-leak.md"), outside.resolve("secret.md"));
        chapter("# C\n\nSee [the appendix](02-leak.md).\n");
        refused("manuscript/01-chapter.md:3: warning: link target is not a chapter of the book, link removed, its text kept: 02-leak.md",
                "manuscript/02-leak.md:1: chapter file is a link leading outside the book folder");
    }

    @Test
    void coverThroughDotDot() throws IOException {
        yaml("cover-image: ../../outside/secret.png\n");
        refused("manuscript/book.yaml:4: image path leads outside the book folder: ../../outside/secret.png");
    }

    @Test
    void coverByAbsolutePath() throws IOException {
        String absolute = outside.resolve("secret.png").toString();
        yaml("cover-image: " + absolute + "\n");
        refused("manuscript/book.yaml:4: image path leads outside the book folder: " + absolute);
    }

    @Test
    void coverThroughSymbolicLink() throws IOException {
        Files.createDirectories(book.resolve("covers"));
        Files.createSymbolicLink(book.resolve("covers/cover.png"), outside.resolve("secret.png"));
        refused("covers/cover.png:1: image path leads outside the book folder: cover.png");
    }

    @Test
    void chaptersThroughDotDotAbsolutePathAndSymbolicLink() throws IOException {
        Files.createSymbolicLink(book.resolve("manuscript/02-link.md"), outside.resolve("secret.md"));
        String absolute = outside.resolve("secret.md").toString();
        yaml("chapters:\n  - 01-chapter.md\n  - ../../outside/secret.md\n  - " + absolute + "\n  - 02-link.md\n");
        refused("manuscript/book.yaml:6: chapter path leads outside the book folder: ../../outside/secret.md",
                "manuscript/book.yaml:7: chapter path leads outside the book folder: " + absolute,
                "manuscript/book.yaml:8: chapter path leads outside the book folder: 02-link.md");
    }

    // ---- remote images

    @Test
    void remoteImagesAreNeverFetched() throws IOException {
        chapter("# C\n\n![a](http://127.0.0.1:9/a.png)\n\n![b](https://127.0.0.1:9/b.jpg)\n\n"
                + "Inline ![c](ftp://127.0.0.1:9/c.gif) too.\n\n<img src=\"https://127.0.0.1:9/d.png\" alt=\"d\">\n");
        refusedWith(List.of("--strict"),
                "manuscript/01-chapter.md:3: remote image not fetched, its alt text kept: http://127.0.0.1:9/a.png",
                "manuscript/01-chapter.md:5: remote image not fetched, its alt text kept: https://127.0.0.1:9/b.jpg",
                "manuscript/01-chapter.md:7: remote image not fetched, its alt text kept: ftp://127.0.0.1:9/c.gif",
                "manuscript/01-chapter.md:9: remote image not fetched, its alt text kept: https://127.0.0.1:9/d.png");
    }

    // ---- images

    @Test
    void decompressionBombIsRefusedFromItsHeader() throws IOException {
        byte[] bomb = HostileImages.pngClaiming(100_000, 100_000);
        assertTrue(bomb.length < 1024, "the bomb is " + bomb.length + " bytes");
        Files.write(book.resolve("manuscript/bomb.png"), bomb);
        chapter("# C\n\n![bomb](bomb.png)\n");
        long start = System.nanoTime();
        refused("manuscript/01-chapter.md:3: image is too large: 100000 x 100000 pixels "
                + "(the limit is 100 megapixels and 30000 pixels a side): bomb.png");
        assertTrue(System.nanoTime() - start < 10_000_000_000L);
    }

    @Test
    void moreThanOneHundredMegapixelsIsRefused() throws IOException {
        Files.write(book.resolve("manuscript/big.png"), HostileImages.pngClaiming(12_000, 9_000));
        chapter("# C\n\n![big](big.png)\n");
        refused("manuscript/01-chapter.md:3: image is too large: 12000 x 9000 pixels "
                + "(the limit is 100 megapixels and 30000 pixels a side): big.png");
    }

    @Test
    void truncatedAndCorruptImagesOfEachFormat() throws IOException {
        byte[] png = HostileImages.real(200, 150, "png");
        byte[] jpeg = HostileImages.real(200, 150, "jpg");
        byte[] gif = HostileImages.real(200, 150, "gif");
        Files.write(book.resolve("manuscript/cut.png"), Arrays.copyOf(png, png.length / 2));
        Files.write(book.resolve("manuscript/cut.jpg"), Arrays.copyOf(jpeg, jpeg.length / 2));
        Files.write(book.resolve("manuscript/cut.gif"), Arrays.copyOf(gif, gif.length / 2));
        Files.write(book.resolve("manuscript/pixels.png"), HostileImages.pngWithTruncatedPixels(200, 150));
        Files.write(book.resolve("manuscript/fake.jpg"), "<html>not a picture</html>".getBytes(StandardCharsets.US_ASCII));
        chapter("# C\n\n![a](cut.png)\n\n![b](cut.jpg)\n\n![c](cut.gif)\n\n![d](pixels.png)\n\n![e](fake.jpg)\n");
        refused("manuscript/01-chapter.md:3: image is truncated or corrupt: cut.png",
                "manuscript/01-chapter.md:5: image is truncated or corrupt: cut.jpg",
                "manuscript/01-chapter.md:7: image is truncated or corrupt: cut.gif",
                "manuscript/01-chapter.md:9: image is truncated or corrupt: pixels.png",
                "manuscript/01-chapter.md:11: image is not a PNG, JPEG, GIF or SVG file: fake.jpg");
    }

    // ---- YAML

    @Test
    void billionLaughsIsRefusedFast() throws IOException {
        var yaml = new StringBuilder(TestBook.FIGURE_BOOK_YAML).append("a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (int i = 1; i < 10; i++) {
            yaml.append("a").append(i).append(": &a").append(i).append(" [");
            yaml.append(String.join(", ", java.util.Collections.nCopies(9, "*a" + (i - 1)))).append("]\n");
        }
        Files.writeString(book.resolve("manuscript/book.yaml"), yaml);
        long start = System.nanoTime();
        refused("manuscript/book.yaml:1: YAML refused: it uses more than 50 aliases of collections");
        assertTrue(System.nanoTime() - start < 10_000_000_000L);
    }

    @Test
    void yamlTypeTagsConstructNothing() throws IOException {
        yaml("description: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://127.0.0.1:9/\"]]]]\n");
        refused("manuscript/book.yaml:4: description must be text, not a list or a mapping");
    }

    @Test
    void yamlSyntaxErrorAtItsLine() throws IOException {
        yaml("subject: [one, two\ndate: 2024-01-01\n");
        TestBook.Run run = build();
        assertEquals(1, run.status());
        assertTrue(run.err().strip().matches("manuscript/book\\.yaml:[45]: malformed YAML: .*"), run.err());
        assertDistUntouched();
    }

    @Test
    void unknownKeyNamesTheNearestKnownOne() throws IOException {
        Files.writeString(book.resolve("manuscript/book.yaml"), "titel: Hostile Test\nname: hostile\nauthr: Ann\n");
        refused("manuscript/book.yaml:1: warning: unknown key 'titel' (did you mean 'title'?)",
                "manuscript/book.yaml:1: title is missing: book.yaml must give the book a title",
                "manuscript/book.yaml:3: warning: unknown key 'authr' (did you mean 'author'?)");
    }

    // ---- text

    @Test
    void invalidUtf8AtItsLine() throws IOException {
        byte[] bad = "# C\n\nGood line.\n\nBad \u00e9 line.\n".getBytes(StandardCharsets.ISO_8859_1);
        Files.write(book.resolve("manuscript/01-chapter.md"), bad);
        refused("manuscript/01-chapter.md:5: the text is not valid UTF-8 (byte 0xE9); save the file as UTF-8");
    }

    @Test
    void emptyManuscript() throws IOException {
        Files.delete(book.resolve("manuscript/01-chapter.md"));
        refused("manuscript/book.yaml:1: the manuscript is empty: no chapters found "
                + "(add .md files to manuscript/ or list them under chapters)");
    }

    @Test
    void onlyEmptyChapters() throws IOException {
        chapter("\n\n   \n");
        TestBook.Run run = build();
        assertEquals(1, run.status(), run.err());
        assertTrue(run.err().contains("the manuscript is empty"), run.err());
        assertFalse(run.err().contains("Exception"), run.err());
        assertDistUntouched();
    }

    @Test
    void deepNestingIsRefusedNotAStackOverflow() throws IOException {
        chapter("# C\n\n" + "> ".repeat(10_000) + "deep\n\n" + "<span>".repeat(5_000) + "x\n");
        refused("manuscript/01-chapter.md:3: block quotes or lists are nested more than 200 deep");
    }

    @Test
    void aTenMegabyteParagraphIsRefused() throws IOException {
        chapter("# C\n\n" + "lorem ipsum ".repeat(900_000) + "\n");
        refused("manuscript/01-chapter.md:3: this paragraph or block is longer than 2,000,000 characters; "
                + "split it with blank lines");
    }

    // ---- problems found at once, all reported in one run

    @Test
    void everyProblemIsReportedInOneRun() throws IOException {
        Files.write(book.resolve("manuscript/bomb.png"), HostileImages.pngClaiming(100_000, 100_000));
        chapter("# C\n\n![a](../../outside/secret.png)\n\n![b](https://127.0.0.1:9/b.png)\n\n![c](bomb.png)\n\n"
                + "[d](../../outside/secret.md)\n");
        yaml("cover-image: ../../outside/secret.png\n");
        TestBook.Run run = build();
        assertEquals(1, run.status());
        assertEquals(5, run.err().strip().lines().count(), run.err());
        assertTrue(run.err().lines().allMatch(l -> l.matches("(manuscript|covers)/[^:]+:\\d+: .+")), run.err());
        assertDistUntouched();
    }

    // ---- inputs that build, with warnings where something was removed

    @Test
    void rawHtmlScriptsFramesFormsAndHandlersAreRemoved() throws IOException {
        chapter("""
                # C

                <script>alert('x')</script>

                <p onclick="alert(1)" onmouseover="steal()">Click <a href="javascript:alert(2)">here</a>.</p>

                <iframe src="https://127.0.0.1:9/"></iframe>

                <object data="x.swf"></object><embed src="y.swf">

                <form action="https://127.0.0.1:9/"><input name="q"></form>

                [link](javascript:alert(3)) and <img src="x.png" onerror="alert(4)">
                """);
        Files.write(book.resolve("manuscript/x.png"), HostileImages.real(20, 20, "png"));
        TestBook.Run run = build();
        assertEquals(0, run.status(), run.err());
        for (String kind : new String[] {"script", "onclick", "javascript", "iframe", "object", "embed", "form", "onerror"}) {
            assertTrue(run.err().lines().anyMatch(l -> l.startsWith("manuscript/01-chapter.md:") && l.contains("warning:")
                    && l.contains(kind)), kind + " not reported:\n" + run.err());
        }
        EpubContents epub = EpubContents.read(book.resolve("dist/hostile.epub"));
        assertFalse(epub.packageDocument().contains("scripted"), epub.packageDocument());
        for (var document : epub.xhtml().entrySet()) {
            String text = document.getValue().toLowerCase(java.util.Locale.ROOT);
            for (String banned : new String[] {"<script", "<iframe", "<object", "<embed", "<form", "onclick", "onerror",
                    "onmouseover", "javascript:"}) {
                assertFalse(text.contains(banned), banned + " in " + document.getKey());
            }
        }
    }

    @Test
    void byteOrderMarkAndCrlfLineEndingsBuild() throws IOException {
        Files.write(book.resolve("manuscript/01-chapter.md"),
                "\uFEFF# Windows\r\n\r\nLine one\r\nline two.\r\n".getBytes(StandardCharsets.UTF_8));
        Files.write(book.resolve("manuscript/book.yaml"), ("\uFEFF" + TestBook.FIGURE_BOOK_YAML.replace("\n", "\r\n"))
                .getBytes(StandardCharsets.UTF_8));
        TestBook.Run run = build();
        assertEquals(0, run.status(), run.err());
        assertEquals("", run.err().strip());
        String chapter = EpubContents.read(book.resolve("dist/hostile.epub")).chapterText();
        assertTrue(chapter.contains(">Windows</h1>"), chapter);
        assertFalse(chapter.contains("\uFEFF"), chapter);
    }

    @Test
    void emptyChapterAndChapterWithoutHeadingBuild() throws IOException {
        Files.writeString(book.resolve("manuscript/02-empty.md"), "");
        Files.writeString(book.resolve("manuscript/03-no-heading.md"), "Just a paragraph, no heading.\n");
        TestBook.Run run = build();
        assertEquals(0, run.status(), run.err());
        // the template's small figure also draws a low-resolution warning, which is not this test's matter
        assertTrue(run.err().contains("manuscript/02-empty.md:1: warning: chapter file is empty and is left out"), run.err());
        assertFalse(run.err().contains("03-no-heading"), run.err());
        EpubContents epub = EpubContents.read(book.resolve("dist/hostile.epub"));
        assertTrue(epub.nav().contains("03 no heading") || epub.nav().contains("No heading"), epub.nav());
    }

    @Test
    void duplicateHeadingIdsAreMadeUniqueAndLinksStillResolve() throws IOException {
        chapter("# C\n\n[first](#same) [second](#same-1) [third](#same-2)\n\n## Same\n\nA.\n\n## Same\n\nB.\n\n## Same\n\nC.\n");
        TestBook.Run run = build();
        assertEquals(0, run.status(), run.err());
        String chapter = EpubContents.read(book.resolve("dist/hostile.epub")).chapterText();
        var ids = java.util.regex.Pattern.compile(" id=\"([^\"]+)\"").matcher(chapter).results().map(m -> m.group(1)).toList();
        assertEquals(ids.size(), new java.util.HashSet<>(ids).size(), "ids not unique: " + ids);
        var hrefs = java.util.regex.Pattern.compile("href=\"[^\"#]*#([^\"]+)\"").matcher(chapter).results().map(m -> m.group(1)).toList();
        assertTrue(hrefs.containsAll(java.util.List.of("same", "same-1", "same-2")), hrefs.toString());
        assertTrue(ids.containsAll(hrefs), hrefs + " not all in " + ids);
    }

    // ---- regressions found by WholeBuildFuzzTest

    /** Fuzz seed 7000155: an empty book.yaml was refused with exit 1 and no message at all. */
    @Test
    void emptyBookYamlSaysSo() throws IOException {
        Files.writeString(book.resolve("manuscript/book.yaml"), "");
        refused("manuscript/book.yaml:1: book.yaml is empty: it needs at least a title");
        Files.writeString(book.resolve("manuscript/book.yaml"), "# only a comment\n");
        refused("manuscript/book.yaml:1: book.yaml is empty: it needs at least a title");
    }
}
