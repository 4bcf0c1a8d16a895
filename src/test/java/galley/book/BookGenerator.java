package galley.book;

import galley.book.GeneratedBook.ChapterPlan;
import galley.book.GeneratedBook.GlyphProbe;
import galley.book.GeneratedBook.HeadingPlan;

import galley.testing.TestBook;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Writes a test book into a folder through {@link TestBook}: book.yaml, a cover, images of every kind, and chapters that
 * cycle through six scripts (English, Russian, Greek, Japanese, Chinese, Korean) and use every
 * Markdown construct Galley reads. The same seed always writes the same book.
 *
 * <p>One chapter takes its title from its front matter instead of a heading, and one file holds two
 * chapters, as manuscripts do.
 */
final class BookGenerator {

    /**
     * The chapter whose title comes from front matter, and the one that shares the file of the chapter
     * before it (in a book long enough to have it).
     */
    static final int FRONT_MATTER_CHAPTER = 1;
    static final int SHARED_FILE_CHAPTER = 11;

    private final long seed;
    private final String lang;
    private final int chapterCount;

    BookGenerator(long seed, String lang, int chapterCount) {
        if (chapterCount < 2) {
            throw new IllegalArgumentException("at least two chapters");
        }
        this.seed = seed;
        this.lang = lang;
        this.chapterCount = chapterCount;
    }

    GeneratedBook writeTo(Path dir) throws IOException {
        Path manuscript = dir.resolve("manuscript");
        Files.createDirectories(manuscript);
        TestImages.writeAll(manuscript);
        cover(dir.resolve("covers/cover.png"));
        String title = "Every Construct: A Test Book";
        String name = "every-construct-" + lang;
        TestBook book = TestBook.with(dir, """
                title: "%s"
                subtitle: Markdown in six scripts
                author: [Ada Writer, Boris Pisatel]
                lang: %s
                date: 2024-05-01
                publisher: Galley Test Press
                rights: Written by a program for the tests; no rights reserved.
                toc-depth: 3
                name: %s
                """.formatted(title, lang, name));

        List<ChapterIdentity> identities = identities();
        Map<String, StringBuilder> files = new LinkedHashMap<>();
        var plans = new ArrayList<ChapterPlan>();
        var probes = new ArrayList<GlyphProbe>();
        Quotes quotes = Quotes.of(lang);
        for (ChapterIdentity identity : identities) {
            StringBuilder md = files.computeIfAbsent(identity.file(), f -> new StringBuilder());
            if (identity.titleInFrontMatter()) {
                md.append("---\ntitle: \"").append(identity.title()).append("\"\n---\n\n");
            }
            var writer = new ChapterWriter(identity, identities, seed * 1000 + identity.index(), quotes, md, 1, probes);
            plans.add(writer.write(TestImages.FIGURES));
        }
        for (Map.Entry<String, StringBuilder> file : files.entrySet()) {
            book.file("manuscript/" + file.getKey(), file.getValue().toString());
        }
        return new GeneratedBook(dir, name, title, lang, 3, plans, probes);
    }

    private List<ChapterIdentity> identities() {
        var random = new Random(seed);
        var out = new ArrayList<ChapterIdentity>();
        for (int c = 0; c < chapterCount; c++) {
            int n = c + 1;
            Script script = Script.values()[c % Script.values().length];
            String file = c == SHARED_FILE_CHAPTER ? out.get(c - 1).file()
                    : String.format("%03d-%s.md", n, script.lang());
            String title = script.chapterTitle(n, script.phrase(random, 2));
            boolean frontMatter = c == FRONT_MATTER_CHAPTER;
            String id;
            if (frontMatter || c % 3 == 2) {
                id = ChapterIdentity.slug(title);
            } else if (c % 3 == 0) {
                id = "chapter-" + n;
            } else {
                id = ChapterIdentity.slug(script.chapterTitle(n, ""));
            }
            String overview = script.overview(n);
            String details = script.details(n);
            String notes = script.notes(n);
            out.add(new ChapterIdentity(c, file, script, title, id, frontMatter,
                    new HeadingPlan(2, overview, c % 4 == 1 ? "ov-" + n : ChapterIdentity.slug(overview)),
                    new HeadingPlan(3, details, c % 2 == 0 ? "details-" + n : ChapterIdentity.slug(details)),
                    new HeadingPlan(4, notes, ChapterIdentity.slug(notes))));
        }
        return out;
    }

    private static void cover(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        BufferedImage image = new BufferedImage(400, 640, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(40, 50, 90));
        g.fillRect(0, 0, 400, 640);
        g.setColor(new Color(230, 200, 120));
        g.fillRect(40, 200, 320, 12);
        g.dispose();
        ImageIO.write(image, "png", file.toFile());
    }
}
