package galley.read;


import galley.model.Block;
import galley.model.Blocks;
import galley.model.Chapter;
import galley.model.Inline;
import galley.model.LinkTarget;
import galley.testing.Slow;
import galley.testing.TestBook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

@Slow
class LargeManuscriptTest {

    private static final String[] TITLES = {"Introduction", "Введение в тему", "Εισαγωγή", "日本語の章", "中文章节",
        "한국어 장"};
    private static final String[] SECTIONS = {"Overview", "Обзор", "Σύνοψη", "概要", "概述", "개요"};

    @TempDir
    Path dir;

    @Test
    void ninetyChaptersOfFiveMegabytesLoadInBoundedTimeWithEveryLinkResolved() {
        var book = TestBook.with(dir, "title: Big\nlang: en\n").image("manuscript/img/fig.png", 64, 48, "png");
        int chapters = 90;
        long total = 0;
        for (int c = 0; c < chapters; c++) {
            String text = chapter(c, chapters, 10);
            total += text.length();
            book.file(String.format("manuscript/%03d.md", c), text);
        }
        assertTrue(total > 5_000_000, "fixture is " + total + " characters");
        assertTimeoutPreemptively(Duration.ofSeconds(120), () -> book.load());
        assertEquals(List.of(), book.rendered());
        assertEquals(chapters, book.book().chapters().size());
        assertUniqueIds(book.book().chapters());
        assertEquals(1, book.book().images().size());
    }

    @Test
    void fiftyChaptersInSixScriptsLinkToEachOthersHeadings() {
        var book = TestBook.with(dir, "title: Scripts\nlang: en\n").image("manuscript/img/fig.png", 64, 48, "png");
        int chapters = 54;
        for (int c = 0; c < chapters; c++) {
            book.file(String.format("manuscript/%03d.md", c), chapter(c, chapters, 1));
        }
        List<Chapter> loaded = book.book().chapters();
        assertEquals(List.of(), book.rendered());
        assertEquals(TITLES[1] + " 1", loaded.get(1).title());
        var heading = (Block.Heading) loaded.get(1).blocks().get(0);
        assertEquals("введение-в-тему-1", heading.id());
        var firstSection = (Block.Heading) loaded.get(3).blocks().get(1);
        assertEquals("概要", firstSection.id());
        assertUniqueIds(loaded);
        // chapter c links to the first section of chapter c+1, whose id was made unique across the book
        var links = new ArrayList<LinkTarget>();
        forEachInline(loaded.get(8).blocks(), i -> {
            if (i instanceof Inline.Link l && l.target() instanceof LinkTarget.Internal) {
                links.add(l.target());
            }
        });
        var nextSection = (Block.Heading) loaded.get(9).blocks().get(1);
        assertTrue(links.contains(new LinkTarget.Internal(9, Optional.of(nextSection.id()))), links.toString());
        assertTrue(links.contains(new LinkTarget.Internal(9, Optional.empty())), links.toString());
    }

    private static String chapter(int c, int chapters, int sections) {
        int script = c % TITLES.length;
        int next = (c + 1) % chapters;
        String nextFile = String.format("%03d.md", next);
        String nextSection = SECTIONS[next % SECTIONS.length];
        var text = new StringBuilder();
        text.append("# ").append(TITLES[script]).append(' ').append(c).append("\n\n");
        for (int s = 0; s < sections; s++) {
            text.append("## ").append(SECTIONS[script]).append("\n\n");
            for (int p = 0; p < 12; p++) {
                text.append("Paragraph ").append(p).append(" with *emphasis*, **strong**, `code`, \"quotes\" -- and a ")
                        .append("[link to the next chapter](").append(nextFile).append(") and to [its section](")
                        .append(nextFile).append('#').append(nextSection.toLowerCase()).append(").");
                if (p == 0) {
                    text.append(" A note.[^n").append(s).append(']');
                }
                text.append(" Filler text to give the chapter its weight. ".repeat(8)).append("\n\n");
            }
            text.append("[^n").append(s).append("]: Note ").append(s).append(" of chapter ").append(c).append(".\n\n");
            text.append("```java\nclass C").append(s).append(" { }\n```\n\n");
            text.append("| a | b |\n|:-|-:|\n| 1 | 2 |\n\n");
            if (s == 0) {
                text.append("![A figure](img/fig.png \"Figure of chapter ").append(c).append("\")\n\n");
            }
        }
        return text.toString();
    }

    private static void assertUniqueIds(List<Chapter> chapters) {
        var ids = new HashSet<String>();
        for (Chapter chapter : chapters) {
            assertTrue(ids.add(chapter.id()), chapter.id());
            for (Block block : chapter.blocks()) {
                if (block instanceof Block.Heading h) {
                    assertTrue(ids.add(h.id()), h.id());
                } else if (block instanceof Block.Figure f) {
                    assertTrue(ids.add(f.id()), f.id());
                }
            }
            forEachInline(chapter.blocks(), i -> {
                if (i instanceof Inline.NoteRef n) {
                    assertTrue(ids.add(n.id()), n.id());
                }
            });
        }
    }

    private static void forEachInline(List<Block> blocks, Consumer<Inline> action) {
        for (Block block : blocks) {
            if (block instanceof Block.Paragraph p) {
                p.content().forEach(action);
            }
        }
    }

    @Test
    void plainTextOfAChapterKeepsEveryWord() {
        var book = TestBook.with(dir, "title: T\n").file("manuscript/a.md", "# A\n\nOne two\nthree.\n");
        assertEquals("One two three.", Blocks.plainText(((Block.Paragraph) book.body(0).get(0)).content()));
    }
}
