package galley.artwork;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * Checks that the manuscript holds the supplied article verbatim: every paragraph of the seed
 * text, in order, nothing added, with the photograph's caption on the figure that replaces it.
 */
class ManuscriptTextTest {

    private static final Path BOOK = Path.of(System.getProperty("basedir", "")).toAbsolutePath();
    private static final Path CHAPTER = BOOK.resolve("manuscript/01-belarus-protests.md");
    private static final String CAPTION = "Alexander Lukashenko with Vladimir Putin. Source: Al Jazeera";

    @Test
    void everyParagraphOfTheSourceStandsVerbatimAndInOrder() throws IOException {
        List<String> source = sourceLines();
        String title = source.get(0);
        List<String> expected = source.subList(1, source.size()).stream()
                .filter(line -> !line.equals(CAPTION)).toList();

        List<String> chapter = chapterLines();
        List<String> paragraphs = chapter.stream()
                .filter(line -> !line.startsWith("# ") && !line.startsWith("!["))
                .toList();

        assertEquals("# " + title, chapter.get(0), "the title is the chapter's heading");
        assertSameParagraphs(expected, paragraphs);
    }

    // Markdown must not read any paragraph as something else (a list, emphasis, a heading)
    @Test
    void markdownReadsEachParagraphAsPlainText() throws IOException {
        List<String> source = sourceLines();
        List<String> expected = source.subList(1, source.size()).stream()
                .filter(line -> !line.equals(CAPTION)).toList();
        Node document = Parser.builder().build().parse(Files.readString(CHAPTER, StandardCharsets.UTF_8));

        List<String> rendered = new ArrayList<>();
        for (Node node : document.getChildren()) {
            if (node instanceof Paragraph paragraph && !(paragraph.getFirstChild() instanceof Image)) {
                assertTrue(paragraph.getFirstChild() instanceof Text && paragraph.getFirstChild().getNext() == null,
                        "markup inside: " + paragraph.getChars());
                rendered.add(trimEnd(paragraph.getFirstChild().getChars().toString()));
            } else if (!(node instanceof Paragraph) && !(node instanceof Heading)) {
                throw new AssertionError("unexpected " + node.getNodeName() + ": " + node.getChars());
            }
        }
        assertSameParagraphs(expected, rendered);
    }

    @Test
    void figureStandsWhereThePhotographStood() throws IOException {
        List<String> source = sourceLines();
        List<String> chapter = chapterLines();
        String figure = chapter.stream().filter(line -> line.startsWith("![")).findFirst().orElseThrow();

        assertEquals(source.indexOf(CAPTION), chapter.indexOf(figure), "same position as the caption line");
        assertTrue(figure.startsWith("![Illustration drawn for this edition in place of the original photograph"),
                figure);
        assertTrue(figure.endsWith("](images/lukashenko-putin.png \"" + CAPTION + "\")"), figure);
        assertEquals(1, chapter.stream().filter(line -> line.startsWith("![")).count());
    }

    @Test
    void metadataCarriesTheTitleAndLanguage() throws IOException {
        Object loaded = new Load(LoadSettings.builder().build())
                .loadFromString(Files.readString(BOOK.resolve("manuscript/book.yaml")));
        Map<?, ?> yaml = (Map<?, ?>) loaded;

        assertEquals(SeedArtwork.TITLE, yaml.get("title"));
        assertEquals("en", yaml.get("lang"));
        assertEquals("# " + SeedArtwork.TITLE, chapterLines().get(0));
    }

    private static void assertSameParagraphs(List<String> expected, List<String> actual) {
        for (int i = 0; i < Math.min(expected.size(), actual.size()); i++) {
            assertEquals(expected.get(i), actual.get(i), "paragraph " + (i + 1));
        }
        assertEquals(expected.size(), actual.size(), "number of paragraphs");
    }

    // the source's non-empty lines without the web page's leftovers, "top of page" and
    // "bottom of page"; the seed lies beside the clone in CI, and the test skips without it
    private static List<String> sourceLines() throws IOException {
        Path seed = Path.of(System.getProperty("galley.seed",
                BOOK.resolve("../shared/seed/manuscript-source.txt").toString()));
        assumeTrue(Files.isRegularFile(seed), "no seed text at " + seed);
        List<String> lines = nonEmpty(Files.readAllLines(seed, StandardCharsets.UTF_8));
        assertEquals("top of page", lines.get(0));
        assertEquals("bottom of page", lines.get(lines.size() - 1));
        return lines.subList(1, lines.size() - 1);
    }

    private static List<String> chapterLines() throws IOException {
        return nonEmpty(Files.readAllLines(CHAPTER, StandardCharsets.UTF_8));
    }

    // trailing white space, including the no-break spaces the web page left, is not text
    private static String trimEnd(String line) {
        return line.replaceAll("[\\s\\u00A0]+$", "");
    }

    // the lines that hold text, each without its trailing white space
    private static List<String> nonEmpty(List<String> lines) {
        return lines.stream()
                .map(ManuscriptTextTest::trimEnd)
                .filter(line -> !line.isEmpty())
                .toList();
    }
}
