package galley.testing;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Random;

/**
 * A book of several chapters written into a folder by code, long enough to fill many printed
 * pages, with every kind of block Galley sets: headings to level 3, figures, footnotes, a table,
 * code, lists, a quotation, a definition list, links across chapters, and a chapter whose title
 * comes from its front matter. Its text is drawn from a seeded generator, so it is the same on
 * every run. Written through {@link TestBook}, which builds it.
 */
public final class HarbourAlmanac {

    public static final String TITLE = "The Harbour Almanac";
    public static final String NAME = "harbour-almanac";
    public static final int CHAPTERS = 4;

    private static final String[] WORDS = ("tide harbour lantern rope gull quay salt net keel anchor mast sail "
            + "fisher morning evening winter summer storm calm boat pier market bell window stone street "
            + "kettle bread letter ledger cargo crane timber oar compass chart river bridge orchard mill "
            + "reading walking counting mending waiting carrying watching drying painting gathering "
            + "slowly quietly early late often seldom together alone always again beyond under across "
            + "grey blue green narrow wide heavy bright old new small tall patient careful").split(" ");

    private final Random random = new Random(20240301);
    private final TestBook book;
    private final boolean describeImages;

    private HarbourAlmanac(Path dir, boolean describeImages) {
        this.book = TestBook.in(dir);
        this.describeImages = describeImages;
    }

    /** Writes the book into {@code dir} (its manuscript/ and covers/). */
    public static TestBook write(Path dir) {
        return new HarbourAlmanac(dir, true).writeAll();
    }

    /** The same book with one figure whose alt text is left empty. */
    public static TestBook writeWithUndescribedImage(Path dir) {
        return new HarbourAlmanac(dir, false).writeAll();
    }

    private TestBook writeAll() {
        book.file("manuscript/book.yaml", """
                title: %s
                subtitle: Notes from a small port, for testing
                author: [Mara Quill, Tobias Fenn]
                lang: en
                date: 2024-03-01
                identifier: urn:uuid:6f1c2a9e-3b7d-4e58-9a21-0c4d8e7f5b13
                publisher: Galley Test Press
                rights: © 2024 the authors
                description: A generated book that exercises every part of Galley's two editions.
                subject: [Testing, Harbours]
                toc-depth: 3
                name: %s
                """.formatted(TITLE, NAME));
        image("covers/cover.png", 1000, 1600, new Color(30, 60, 90));
        image("manuscript/images/quay.png", 900, 560, new Color(40, 110, 150));
        image("manuscript/images/mill.png", 560, 800, new Color(150, 90, 40));
        image("manuscript/images/dot.png", 24, 24, new Color(200, 40, 40));
        book.file("manuscript/01-the-quay.md", first());
        book.file("manuscript/02-the-market.md", second());
        book.file("manuscript/03-interlude.md", third());
        book.file("manuscript/04-the-mill.md", fourth());
        return book;
    }

    private String first() {
        return "# The Quay {#the-quay}\n\n" + paragraphs(5)
                + "The harbour master kept a ledger[^ledger] and a second one for storms.[^storms]\n\n"
                + paragraphs(2)
                + "![" + (describeImages ? "A long stone quay with three fishing boats moored along it under a grey sky" : "")
                + "](images/quay.png \"The quay at low tide\")\n\n"
                + paragraphs(3)
                + "## The boats {#the-boats}\n\n" + paragraphs(4)
                + "| Boat | Length | Crew |\n|:-----|:------:|-----:|\n| Gull | 9 m | 3 |\n| Lantern | 12 m | 5 |\n"
                + "| Patient Anne | 7 m | 2 |\n\n"
                + "### Their names\n\n" + paragraphs(3)
                + "## The ledger\n\n" + paragraphs(5)
                + "[^ledger]: Bound in green cloth, with a page for every tide of the year.\n\n"
                + "[^storms]: " + sentence() + "\n\n    " + sentence() + "\n";
    }

    private String second() {
        return "# The Market\n\n" + paragraphs(4)
                + "Stalls, in the order they open:\n\n1. bread\n2. salt fish\n3. rope and nets\n\n"
                + "- a list item with a nested list\n  - and its child\n- a second item\n\n"
                + "> " + sentence() + " " + sentence() + "\n>\n> " + sentence() + "\n\n"
                + paragraphs(3)
                + "```\nledger.add(tide, \"high\", 42);  // a long line of code that the reader must be able to read on a phone\n"
                + "for (Boat boat : harbour.boats()) { boat.moor(quay); }\n```\n\n"
                + "See [the boats](01-the-quay.md#the-boats) and the red dot ![red dot](images/dot.png) marking the crane.\n\n"
                + "Crane\n: The tall timber frame that lifts cargo from the boats.\n\n"
                + "## Closing time\n\n" + paragraphs(6);
    }

    private String third() {
        return "---\ntitle: An Interlude\n---\n\n" + paragraphs(2) + "## By the river\n\n" + paragraphs(3);
    }

    private String fourth() {
        return "# The Mill\n\n" + paragraphs(3)
                + "![A water mill with a wooden wheel beside a narrow river](images/mill.png)\n\n"
                + paragraphs(8) + "## Back to [the quay](01-the-quay.md)\n\n" + paragraphs(4);
    }

    private String paragraphs(int count) {
        var text = new StringBuilder();
        for (int p = 0; p < count; p++) {
            int sentences = 4 + random.nextInt(5);
            for (int s = 0; s < sentences; s++) {
                text.append(s == 0 ? "" : " ").append(sentence());
            }
            text.append("\n\n");
        }
        return text.toString();
    }

    private String sentence() {
        int words = 8 + random.nextInt(12);
        var text = new StringBuilder();
        for (int w = 0; w < words; w++) {
            String word = WORDS[random.nextInt(WORDS.length)];
            text.append(w == 0 ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : " " + word);
            if (w > 2 && w < words - 2 && random.nextInt(9) == 0) {
                text.append(',');
            }
        }
        return text.append('.').toString();
    }

    private void image(String path, int width, int height, Color color) {
        var image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(new Color(235, 232, 224));
        g.fillRect(0, 0, width, height);
        g.setColor(color);
        g.fillRect(width / 10, height / 3, width * 8 / 10, height / 2);
        g.fillOval(width / 3, height / 10, width / 3, width / 3);
        g.dispose();
        var png = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        book.bytes(path, png.toByteArray());
    }
}
