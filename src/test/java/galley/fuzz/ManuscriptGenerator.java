package galley.fuzz;

import galley.cli.HostileImages;
import galley.testing.TestBook;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;

/**
 * Writes a random book folder from a seed: book.yaml with valid, faulty and mangled values,
 * chapters of Markdown and raw HTML pieces (links, notes, tables, images, hostile markup, scripts
 * of many languages), and images that are whole, mangled or cut, through {@link TestBook}. The same
 * seed writes the same book.
 */
final class ManuscriptGenerator {

    private static final String[] PIECES = {
        "# Heading", "## Sub {#id .c}", "### Deep", "#### Deeper", "text", "more words here", "*em*", "**strong**",
        "_under_", "~~del~~", "`code`", "``a ` b``", "[link](02-two.md)", "[anchor](#sub)", "[x](02-two.md#sub)",
        "[web](https://example.com/a?b=c&d)", "<https://example.org>", "www.example.com", "mail@example.com",
        "![pic](images/a.png)", "![jpeg](images/b.jpg \"A caption\")", "![gif](images/c.gif)", "[^1]", "[^2]",
        "> quote", "> > nested", "- item", "  - sub item", "1. one", "2) two", "\n```java\nint x = 1; // code\n```\n", "\n~~~\nplain\n~~~\n",
        "    indented code", "***", "---", "| a | b |", "|---|--:|", "| 1 | 2 |", "Term", ": definition",
        "<em>html</em>", "<b>bold", "</b>", "<br>", "<sup>2</sup>", "<!-- comment -->", "&amp;", "&#x1F600;",
        "&bogus;", "\"quoted\"", "'single'", "--", "...", "\\*", "\\", "<", ">", "[", "]", "(", ")", "{#",
        "日本語の文章", "Ελληνικά", "Кириллица", "العربية", "עברית", "हिन्दी", "😀🎉", "\u200B", "\u00AD",
        "\t", "\r\n", "x\u0301", "ﬁ", "A\u030A", "supercalifragilisticexpialidocious".repeat(3),
        "<div>", "</div>", "<table><tr><td>cell</td></tr></table>", "<span>", "</span>", "<p>para</p>",
        // pandoc's Markdown, as book authors write it
        "A {word} here", "{{name}}", "# Using {braces}", "[*options*] [`input`]", "[spanned]{.smallcaps}",
        "[marked]{#marker lang=fr}", "^[an inline note]", "H~2~O", "2^10^", "\n::: note\nNoted words\n:::\n",
        "\n::: {#box .warning}\nWarned words\n:::\n", "\n| verse line\n|    indented verse\n", "(@) example item",
        "\n```{=html}\n<b>raw bold</b>\n```\n", "\n```{=latex}\n\\LaTeX only\n```\n", "\\newpage",
        "## Unnumbered {-}", "## Unlisted {.unlisted}", "\n  Right     Left\n  -------   ------\n       12   twelve\n\n",
        "\n+-------+-------+\n| grid  | cell  |\n+=======+=======+\n| one   | two   |\n+-------+-------+\n",
        "Table: A captioned table", "ssh://host/repo", "git://host/repo.git", "[ssh](ssh://host)",
        "![sized](images/a.png){width=50%}", "<img src=\"images/a.png\" width=\"400\">", "<a id=\"old-name\"></a>",
        "<figure><img src=\"images/a.png\" alt=\"fig\"><figcaption>HTML caption</figcaption></figure>",
    };
    /** Pieces that are refused or removed with a warning, picked now and then. */
    private static final String[] HOSTILE = {
        "![](images/missing.png)", "![up](../outside.png)", "![remote](https://example.com/x.png)", "[^9]",
        "[^3]: unused", "<script>alert(1)</script>", "<div onclick=\"x()\">", "<a href=\"javascript:x()\">js</a>",
        "<img src=\"images/a.png\" alt=\"i\">", "<iframe src=x>", "<form><input></form>", "&#0;", "\uFEFF",
        "\u0007", "\u2028", "[gone](nowhere.md)", "[abs](/etc/passwd)", "![abs](/etc/hostname)", "\uD800",
    };

    /** Where the generator's decisions come from: a seeded {@link Random}, or Jazzer's fuzzed bytes. */
    interface Choices {
        /** A number from 0 to {@code bound - 1}. */
        int nextInt(int bound);

        default boolean nextBoolean() {
            return nextInt(2) == 1;
        }
    }

    private final Choices random;

    ManuscriptGenerator(long seed) {
        this(new Random(seed)::nextInt);
    }

    ManuscriptGenerator(Choices choices) {
        this.random = choices;
    }

    void write(Path dir) throws IOException {
        Files.createDirectories(dir.resolve("manuscript/images"));
        Files.createDirectories(dir.resolve("covers"));
        TestBook book = TestBook.in(dir);
        book.bytes("manuscript/book.yaml", mangle(yaml().getBytes(StandardCharsets.UTF_8), 25));
        String[] names = {"01-one.md", "02-two.md", "03-three.md"};
        int chapters = 2 + random.nextInt(2);
        for (int i = 0; i < chapters; i++) {
            book.bytes("manuscript/" + names[i], mangle(markdown().getBytes(StandardCharsets.UTF_8), 40));
        }
        book.bytes("manuscript/images/a.png", image("png"));
        book.bytes("manuscript/images/b.jpg", image("jpg"));
        book.bytes("manuscript/images/c.gif", image("gif"));
        if (random.nextInt(3) > 0) {
            book.bytes("covers/cover.png", image("png"));
        }
    }

    private String yaml() {
        var yaml = new StringBuilder();
        if (random.nextInt(40) > 0) {
            yaml.append("title: ").append(rarely(pick("A Book", "\"Quoted: title\"", "日本の本", "x".repeat(300), "Title # not comment"), pick("", "[list]"))).append('\n');
        }
        if (random.nextBoolean()) {
            yaml.append(rarely(pick("author: Ann", "author:\n  - Ann\n  - Bob"), pick("author: {name: x}", "author: [Ann, [Bob]]"))).append('\n');
        }
        if (random.nextBoolean()) {
            yaml.append("lang: ").append(pick("en", "ru", "ja", "ar", "he", "el", "de-CH", "hi", "zh", random.nextInt(5) == 0 ? "en_US" : "fr")).append('\n');
        }
        if (random.nextBoolean()) {
            yaml.append("date: ").append(pick("2024-01-01", "1999", "2024-05", "2024-01-01T10:00:00Z", random.nextInt(5) == 0 ? "2024-02-30" : "2023-12-31")).append('\n');
        }
        if (random.nextInt(3) == 0) {
            yaml.append("toc-depth: ").append(pick("1", "3", "6", random.nextInt(5) == 0 ? "7" : "2")).append('\n');
        }
        if (random.nextInt(3) == 0) {
            yaml.append("page-size: ").append(pick("a4", "a5", "letter", "6x9in", "51x51mm", "50x50in", "2x2in", random.nextInt(5) == 0 ? "wide" : "5x8in")).append('\n');
        }
        if (random.nextInt(4) == 0) {
            yaml.append("cover-image: ").append(pick("cover.png", "../manuscript/images/a.png", "covers/cover.png", random.nextInt(5) == 0 ? "/etc/hostname" : "cover.png")).append('\n');
        }
        if (random.nextInt(4) == 0) {
            yaml.append("chapters:\n  - 01-one.md\n").append(pick("  - 02-two.md\n", "  - 03-three.md\n  - 02-two.md\n", random.nextInt(5) == 0 ? "  - ../x.md\n" : "  - 02-two.md\n"));
        }
        if (random.nextInt(5) == 0) {
            yaml.append(pick("name: my-book", "name: ../escape", "subject: [a, b]", "identifier: urn:isbn:0", "titel: typo",
                    "a: &a [x, x]\nb: [*a, *a]", "x: !!binary AAAA", "? [complex]\n: key", "rights: |\n  multi\n  line")).append('\n');
        }
        return yaml.toString();
    }

    private String markdown() {
        boolean hostile = random.nextInt(3) == 0;
        var text = new StringBuilder();
        int lines = 1 + random.nextInt(40);
        for (int l = 0; l < lines; l++) {
            int pieces = 1 + random.nextInt(6);
            for (int p = 0; p < pieces; p++) {
                text.append(hostile && random.nextInt(40) == 0 ? pick(HOSTILE) : pick(PIECES));
                text.append(random.nextInt(4) == 0 ? "" : " ");
            }
            text.append(random.nextInt(3) == 0 ? "\n\n" : "\n");
        }
        return text.append("\n\n## Sub {#sub}\n\n[^1]: note one\n\n[^2]: note *two*\n").toString();
    }

    private byte[] image(String format) {
        int roll = random.nextInt(30);
        if (roll == 0) {
            return HostileImages.pngClaiming(1 + random.nextInt(200_000), 1 + random.nextInt(200_000));
        }
        if (roll == 1) {
            return HostileImages.pngWithTruncatedPixels(1 + random.nextInt(300), 1 + random.nextInt(300));
        }
        byte[] image = HostileImages.real(1 + random.nextInt(400), 1 + random.nextInt(400), format);
        if (roll == 2) {
            return Arrays.copyOf(image, random.nextInt(image.length));
        }
        return roll < 5 ? mangle(image, 1) : image;
    }

    /** {@code bytes} with, one time in {@code odds}, a few bytes overwritten, dropped or repeated. */
    private byte[] mangle(byte[] bytes, int odds) {
        if (bytes.length == 0 || (odds > 1 && random.nextInt(odds) != 0)) {
            return bytes;
        }
        byte[] out = bytes.clone();
        for (int i = 0, n = 1 + random.nextInt(4); i < n; i++) {
            out[random.nextInt(out.length)] = (byte) random.nextInt(256);
        }
        return out;
    }

    /** {@code usual}, or one time in ten {@code faulty}. */
    private String rarely(String usual, String faulty) {
        return random.nextInt(10) == 0 ? faulty : usual;
    }

    private String pick(String... options) {
        return options[random.nextInt(options.length)];
    }
}
