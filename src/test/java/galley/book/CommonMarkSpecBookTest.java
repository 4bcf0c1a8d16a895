package galley.book;

import galley.epub.EpubCheckReport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every example of the CommonMark specification, each in a chapter file of its own (so that no
 * example's unclosed fence or link definitions reach into the next), gathered into one book that
 * must build, with both editions, and pass EPUBCheck.
 */
class CommonMarkSpecBookTest {

    @TempDir
    static Path dir;
    private static List<CommonMarkSpec.Example> examples;
    private static BookBuild build;

    @BeforeAll
    static void buildTheSpecBook() throws IOException {
        examples = CommonMarkSpec.examples();
        Path manuscript = dir.resolve("manuscript");
        Files.createDirectories(manuscript);
        Files.writeString(manuscript.resolve("book.yaml"), """
                title: The CommonMark Examples
                lang: en
                toc-depth: 1
                name: commonmark
                """, StandardCharsets.UTF_8);
        ImageIO.write(new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB), "png",
                manuscript.resolve(SpecDestinations.PICTURE).toFile());
        var destinations = new SpecDestinations();
        for (CommonMarkSpec.Example example : examples) {
            String title = "Example " + example.number() + ": " + example.section();
            Files.writeString(manuscript.resolve(String.format("%04d.md", example.number())),
                    "---\ntitle: \"" + title.replace("\"", "'") + "\"\n---\n\n" + destinations.rewrite(example.markdown()),
                    StandardCharsets.UTF_8);
        }
        build = BookBuild.of(dir, "commonmark");
    }

    @Test
    void theSpecHasAllItsExamples() {
        assertEquals(652, examples.size());
        assertEquals("Tabs", examples.get(0).section());
        assertEquals("\tfoo\tbaz\t\tbim\n", examples.get(0).markdown());
    }

    @Test
    void everyExampleBuildsIntoBothEditionsWithWarningsOnly() {
        assertEquals(0, build.status(), build.err());
        assertTrue(Files.isRegularFile(build.epub()) && Files.isRegularFile(build.pdf()));
        Pattern problem = Pattern.compile("^manuscript/(\\d{4})\\.md:\\d+: warning: .*");
        for (String line : build.problems()) {
            Matcher m = problem.matcher(line);
            assertTrue(m.matches(), "not a warning about an example: " + line);
        }
    }

    @Test
    void epubCheckFindsNoErrorAndWarnsOnlyOfTheExamplesMadeUpLinkSchemes() throws IOException {
        EpubCheckReport report = EpubCheckReport.check(build.epub());
        // a+b+c:d, made-up-scheme://foo,bar and localhost:5001/foo are links as CommonMark reads them,
        // in schemes nobody registered; EPUBCheck says so (HTM-025), and that is all it may say
        List<String> other = report.problems().stream().filter(p -> !p.startsWith("WARNING HTM-025 ")).toList();
        assertEquals(List.of(), other, String.join("\n", other));
        assertTrue(EpubBook.read(build.epub()).nav().size() >= examples.size(), "a chapter for every example");
    }
}
