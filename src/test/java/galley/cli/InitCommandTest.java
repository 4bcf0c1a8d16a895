package galley.cli;

import galley.epub.EpubCheckReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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

    @Test
    void aFolderHoldingOnlyVersionControlFilesIsAcceptedButNotOneWithMore() throws IOException {
        Path clone = Files.createDirectories(dir.resolve("clone"));
        Files.createDirectories(clone.resolve(".git/objects"));
        Files.writeString(clone.resolve(".gitignore"), "dist/\n");
        Files.writeString(clone.resolve(".gitattributes"), "* text=auto\n");
        Files.createDirectories(clone.resolve(".hg"));
        assertEquals(0, BookFolder.galley("init", clone.toString(), "--quiet").status());
        assertEquals("dist/\n", BookFolder.read(clone.resolve(".gitignore")));
        assertTrue(Files.isRegularFile(clone.resolve(InitCommand.BOOK_YAML)));

        Path busy = Files.createDirectories(dir.resolve("busy"));
        Files.createDirectories(busy.resolve(".git"));
        Files.writeString(busy.resolve("README.md"), "mine");
        BookFolder.Run run = BookFolder.galley("init", busy.toString());
        assertEquals(Galley.USAGE, run.status());
        assertFalse(Files.exists(busy.resolve("manuscript")));
    }

    @Test
    void initOfTheCurrentFolderWorksInAFreshClone() throws Exception {
        Path clone = Files.createDirectories(dir.resolve("my-clone"));
        Files.createDirectories(clone.resolve(".git"));
        Process init = galleyJar(clone, "init", ".");
        assertEquals(0, init.waitFor(), Files.readString(dir.resolve("err.txt")));
        assertTrue(BookFolder.read(clone.resolve(InitCommand.BOOK_YAML)).contains("title: \"My Clone\""));
    }

    @Test
    void theNextCommandsItPrintsRunAsTypedFromWhereTheAuthorIs() throws Exception {
        Path here = Files.createDirectories(dir.resolve("work"));
        String folder = "it's a \"book\"";
        Process init = galleyJar(here, "init", folder);
        assertEquals(0, init.waitFor(), Files.readString(dir.resolve("err.txt")));
        List<String> next = Files.readAllLines(dir.resolve("err.txt")).stream()
                .filter(line -> line.startsWith("  ") && line.contains(" build ")).toList();
        assertEquals(1, next.size(), Files.readString(dir.resolve("err.txt")));
        assertTrue(next.get(0).endsWith(" build 'it'\\''s a \"book\"'"), next.get(0));
        // run the line as the author would paste it, from the same folder
        var bash = new ProcessBuilder("bash", "-c", next.get(0).strip() + " --no-site --quiet")
                .directory(here.toFile()).redirectErrorStream(true);
        bash.environment().put("PATH", Path.of(System.getProperty("java.home"), "bin") + java.io.File.pathSeparator
                + System.getenv("PATH"));
        bash.environment().put("XDG_CACHE_HOME", dir.resolve("cache").toString());
        Process build = bash.start();
        String out = new String(build.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, build.waitFor(), out);
        try (var files = Files.list(here.resolve(folder).resolve("dist"))) {
            assertEquals(2, files.filter(f -> f.toString().endsWith(".pdf") || f.toString().endsWith(".epub")).count(), out);
        }
    }

    /** {@code java -jar galley.jar ARGS} in {@code folder}, as the author types it; stderr to err.txt. */
    private Process galleyJar(Path folder, String... args) throws IOException {
        Path jar = GalleyJar.write(dir.resolve("jar"));
        var command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.awt.headless=true", "-jar", jar.toString()));
        command.addAll(List.of(args));
        var builder = new ProcessBuilder(command).directory(folder.toFile())
                .redirectOutput(dir.resolve("out.txt").toFile()).redirectError(dir.resolve("err.txt").toFile());
        builder.environment().put("GALLEY_FORK", "0");
        return builder.start();
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
