package galley.book;

import galley.book.GeneratedBook.ChapterPlan;
import galley.book.GeneratedBook.GlyphProbe;
import galley.book.GeneratedBook.HeadingPlan;
import galley.book.GeneratedBook.LinkPlan;
import galley.book.GeneratedBook.NotePlan;
import galley.book.GeneratedBook.TablePlan;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Writes the Markdown of one chapter of a generated book, using every construct Galley reads, and
 * notes what the editions must show for it. Which constructs a chapter gets beyond the common ones
 * turns on its number, so that each appears in several chapters and scripts.
 */
final class ChapterWriter {

    /** Characters no font of the PDF has: Linear B and an Egyptian hieroglyph. */
    static final int LINEAR_B = 0x10000;
    static final int HIEROGLYPH = 0x13000;

    private final ChapterIdentity self;
    private final List<ChapterIdentity> all;
    private final Random random;
    private final Quotes quotes;
    private final Script script;
    private final StringBuilder md;
    private final int firstLine;
    private final List<HeadingPlan> headings = new ArrayList<>();
    private final List<String> paragraphs = new ArrayList<>();
    private final List<LinkPlan> links = new ArrayList<>();
    private final List<NotePlan> notes = new ArrayList<>();
    private final List<String> code = new ArrayList<>();
    private final List<TablePlan> tables = new ArrayList<>();
    private final List<String> noteDefinitions = new ArrayList<>();
    private final List<GlyphProbe> probes;
    private int figures;
    private int orderedStart;

    /**
     * @param md        the file's text so far, which this chapter continues
     * @param firstLine the line of the file on which {@code md} starts
     */
    ChapterWriter(ChapterIdentity self, List<ChapterIdentity> all, long seed, Quotes quotes, StringBuilder md,
                  int firstLine, List<GlyphProbe> probes) {
        this.self = self;
        this.all = all;
        this.random = new Random(seed);
        this.quotes = quotes;
        this.script = self.script();
        this.md = md;
        this.firstLine = firstLine;
        this.probes = probes;
    }

    ChapterPlan write(List<TestImages.Picture> pictures) {
        int n = self.index() + 1;
        opening();
        intro(n);
        section(self.overview(), n % 7 == 3, n % 7 == 5);
        linksParagraph(n);
        quotations();
        lists(n);
        hardBreaks();
        block(n % 2 == 0 ? "* * *" : "___");
        if (n % 5 == 4) {
            section(self.notes(), false, false);
            section(self.details(), false, false);
        } else {
            section(self.details(), false, false);
        }
        codeBlock(n);
        TableWriter.Written aligned = TableWriter.aligned(script, random, n);
        block(aligned.markdown());
        paragraphs.addAll(aligned.rows());
        definitions();
        rawHtml(n);
        if (n % 4 == 1) {
            figure(pictures.get((n / 4) % pictures.size()), n);
        }
        if (n % 20 == 3) {
            table(TableWriter.longTable(script, random, n));
        }
        if (n % 10 == 6) {
            table(TableWriter.wide(script, random, n));
        }
        if (n % 5 != 4) {
            section(self.notes(), false, false);
        }
        closing(n);
        if (n == 5) {
            probe(LINEAR_B, n);
        } else if (n == 10) {
            probe(HIEROGLYPH, n);
            probe(LINEAR_B, n);
        }
        for (String definition : noteDefinitions) {
            block(definition);
        }
        return new ChapterPlan(self.index(), self.file(), script, self.title(), self.id(), headings, paragraphs, links,
                notes, code, tables, figures, orderedStart);
    }

    private void opening() {
        headings.add(new HeadingPlan(1, self.title(), self.id()));
        if (self.titleInFrontMatter()) {
            return;
        }
        boolean explicit = !self.id().equals(ChapterIdentity.slug(self.title()));
        block("# " + self.title() + (explicit ? " {#" + self.id() + " .opening}" : ""));
    }

    private void intro(int n) {
        Prose p = prose()
                .plain(script.sentence(random, 8)).plain(script.space())
                .emphasis(script.phrase(random, 2)).plain(script.space())
                .strong(script.phrase(random, 2)).plain(script.space())
                .code("value_" + n)
                // quotes open after a space: between two CJK characters a straight quote reads as an apostrophe
                .plain(" ").quoted(script.phrase(random, 3))
                .plain(" ").innerQuoted(script.word(random)).plain(" ")
                .dashes(1990 + n, 2000 + n)
                .strike(script.phrase(random, 2)).plain(script.space())
                .both("it's \\*plain\\* &copy; &amp; so...", "it’s *plain* © & so…").plain(script.space());
        note(p, n, "a").softBreak().plain(script.sentence(random, 10));
        paragraph(p);
    }

    private void linksParagraph(int n) {
        ChapterIdentity next = all.get((self.index() + 1) % all.size());
        ChapterIdentity previous = all.get((self.index() + all.size() - 1) % all.size());
        ChapterIdentity firstOfNextFile = all.stream().filter(c -> c.file().equals(next.file())).findFirst().orElseThrow();
        Prose p = prose().plain(script.sentence(random, 5)).plain(script.space());
        link(p, next.title(), next.file(), firstOfNextFile.index(), null);
        p.plain(", ");
        String fragment = n % 6 == 2 ? percentEncoded(next.overview().id()) : next.overview().id();
        link(p, next.overview().text(), next.file() + "#" + fragment, next.index(), next.overview().id());
        p.plain(", ");
        link(p, previous.details().text(), previous.file() + "#" + previous.details().id(), previous.index(),
                previous.details().id());
        p.plain(", ");
        link(p, self.details().text(), "#" + self.details().id(), self.index(), self.details().id());
        p.plain(script.space()).plain(script.sentence(random, 4)).plain(" ")
                .link(script.phrase(random, 2), "https://example.org/books/" + n + "?page=" + n)
                .plain(" ").autolink("https://example.com/chapter/" + n)
                .plain(" ").autolink("author" + n + "@example.org");
        paragraph(p);
    }

    private void link(Prose p, String label, String url, int target, String anchor) {
        p.link(label, url);
        links.add(new LinkPlan(label, target, anchor));
    }

    private void quotations() {
        Prose outer = prose().plain(script.sentence(random, 9)).plain(script.space()).quoted(script.phrase(random, 2));
        Prose inner = prose().plain(script.sentence(random, 7));
        block("> " + outer.markdown() + "\n>\n> > " + inner.markdown());
        paragraphs.add(outer.text());
        paragraphs.add(inner.text());
    }

    private void lists(int n) {
        var bullets = new StringBuilder();
        for (int i = 0; i < 5; i++) {
            String item = script.phrase(random, 3);
            bullets.append(i == 2 || i == 3 ? "  - " : "- ").append(item).append('\n');
            paragraphs.add(item);
        }
        block(bullets.toString().stripTrailing());
        orderedStart = 3 + n % 5;
        boolean loose = n % 3 == 0;
        var ordered = new StringBuilder();
        for (int i = 0; i < 3; i++) {
            String item = script.phrase(random, 3);
            ordered.append(orderedStart + i).append(". ").append(item).append(loose ? "\n\n" : "\n");
            paragraphs.add(item);
        }
        block(ordered.toString().stripTrailing());
    }

    private void hardBreaks() {
        Prose p = prose().plain(script.phrase(random, 4)).hardBreak().plain(script.phrase(random, 4))
                .both("\\\n", " ").plain(script.sentence(random, 4));
        paragraph(p);
    }

    private void section(HeadingPlan heading, boolean setext, boolean styled) {
        headings.add(heading);
        boolean explicit = !heading.id().equals(ChapterIdentity.slug(heading.text()));
        String attributes = explicit ? " {#" + heading.id() + "}" : "";
        if (setext && heading.level() == 2) {
            block(heading.text() + attributes + "\n" + "-".repeat(12));
        } else if (styled) {
            String text = heading.text();
            int space = text.indexOf(' ');
            String written = space > 0 ? "*" + text.substring(0, space) + "*" + text.substring(space) : "*" + text + "*";
            block("#".repeat(heading.level()) + " " + written + attributes);
        } else {
            block("#".repeat(heading.level()) + " " + heading.text() + attributes);
        }
        paragraph(prose().plain(script.sentence(random, 12)).plain(script.space()).plain(script.sentence(random, 9)));
    }

    private void codeBlock(int n) {
        String longLine = "// " + script.phrase(random, 30) + " " + "x".repeat(20) + "_" + n;
        String text = "int total" + n + " = values.stream().mapToInt(Integer::intValue).sum();\n" + longLine
                + "\nString joined = String.join(\", \", java.util.List.of(\"alpha\", \"beta\", \"gamma\", \"delta\", \"epsilon\", \"zeta\"));";
        block("```java\n" + text + "\n```");
        code.add(text);
        if (n % 7 == 3) {
            String indented = "    let chapter = " + n + ";\n    print(chapter)";
            block(indented);
            code.add("let chapter = " + n + ";\nprint(chapter)");
        }
    }


    private void definitions() {
        String term = script.phrase(random, 2);
        Prose definition = prose().plain(script.sentence(random, 9));
        block(term + "\n: " + definition.markdown());
        paragraphs.add(term);
        paragraphs.add(definition.text());
    }

    private void rawHtml(int n) {
        String em = script.word(random);
        String strong = script.word(random);
        Prose p = prose().plain(script.phrase(random, 3)).plain(" ")
                .both("<em>" + em + "</em>", em).plain(", ")
                .both("<strong>" + strong + "</strong>", strong).plain(", ")
                .both("<code>x &lt; " + n + "</code>", "x < " + n).plain(", H")
                .both("<sub>2</sub>", "2").plain("O, E = mc").both("<sup>2</sup>", "2").plain(",")
                .both("<br>", " ").plain(script.phrase(random, 2)).plain(" ")
                .both("<a href=\"https://example.net/" + n + "\">" + strong + "</a>", strong).plain(" ")
                .both("<img src=\"" + TestImages.ICON.path() + "\" alt=\"" + TestImages.ICON.alt() + "\">", "")
                .plain(" ").both("<kbd>Ctrl</kbd>", "Ctrl").plain(script.space()).plain(script.sentence(random, 3));
        paragraph(p);
        String inBlock = script.sentence(random, 6);
        block("<div class=\"aside\">\n<p>" + inBlock + "</p>\n</div>");
        paragraphs.add(inBlock);
    }

    private void figure(TestImages.Picture picture, int n) {
        figures++;
        String caption = script.phrase(random, 3) + " " + n;
        block("![" + picture.alt() + "](" + picture.path() + " \"" + caption + "\")");
    }



    private void table(TableWriter.Written table) {
        block(table.markdown());
        tables.add(table.plan());
    }

    private void closing(int n) {
        Prose p = prose().plain(script.sentence(random, 6)).plain(script.space());
        note(p, n, "b").plain(script.space()).plain(script.sentence(random, 5));
        paragraph(p);
    }

    // A character no font has, on the second line of its paragraph, so that the line reported can be checked.
    private void probe(int codePoint, int n) {
        String first = script.sentence(random, 5);
        String second = script.phrase(random, 2) + " " + Character.toString(codePoint) + " " + script.phrase(random, 2);
        int line = lineNow() + 1;
        block(first + "\n" + second);
        // printed as U+FFFD, so that the reader sees something is missing
        paragraphs.add(first + " " + second.replace(Character.toString(codePoint), "\uFFFD"));
        if (probes.stream().noneMatch(p -> p.codePoint() == codePoint)) {
            probes.add(new GlyphProbe("manuscript/" + self.file(), line, codePoint));
        }
    }

    private Prose note(Prose p, int n, String label) {
        int number = notes.size() + 1;
        String token = "n" + n + label;
        String text = script.sentence(random, 7);
        p.code(token).note(self.index() + label, number);
        notes.add(new NotePlan(number, token, text));
        noteDefinitions.add("[^" + self.index() + label + "]: " + text);
        return p;
    }

    private Prose prose() {
        return new Prose(quotes);
    }

    private void paragraph(Prose p) {
        block(p.markdown());
        paragraphs.add(p.text());
    }

    private void block(String markdown) {
        md.append(markdown).append("\n\n");
    }

    private int lineNow() {
        return firstLine + (int) md.chars().filter(c -> c == '\n').count();
    }

    private static String percentEncoded(String id) {
        var out = new StringBuilder();
        for (byte b : id.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (c < 0x80) {
                out.append((char) c);
            } else {
                out.append('%').append(String.format("%02X", c));
            }
        }
        return out.toString();
    }
}
