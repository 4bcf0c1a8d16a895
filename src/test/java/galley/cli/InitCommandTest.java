package galley.cli;

import galley.epub.EpubCheckReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code galley init} makes a book folder that builds at once, and never writes over anything. */
class InitCommandTest {

    @TempDir
    Path dir;

    @Test
    void aNewBookBuildsAtOnceAndPassesEpubCheck() throws IOException {
        Path book = dir.resolve("the-quiet-harbour");
        BookFolder.Run init = BookFolder.galley("init", book.toString());
        assertEquals(0, init.status(), init.err());

        BookFolder.Run build = BookFolder.galley("build", book.toString(), "--no-site");
        assertEquals(0, build.status(), build.err());
        assertTrue(!build.err().contains("warning:"), build.err());
        Path epub = book.resolve("dist/the-quiet-harbour.epub");
        assertEquals(List.of(), EpubCheckReport.check(epub).problems());
        assertTrue(Files.size(book.resolve("dist/the-quiet-harbour.pdf")) > 10_000);

        BookFolder.Run check = BookFolder.galley("check", book.toString());
        assertEquals(0, check.status(), check.err());
    }

    @Test
    void bookYamlNamesEveryKeyOfTheReadmeWithTheTitleFromTheFolderName() throws IOException {
        Path book = dir.resolve("my_first-book");
        assertEquals(0, BookFolder.galley("init", book.toString(), "--quiet").status());
        String yaml = BookFolder.read(book.resolve(InitCommand.BOOK_YAML));
        assertTrue(yaml.contains("title: \"My First Book\"\n"), yaml);
        List<String> keys = manualKeys();
        assertTrue(keys.size() >= 15, "the manual's table of keys: " + keys);
        for (String key : keys) {
            assertTrue(Pattern.compile("(?m)^(# )?" + Pattern.quote(key) + ":").matcher(yaml).find(),
                    key + " is in book.yaml, set or commented out");
        }
    }

    @Test
    void theCoverIsDrawnAtTheStoresSize() throws IOException {
        Path book = dir.resolve("cover-test");
        assertEquals(0, BookFolder.galley("init", book.toString(), "--quiet").status());
        BufferedImage cover = ImageIO.read(book.resolve(InitCommand.COVER).toFile());
        assertEquals(1600, cover.getWidth());
        assertEquals(2560, cover.getHeight());
    }

    @Test
    void aFolderThatHoldsAnythingIsRefusedAndLeftAsItWas() throws IOException {
        Path book = Files.createDirectories(dir.resolve("taken"));
        Files.writeString(book.resolve("notes.txt"), "mine");
        BookFolder.Run run = BookFolder.galley("init", book.toString());
        assertEquals(Galley.USAGE, run.status());
        assertTrue(run.err().contains("not an empty folder"), run.err());
        try (var files = Files.list(book)) {
            assertEquals(List.of(book.resolve("notes.txt")), files.toList());
        }
        assertEquals(Galley.USAGE, BookFolder.galley("init").status(), "init needs a folder");
    }

    @Test
    void anEmptyFolderIsAccepted() throws IOException {
        Path book = Files.createDirectories(dir.resolve("empty"));
        assertEquals(0, BookFolder.galley("init", book.toString(), "--quiet").status());
        assertTrue(Files.isRegularFile(book.resolve(InitCommand.FIRST_CHAPTER)));
    }

    /** The keys of the manual's book.yaml table, the documented contract. */
    private static List<String> manualKeys() throws IOException {
        String manual = BookFolder.read(BookFolder.repository().resolve("docs/manuscript.md"));
        int start = manual.indexOf("## book.yaml");
        String section = manual.substring(start, manual.indexOf("\n## ", start + 1));
        var keys = new ArrayList<String>();
        Matcher row = Pattern.compile("(?m)^\\| `([a-z-]+)` \\|").matcher(section);
        while (row.find()) {
            keys.add(row.group(1));
        }
        return keys;
    }
}
