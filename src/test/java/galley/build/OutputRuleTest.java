package galley.build;

import galley.testing.TestBook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A build writes only into a real output folder outside what it reads, and replaces all its files or none. */
class OutputRuleTest {

    @TempDir
    Path dir;

    @Test
    void aDistThatIsALinkToAnotherFolderIsRefusedAndThatFolderKeepsItsFiles() throws IOException {
        TestBook book = TestBook.withFigure(dir.resolve("book"));
        Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
        Files.writeString(elsewhere.resolve("index.html"), "someone else's page");
        Files.createSymbolicLink(book.dir.resolve("dist"), elsewhere);

        TestBook.Run run = TestBook.galley("build", book.dir.toString(), "--quiet");

        assertEquals(1, run.status(), run.err());
        assertTrue(run.err().contains("symbolic link"), run.err());
        assertEquals("someone else's page", Files.readString(elsewhere.resolve("index.html")));
        try (var files = Files.list(elsewhere)) {
            assertEquals(1, files.count());
        }
    }

    @Test
    void anOutputFolderInsideTheCoversOrTheManuscriptIsRefused() throws IOException {
        TestBook book = TestBook.withFigure(dir.resolve("book"));
        Files.createDirectories(book.dir.resolve("covers"));
        for (String inside : new String[] {"covers", "manuscript/out"}) {
            TestBook.Run run = TestBook.galley("build", book.dir.toString(), "--output",
                    book.dir.resolve(inside).toString(), "--quiet");
            assertEquals(1, run.status(), run.err());
            assertTrue(run.err().contains("which the build reads"), run.err());
        }
        assertFalse(Files.exists(book.dir.resolve("manuscript/out")));
        try (var files = Files.list(book.dir.resolve("covers"))) {
            assertTrue(files.noneMatch(f -> f.getFileName().toString().endsWith(".pdf")));
        }
    }

    @Test
    void anEditionsNameTakenByAFolderLeavesEveryPreviousFileAsItWas() throws IOException {
        TestBook book = TestBook.withFigure(dir.resolve("book"));
        TestBook.Run first = book.build();
        assertEquals(0, first.status(), first.err());
        byte[] epub = Files.readAllBytes(first.epub());
        byte[] page = Files.readAllBytes(first.dist().resolve("index.html"));
        Path pdf = first.pdf();
        Files.delete(pdf);
        Files.createDirectories(pdf.resolve("inside"));
        // a change, so that a build that went ahead would write other bytes
        book.file("manuscript/02-two.md", "# Two\n\nAnother chapter.\n");

        TestBook.Run second = book.build();

        assertEquals(1, second.status(), second.err());
        assertTrue(second.err().contains("not a regular file"), second.err());
        assertArrayEquals(epub, Files.readAllBytes(first.epub()));
        assertArrayEquals(page, Files.readAllBytes(first.dist().resolve("index.html")));
        try (var files = Files.list(first.dist())) {
            assertTrue(files.noneMatch(f -> f.getFileName().toString().endsWith(".galley-tmp")));
        }
    }
}
