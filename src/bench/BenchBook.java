import galley.cover.CoverPainter;
import galley.cover.CoverText;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Random;

/**
 * Writes the benchmark's synthetic book: 90 chapters per unit of scale, about 5 MB of Markdown per
 * unit (headings, lists, tables, code, footnotes, cross-links, definition lists, block quotes),
 * eleven or twelve figures per chapter drawn from 100 generated PNG and JPEG images, and a cover.
 * The same arguments always give the same bytes.
 *
 * <p>Run with Galley on the class path (for the cover):
 * {@code java -cp target/galley.jar src/bench/BenchBook.java DIR [SCALE]}.
 */
public final class BenchBook {

    static final int CHAPTERS_PER_UNIT = 90;
    static final int IMAGES = 100;
    static final int CHAPTER_BYTES = 58_000;
    static final int FIGURES_PER_CHAPTER = 11;

    private final Path manuscript;
    private final int chapters;

    BenchBook(Path dir, int scale) {
        this.manuscript = dir.resolve("manuscript");
        this.chapters = CHAPTERS_PER_UNIT * scale;
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1 || args.length > 2) {
            System.err.println("usage: BenchBook DIR [SCALE]");
            System.exit(2);
        }
        Path dir = Path.of(args[0]);
        int scale = args.length == 2 ? Integer.parseInt(args[1]) : 1;
        new BenchBook(dir, scale).write(dir);
    }

    void write(Path dir) throws IOException {
        Files.createDirectories(manuscript.resolve("images"));
        Files.writeString(manuscript.resolve("book.yaml"), """
                title: "The Benchmark Book"
                subtitle: "A Synthetic Manuscript for Timing Galley"
                author: [Ada Quill, Basil Folio]
                lang: en
                date: 2026-01-01
                publisher: Galley
                rights: "Generated text, free of rights."
                toc-depth: 2
                name: bench
                """);
        for (int i = 0; i < IMAGES; i++) {
            new BenchImage(i).write(manuscript.resolve("images"));
        }
        new CoverPainter(CoverPainter.DEFAULT_WIDTH, CoverPainter.DEFAULT_HEIGHT)
                .write(new CoverText("The Benchmark Book", "A Synthetic Manuscript", "Ada Quill"),
                        dir.resolve("covers/cover.png"));
        long bytes = 0;
        for (int c = 1; c <= chapters; c++) {
            String text = new BenchChapter(c, chapters).text();
            Files.writeString(manuscript.resolve(BenchChapter.fileName(c)), text, StandardCharsets.UTF_8);
            bytes += text.getBytes(StandardCharsets.UTF_8).length;
        }
        System.err.printf(Locale.ROOT, "wrote %s: %d chapters, %.1f MB of Markdown, %d images%n",
                dir, chapters, bytes / 1048576.0, IMAGES);
    }

    /** One chapter's Markdown, drawn from a random source seeded by the chapter number. */
    static final class BenchChapter {

        private static final String[] COMMON = ("the of and to in a is that for it as was with be by on not he "
                + "this are or his from at which but have an they you were her she there been one all we their "
                + "has would when if so no what up out about into than them can only other new some could time "
                + "these two may then do first any my now such like our over man me even most made after also "
                + "did many before must through back years where much your way well down should because each "
                + "just those people how too little state good very make world still own see men work long get "
                + "here between both life being under never day same another know while last might us great old "
                + "year off come since against go came right used take three").split(" ");
        private static final String[] SYLLABLES = ("con ver sa tion in ter na al pro duc ment re gu lar ity com mu "
                + "ni ca de vel op ex pe ri ence tra di tion pol i cy e co nom ic his to ry lan guage struc ture "
                + "or gan iz per form an ce sig fi cant rel a tive sys tem at").split(" ");

        private static final String[] VOCABULARY = vocabulary(25_000);

        private final int number;
        private final int chapters;
        private final Random random;
        private final StringBuilder out = new StringBuilder(CHAPTER_BYTES + 4096);
        private int notes;
        private boolean inNotes;

        BenchChapter(int number, int chapters) {
            this.number = number;
            this.chapters = chapters;
            this.random = new Random(7919L * number);
        }

        private static String[] vocabulary(int size) {
            var random = new Random(31);
            var words = new java.util.LinkedHashSet<String>();
            while (words.size() < size) {
                var w = new StringBuilder();
                int syllables = 2 + random.nextInt(4);
                for (int i = 0; i < syllables; i++) {
                    w.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
                }
                words.add(w.toString());
            }
            return words.toArray(new String[0]);
        }

        static String fileName(int chapter) {
            return String.format(Locale.ROOT, "%03d-chapter.md", chapter);
        }

        String text() {
            out.append("# Chapter ").append(number).append(": ").append(title()).append(" {#ch-").append(number).append("}\n\n");
            paragraph();
            int section = 0;
            int figure = 0;
            while (out.length() < CHAPTER_BYTES) {
                section++;
                out.append("## ").append(title()).append(" {#s-").append(number).append('-').append(section).append("}\n\n");
                for (int block = 0; block < 6 && out.length() < CHAPTER_BYTES; block++) {
                    paragraph();
                    if (figure < FIGURES_PER_CHAPTER + number % 2 && random.nextInt(3) == 0) {
                        figure(++figure);
                    }
                    switch (random.nextInt(9)) {
                        case 0 -> list(random.nextBoolean());
                        case 1 -> table();
                        case 2 -> code();
                        case 3 -> quote();
                        case 4 -> definitions();
                        case 5 -> out.append("### ").append(title()).append("\n\n");
                        default -> paragraph();
                    }
                }
            }
            while (figure < FIGURES_PER_CHAPTER + number % 2) {
                figure(++figure);
                paragraph();
            }
            int cited = notes;
            inNotes = true;
            for (int n = 1; n <= cited; n++) {
                out.append("[^").append(n).append("]: ");
                sentence(8 + random.nextInt(20));
                out.append("\n\n");
            }
            return out.toString();
        }

        private String title() {
            var title = new StringBuilder();
            int words = 2 + random.nextInt(4);
            for (int i = 0; i < words; i++) {
                String w = word();
                title.append(i == 0 ? "" : " ").append(Character.toUpperCase(w.charAt(0))).append(w.substring(1));
            }
            return title.toString();
        }

        // Seven words in ten are common short words; the others come from a vocabulary of 25 000
        // longer words, the frequent ones far more often, as in real prose
        private String word() {
            if (random.nextInt(10) < 7) {
                return COMMON[random.nextInt(COMMON.length)];
            }
            double u = random.nextDouble();
            return VOCABULARY[(int) (VOCABULARY.length * u * u * u)];
        }

        private void sentence(int words) {
            for (int i = 0; i < words; i++) {
                String w = word();
                if (i == 0) {
                    w = Character.toUpperCase(w.charAt(0)) + w.substring(1);
                } else {
                    out.append(' ');
                }
                int style = random.nextInt(60);
                if (style == 0) {
                    out.append('*').append(w).append('*');
                } else if (style == 1) {
                    out.append("**").append(w).append("**");
                } else if (style == 2) {
                    out.append('`').append(w).append("()`");
                } else if (style == 3) {
                    link(w);
                } else if (style == 4 && random.nextInt(10) == 0) {
                    out.append("https://example.org/").append(w).append('/').append(random.nextInt(1000));
                } else {
                    out.append(w);
                }
                if (i < words - 1 && random.nextInt(12) == 0) {
                    out.append(',');
                }
            }
            out.append(random.nextInt(15) == 0 ? '?' : '.');
            if (!inNotes && random.nextInt(25) == 0) {
                out.append("[^").append(++notes).append(']');
            }
        }

        // a link to a heading of another chapter, or of this one
        private void link(String text) {
            int target = 1 + random.nextInt(chapters);
            int section = 1 + random.nextInt(3);
            out.append('[').append(text).append("](");
            if (target != number) {
                out.append(fileName(target));
            }
            out.append(target == number && section == 1 ? "#ch-" + number : "#s-" + target + "-" + section).append(')');
        }

        private void paragraph() {
            int sentences = 3 + random.nextInt(7);
            for (int i = 0; i < sentences; i++) {
                if (i > 0) {
                    out.append(' ');
                }
                sentence(6 + random.nextInt(22));
            }
            out.append("\n\n");
        }

        private void figure(int n) {
            int image = (number * 37 + n * 11) % IMAGES;
            out.append("![A generated picture of shapes and colours, number ").append(image).append("](images/")
                    .append(BenchImage.fileName(image)).append(" \"Figure ").append(number).append('.').append(n)
                    .append(": ").append(title()).append("\")\n\n");
        }

        private void list(boolean ordered) {
            int items = 3 + random.nextInt(5);
            for (int i = 1; i <= items; i++) {
                out.append(ordered ? i + ". " : "- ");
                sentence(5 + random.nextInt(15));
                out.append('\n');
                if (random.nextInt(4) == 0) {
                    out.append(ordered ? "   - " : "  - ");
                    sentence(4 + random.nextInt(8));
                    out.append('\n');
                }
            }
            out.append('\n');
        }

        private void table() {
            out.append("| Item | Measure | Share | Remark |\n|---|---:|---:|---|\n");
            for (int row = 0; row < 4 + random.nextInt(5); row++) {
                out.append("| ").append(title()).append(" | ").append(random.nextInt(100_000)).append(" | ")
                        .append(random.nextInt(100)).append(".").append(random.nextInt(10)).append("% | ")
                        .append(word()).append(' ').append(word()).append(" |\n");
            }
            out.append('\n');
        }

        private void code() {
            out.append("```java\n");
            for (int line = 0; line < 4 + random.nextInt(10); line++) {
                out.append("    ".repeat(random.nextInt(3))).append(word()).append(" = compute(\"")
                        .append(word()).append("\", ").append(random.nextInt(1000)).append(");\n");
            }
            out.append("```\n\n");
        }

        private void quote() {
            out.append("> ");
            sentence(15 + random.nextInt(30));
            out.append("\n\n");
        }

        private void definitions() {
            for (int i = 0; i < 2 + random.nextInt(3); i++) {
                out.append(title()).append("\n: ");
                sentence(8 + random.nextInt(16));
                out.append("\n\n");
            }
        }
    }

    /** One generated image: PNG diagrams (some with transparency) and JPEG "photographs". */
    static final class BenchImage {

        private final int index;
        private final Random random;

        BenchImage(int index) {
            this.index = index;
            this.random = new Random(104_729L * (index + 1));
        }

        static String fileName(int index) {
            return String.format(Locale.ROOT, "fig-%03d.%s", index, index % 5 < 3 ? "png" : "jpg");
        }

        void write(Path folder) throws IOException {
            Path file = folder.resolve(fileName(index));
            if (index % 5 < 3) {
                boolean alpha = index % 10 == 1;
                BufferedImage image = diagram(alpha ? 900 : 1200, alpha ? 900 : 800, alpha);
                ImageIO.write(image, "png", file.toFile());
            } else {
                jpeg(photo(1600, 1067), file);
            }
        }

        private BufferedImage diagram(int width, int height, boolean alpha) {
            var image = new BufferedImage(width, height, alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
            Graphics2D g = image.createGraphics();
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            if (!alpha) {
                g.setColor(Color.WHITE);
                g.fillRect(0, 0, width, height);
            }
            g.setStroke(new BasicStroke(4f));
            for (int i = 0; i < 12; i++) {
                g.setColor(new Color(random.nextInt(200), random.nextInt(200), random.nextInt(200)));
                int x = random.nextInt(width - 200);
                int y = random.nextInt(height - 200);
                int w = 80 + random.nextInt(200);
                int h = 60 + random.nextInt(150);
                if (random.nextBoolean()) {
                    g.fillRoundRect(x, y, w, h, 24, 24);
                } else {
                    g.drawOval(x, y, w, h);
                }
                g.drawLine(x + w / 2, y + h / 2, random.nextInt(width), random.nextInt(height));
            }
            g.dispose();
            return image;
        }

        private BufferedImage photo(int width, int height) {
            var image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = image.createGraphics();
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            Color sky = new Color(90 + random.nextInt(100), 140 + random.nextInt(80), 200 + random.nextInt(55));
            g.setPaint(new GradientPaint(0, 0, sky, 0, height, new Color(40, 60 + random.nextInt(60), 30)));
            g.fillRect(0, 0, width, height);
            for (int i = 0; i < 40; i++) {
                g.setColor(new Color(random.nextInt(256), random.nextInt(256), random.nextInt(256), 60 + random.nextInt(120)));
                int r = 40 + random.nextInt(300);
                g.fillOval(random.nextInt(width) - r / 2, random.nextInt(height) - r / 2, r, r);
            }
            g.dispose();
            // a little grain, as in a photograph, so that the JPEG is of a realistic size
            for (int y = 0; y < height; y += 2) {
                for (int x = (y / 2) % 3; x < width; x += 3) {
                    int rgb = image.getRGB(x, y);
                    int d = random.nextInt(17) - 8;
                    image.setRGB(x, y, shade(rgb, d));
                }
            }
            return image;
        }

        private static int shade(int rgb, int d) {
            int r = Math.max(0, Math.min(255, (rgb >> 16 & 0xFF) + d));
            int g = Math.max(0, Math.min(255, (rgb >> 8 & 0xFF) + d));
            int b = Math.max(0, Math.min(255, (rgb & 0xFF) + d));
            return r << 16 | g << 8 | b;
        }

        private static void jpeg(BufferedImage image, Path file) throws IOException {
            ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
            Files.deleteIfExists(file);
            try (ImageOutputStream stream = ImageIO.createImageOutputStream(file.toFile())) {
                writer.setOutput(stream);
                ImageWriteParam param = writer.getDefaultWriteParam();
                param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                param.setCompressionQuality(0.85f);
                writer.write(null, new IIOImage(image, null, null), param);
            } finally {
                writer.dispose();
            }
        }
    }
}
