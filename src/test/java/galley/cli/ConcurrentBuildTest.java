package galley.cli;

import galley.testing.ForkedGalley;
import galley.testing.Slow;
import galley.testing.TestBook;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Two processes building the same book into the same dist/ at once both succeed, and neither edition is corrupt. */
@Slow
class ConcurrentBuildTest {

    @TempDir
    Path dir;

    @Test
    void twoBuildsAtOnceLeaveTwoValidEditions() throws Exception {
        Path book = TestBook.withFigure(dir.resolve("book")).dir;
        Files.writeString(book.resolve("manuscript/02-long.md"), InterruptedBuildTest.longChapter(600), StandardCharsets.UTF_8);
        Process first = ForkedGalley.start("1g", Galley.class, dir.resolve("logs1"), "build", book.toString(), "--quiet", "--no-site");
        Process second = ForkedGalley.start("1g", Galley.class, dir.resolve("logs2"), "build", book.toString(), "--quiet", "--no-site");
        assertTrue(first.waitFor(300, TimeUnit.SECONDS) && second.waitFor(300, TimeUnit.SECONDS));
        assertEquals(0, first.exitValue(), Files.readString(dir.resolve("logs1/err.txt")));
        assertEquals(0, second.exitValue(), Files.readString(dir.resolve("logs2/err.txt")));

        Path dist = book.resolve("dist");
        try (Stream<Path> files = Files.list(dist)) {
            assertEquals(java.util.List.of("hostile.epub", "hostile.pdf"),
                    files.map(f -> f.getFileName().toString()).sorted().toList());
        }
        try (PDDocument pdf = Loader.loadPDF(dist.resolve("hostile.pdf").toFile())) {
            assertTrue(pdf.getNumberOfPages() > 10);
        }
        EpubContents epub = EpubContents.read(dist.resolve("hostile.epub"));
        assertFalse(epub.xhtml().isEmpty());
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        for (var document : epub.documents().entrySet()) {
            if (!document.getKey().endsWith(".css") && !document.getKey().equals("mimetype")) {
                factory.newDocumentBuilder().parse(new ByteArrayInputStream(document.getValue().getBytes(StandardCharsets.UTF_8)));
            }
        }
    }
}
