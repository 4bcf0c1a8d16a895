package galley.cli;

import galley.testing.TestBook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A broken manuscript is reported at its file and line, all problems in one run, with exit status
 * 1, and the editions already in dist/ stay exactly as they were.
 */
class BuildFailureTest {

    private static final String CHAPTER = "manuscript/01-belarus-protests.md";
    private static final byte[] OLD_EPUB = "the previous EPUB".getBytes(StandardCharsets.UTF_8);
    private static final byte[] OLD_PDF = "the previous PDF".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path book;

    @BeforeEach
    void previousEditions() throws IOException {
        TestBook.copyOfRepositoryBook(book);
        Files.createDirectories(book.resolve("dist"));
        Files.write(book.resolve("dist/belarus-protests.epub"), OLD_EPUB);
        Files.write(book.resolve("dist/belarus-protests.pdf"), OLD_PDF);
    }

    private TestBook.Run build() {
        return TestBook.galley("build", book.toString(), "--quiet");
    }

    private void assertDistUntouched() throws IOException {
        assertArrayEquals(OLD_EPUB, Files.readAllBytes(book.resolve("dist/belarus-protests.epub")));
        assertArrayEquals(OLD_PDF, Files.readAllBytes(book.resolve("dist/belarus-protests.pdf")));
        try (Stream<Path> files = Files.list(book.resolve("dist"))) {
            assertEquals(2, files.count(), "no temporary files are left behind");
        }
    }

    private void replaceInChapter(String from, String to) throws IOException {
        Path chapter = book.resolve(CHAPTER);
        String text = Files.readString(chapter);
        assertTrue(text.contains(from));
        Files.writeString(chapter, text.replace(from, to), StandardCharsets.UTF_8);
    }

    private static int lineOf(Path file, String needle) throws IOException {
        List<String> lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(needle)) {
                return i + 1;
            }
        }
        throw new AssertionError(needle + " not in " + file);
    }

    @Test
    void everyMissingImageIsReportedAtItsLineInOneRun() throws IOException {
        replaceInChapter("images/lukashenko-putin.png", "images/missing.png");
        Path chapter = book.resolve(CHAPTER);
        Files.writeString(chapter, Files.readString(chapter) + "\n![A second picture](pics/also-missing.jpg)\n");
        TestBook.Run run = build();
        assertEquals(1, run.status());
        assertTrue(run.err().contains(CHAPTER + ":" + lineOf(chapter, "missing.png") + ": image not found: images/missing.png"),
                run.err());
        assertTrue(run.err().contains(CHAPTER + ":" + lineOf(chapter, "also-missing") + ": image not found: pics/also-missing.jpg"),
                run.err());
        assertFalse(run.err().contains("Exception"), run.err());
        assertDistUntouched();
    }

    @Test
    void aFailedBuildAlsoReportsWhatTheLayoutFindsInTheSameRun() throws IOException {
        Path chapter = book.resolve(CHAPTER);
        // a publisher's strict link policy makes the broken link an error found while reading
        Path yaml = book.resolve("manuscript/book.yaml");
        Files.writeString(yaml, Files.readString(yaml) + "\nlinks: error\n", StandardCharsets.UTF_8);
        Files.writeString(chapter, Files.readString(chapter) + "\nSee [nothing](#no-such-heading). A rune: \u16A0.\n",
                StandardCharsets.UTF_8);
        TestBook.Run run = build();
        assertEquals(1, run.status(), run.err());
        int line = lineOf(chapter, "A rune");
        assertTrue(run.err().matches("(?s).*" + CHAPTER + ":" + line + ": .*no-such-heading.*"), "the broken link: " + run.err());
        assertTrue(run.err().contains(CHAPTER + ":" + line + ": warning: U+16A0 RUNIC LETTER FEHU FEOH FE F has no glyph"),
                "the layout's warning, without a second run: " + run.err());
        assertDistUntouched();
    }

    @Test
    void aListedChapterThatDoesNotExist() throws IOException {
        Path yaml = book.resolve("manuscript/book.yaml");
        Files.writeString(yaml, Files.readString(yaml) + "chapters:\n  - 01-belarus-protests.md\n  - 02-aftermath.md\n");
        TestBook.Run run = build();
        assertEquals(1, run.status());
        assertTrue(run.err().contains("manuscript/book.yaml:" + lineOf(yaml, "02-aftermath.md") + ": chapter not found: 02-aftermath.md"),
                run.err());
        assertDistUntouched();
    }

    @Test
    void malformedYamlIsReportedAtItsLine() throws IOException {
        Path yaml = book.resolve("manuscript/book.yaml");
        Files.writeString(yaml, Files.readString(yaml).replace("lang: en", "lang: [en"));
        TestBook.Run run = build();
        assertEquals(1, run.status());
        assertTrue(run.err().matches("(?s).*manuscript/book\\.yaml:\\d+: .*"), run.err());
        assertFalse(run.err().contains("Exception"), run.err());
        assertDistUntouched();
    }

    @Test
    void anEmptyManuscript() throws IOException {
        Files.delete(book.resolve(CHAPTER));
        TestBook.Run run = build();
        assertEquals(1, run.status());
        assertTrue(run.err().contains("manuscript/book.yaml:1: the manuscript is empty"), run.err());
        assertDistUntouched();
    }

    @Test
    void aGoodBuildReplacesThePreviousEditions() throws IOException {
        TestBook.Run run = build();
        assertEquals(0, run.status(), run.err());
        assertTrue(Files.size(book.resolve("dist/belarus-protests.pdf")) > 10_000);
        assertTrue(new String(Files.readAllBytes(book.resolve("dist/belarus-protests.pdf")), 0, 5,
                StandardCharsets.ISO_8859_1).startsWith("%PDF-"));
    }

    @Test
    void aFailedBuildEndsWithTheSummaryOfCheckInCountedWords() throws IOException {
        replaceInChapter("images/lukashenko-putin.png", "images/missing.png");
        TestBook.Run build = TestBook.galley("build", book.toString());
        TestBook.Run check = TestBook.galley("check", book.toString());
        assertEquals(1, build.status());
        List<String> lines = build.err().lines().toList();
        String summary = check.err().lines().reduce((a, b) -> b).orElseThrow();
        assertEquals("problems found: 1 error", summary, check.err());
        assertEquals(summary + "; nothing written", lines.get(lines.size() - 1), build.err());
        assertDistUntouched();

        Files.writeString(book.resolve(CHAPTER), "\n![A photograph](images/gone.png)\n\n![](images/" + "lukashenko-putin.png)\n",
                StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
        String two = TestBook.galley("build", book.toString()).err().lines().reduce((a, b) -> b).orElseThrow();
        assertEquals("problems found: 2 errors, 1 warning; nothing written", two);
    }

    @Test
    void usageErrorsExitWithTwo() {
        assertEquals(2, TestBook.galley("build", "--frobnicate").status());
        assertEquals(2, TestBook.galley("publish").status());
        assertEquals(2, TestBook.galley().status());
        TestBook.Run help = TestBook.galley("--help");
        assertEquals(0, help.status());
        assertTrue(help.out().contains("galley build [BOOK_DIR]"));
        assertEquals(0, TestBook.galley("--version").status());
    }
}
