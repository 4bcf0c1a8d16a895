package galley.testing;

import galley.model.Block;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The example of {@link TestBook}'s Javadoc, run, and where a run finds its editions. */
class TestBookTest {

    @TempDir
    Path dir;

    @Test
    void aFigureIsReadAndBuilt() {
        TestBook book = TestBook.with(dir, "title: Figures\nlang: en\n")
                .file("manuscript/01-one.md", "# One\n\n![A red square](images/red.png \"Its caption\")\n")
                .image("manuscript/images/red.png", 900, 600, "png");
        Block.Figure figure = (Block.Figure) book.body(0).get(0);
        assertEquals("A red square", figure.alt());
        assertEquals(List.of(), book.rendered());

        TestBook.Run run = book.build();
        assertEquals(0, run.status(), run.err());
        assertEquals("figures.pdf", run.pdf().getFileName().toString());
    }

    @Test
    void aBuildWithOutputFindsItsEditionsThereAndAFailedOneSaysWhy() {
        TestBook book = TestBook.written(dir.resolve("book"), "title: Elsewhere\nname: other\n", "# One\n\nText.\n");
        TestBook.Run run = book.build("--output", dir.resolve("out").toString(), "--no-site");
        assertEquals(0, run.status(), run.err());
        assertEquals(dir.resolve("out/other.epub"), run.epub());

        TestBook.Run failed = TestBook.written(dir.resolve("bad"), "title: Bad\n", "![](images/missing.png)\n").build();
        assertEquals(1, failed.status());
        AssertionError why = assertThrows(AssertionError.class, failed::pdf);
        assertTrue(why.getMessage().contains("image not found"), why.getMessage());
    }

    @Slow
    @Test
    void theJarBuildsTheSameBookAsTheInProcessRun() throws Exception {
        TestBook book = TestBook.withFigure(dir.resolve("book"));
        TestBook.Run inProcess = book.build("--no-site", "--output", dir.resolve("in").toString());
        TestBook.Run jar = book.buildWithJar(Files.createDirectories(dir.resolve("logs")), 300,
                "--no-site", "--quiet", "--output", dir.resolve("jar").toString());
        assertEquals(0, jar.status(), jar.err());
        assertArrayEquals(Files.readAllBytes(inProcess.pdf()), Files.readAllBytes(jar.pdf()));
        assertArrayEquals(Files.readAllBytes(inProcess.epub()), Files.readAllBytes(jar.epub()));
    }
}
