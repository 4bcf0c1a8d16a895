package galley.read;


import galley.diagnostic.Diagnostic;
import galley.diagnostic.Diagnostics;
import galley.model.Book;
import galley.testing.Slow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Feeds seeded random manuscripts (Markdown and HTML fragments, mangled YAML, mangled image bytes)
 * through the loader: the only allowed outcomes are a book or reported problems, never an exception.
 */
@Slow
class LoaderFuzzTest {

    private static final String[] FRAGMENTS = {
        "# Heading", "## Sub {#id .c}", "text", "*em*", "**strong", "~~del~~", "`code`", "[link](other.md#x)",
        "[a](#b)", "![img](pic.png \"t\")", "![](missing.png)", "[^1]", "[^1]: note", "> quote", "- item",
        "1. one", "10) ten", "```js", "```", "    indented", "***", "| a | b |", "|:-|-:|", "Term", ": def",
        "<em>", "</em>", "<script>x</script>", "<div>", "</div>", "<a href=\"javascript:x\">", "<img src=pic.png>",
        "&amp;", "&#0;", "&#x1;", "\"quote\"", "--", "...", "\t", "\\", "<<", ">>", "[", "]", "(", ")", "{#",
        "---", "title: x", "<!-- c -->", "<https://x.org>", "www.example.com", "日本語", "Ελληνικά", "Кириллица",
        "\u0000", "\uFEFF", "\r", "[x]: https://r", "[x][]", "![x][]"};

    @TempDir
    Path dir;

    @Test
    void randomManuscriptsGiveABookOrProblemsNeverAnException() throws IOException {
        // -Dgalley.fuzz.runs=100000 -Dgalley.fuzz.seed=N runs it longer by hand
        var random = new Random(Long.getLong("galley.fuzz.seed", 20260101L));
        int maxRuns = Integer.getInteger("galley.fuzz.runs", 400);
        int runs = 0;
        int loadedBooks = 0;
        while (runs < maxRuns) {
            Path book = dir.resolve("b" + runs);
            write(book.resolve("manuscript/book.yaml"), yaml(random));
            for (int f = 0; f < 1 + random.nextInt(3); f++) {
                write(book.resolve("manuscript/" + (f == 0 ? "other" : "ch" + f) + ".md"), markdown(random));
            }
            byte[] image = LoaderOnHostileInputTest.png(1 + random.nextInt(50), 1 + random.nextInt(50));
            for (int i = 0; i < random.nextInt(3); i++) {
                image[random.nextInt(image.length)] = (byte) random.nextInt(256);
            }
            Files.write(book.resolve("manuscript/pic.png"), image);
            var diagnostics = new Diagnostics();
            Optional<Book> loaded;
            try {
                loaded = ManuscriptLoader.load(book, diagnostics, Map.of("SOURCE_DATE_EPOCH", "0"));
            } catch (Throwable e) {
                throw new AssertionError("run " + runs + " failed on:\n" + dump(book), e);
            }
            for (Diagnostic d : diagnostics.all()) {
                String line = d.render();
                assertFalse(line.contains("\n"), line);
                assertTrue(line.startsWith(d.path() + ":" + d.line() + ": "), line);
                assertTrue(d.line() >= 1, line);
            }
            assertTrue(loaded.isPresent() || diagnostics.hasErrors(), "no book and no error in run " + runs);
            loadedBooks += loaded.isPresent() ? 1 : 0;
            delete(book);
            runs++;
        }
        // manuscripts that all load, or all fail, would leave half the loader unfuzzed
        assertTrue(loadedBooks > 0 && loadedBooks < runs, loadedBooks + " of " + runs + " manuscripts loaded");
    }

    private static String yaml(Random random) {
        String yaml = "title: Fuzz\nlang: " + (random.nextBoolean() ? "en" : "ja") + "\ntoc-depth: " + random.nextInt(8) + "\n";
        if (random.nextInt(4) == 0) {
            var chars = yaml.toCharArray();
            chars[random.nextInt(chars.length)] = "[]{}:&*!|>'\"%@`\n-".charAt(random.nextInt(17));
            yaml = new String(chars);
        }
        return yaml;
    }

    private static String markdown(Random random) {
        var text = new StringBuilder();
        int pieces = random.nextInt(60);
        for (int i = 0; i < pieces; i++) {
            text.append(FRAGMENTS[random.nextInt(FRAGMENTS.length)]);
            text.append(random.nextInt(3) == 0 ? "\n" : random.nextInt(4) == 0 ? "\n\n" : " ");
            if (random.nextInt(30) == 0) {
                text.append(" ".repeat(random.nextInt(8)));
            }
        }
        return text.toString();
    }

    private static String dump(Path book) throws IOException {
        var out = new StringBuilder();
        try (Stream<Path> files = Files.walk(book)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".md") || f.toString().endsWith(".yaml")).sorted().toList()) {
                out.append("=== ").append(book.relativize(p)).append('\n').append(Files.readString(p)).append('\n');
            }
        }
        return out.toString();
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.write(file, text.getBytes(StandardCharsets.UTF_8));
    }

    private static void delete(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
