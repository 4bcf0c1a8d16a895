package galley.cli;

import galley.testing.TestBook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code galley check} reports every kind of problem in one run and writes nothing. */
class CheckCommandTest {

    private static final String CHAPTER = "manuscript/01-belarus-protests.md";

    @TempDir
    Path book;

    @Test
    void theSeedBookHasNoProblemsAndNothingIsWritten() throws IOException {
        TestBook.copyOfRepositoryBook(book);
        TestBook.Run run = TestBook.galley("check", book.toString());
        assertEquals(0, run.status(), run.err());
        assertTrue(run.err().contains("no problems found"), run.err());
        assertFalse(Files.exists(book.resolve("dist")), "check writes nothing");
    }

    @Test
    void everyKindOfProblemIsReportedInOneRunWithExitOne() throws IOException {
        TestBook.copyOfRepositoryBook(book);
        Path chapter = book.resolve(CHAPTER);
        String text = Files.readString(chapter).replace("images/lukashenko-putin.png", "images/missing.png");
        text += "\nSee [the aftermath](#aftermath). A rune: \u16A0.\n\n![](images/lukashenko-putin.png)\n";
        Files.writeString(chapter, text, StandardCharsets.UTF_8);
        Path yaml = book.resolve("manuscript/book.yaml");
        Files.writeString(yaml, Files.readString(yaml).replace("toc-depth: 2", "toc-depth: 9"), StandardCharsets.UTF_8);

        TestBook.Run run = TestBook.galley("check", book.toString());
        assertEquals(1, run.status(), run.err());
        String err = run.err();
        assertTrue(err.contains(CHAPTER + ":5: image not found: images/missing.png"), err);
        assertTrue(err.matches("(?s).*" + CHAPTER + ":\\d+: .*aftermath.*"), "the broken link: " + err);
        assertTrue(err.matches("(?s).*manuscript/book\\.yaml:\\d+: .*toc-depth.*"), "the bad metadata: " + err);
        assertTrue(err.contains("U+16A0 RUNIC LETTER FEHU FEOH FE F has no glyph"), "the missing glyph: " + err);
        assertTrue(err.contains("no alt text"), "the missing alt text: " + err);
        assertFalse(Files.exists(book.resolve("dist")));
    }

    @Test
    void aMissingBookFolderIsAProblem() {
        TestBook.Run run = TestBook.galley("check", book.resolve("nowhere").toString());
        assertEquals(1, run.status());
        assertTrue(run.err().contains("no such book folder"), run.err());
    }
}
