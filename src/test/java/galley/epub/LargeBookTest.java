package galley.epub;

import galley.diagnostic.Diagnostics;
import galley.model.Block;
import galley.model.Book;
import galley.model.Chapter;
import galley.model.Inline;
import galley.model.LinkTarget;
import galley.model.PageMap;
import galley.model.Source;
import galley.testing.Slow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static galley.epub.HandBuiltBooks.heading;
import static galley.epub.HandBuiltBooks.paragraph;
import static galley.epub.HandBuiltBooks.text;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** A book of many chapters in several scripts, with links, notes and page breaks between them all. */
@Slow
class LargeBookTest {

    private static final int CHAPTERS = 120;
    private static final String[] SCRIPTS = {"Latin text", "Кириллица", "Ελληνικά", "日本語の文", "中文段落", "한국어 문단"};

    @TempDir
    Path folder;

    @Test
    void aHundredAndTwentyChaptersPassEpubCheck() throws Exception {
        Book sample = HandBuiltBooks.sample(folder, "A red square");
        List<Chapter> chapters = new ArrayList<>();
        List<PageMap.PageStart> pages = new ArrayList<>();
        for (int i = 0; i < CHAPTERS; i++) {
            chapters.add(chapter(i));
            pages.add(new PageMap.PageStart(Integer.toString(2 * i + 1), i, 0));
            pages.add(new PageMap.PageStart(Integer.toString(2 * i + 2), i, 3));
        }
        Book book = new Book(sample.metadata(), chapters, sample.cover(), "large", sample.modified(), 3, sample.pageSize());
        var out = new ByteArrayOutputStream();
        new EpubWriter(EpubOptions.defaults()).write(book, new PageMap(pages), new Diagnostics(), out);
        Path epub = folder.resolve("large.epub");
        Files.write(epub, out.toByteArray());

        EpubCheckReport report = EpubCheckReport.check(epub);
        assertEquals(List.of(), report.problems(), "EPUBCheck:\n" + String.join("\n", report.problems()));
        EpubFile file = new EpubFile(out.toByteArray());
        assertEquals(CHAPTERS, file.xml("OEBPS/nav.xhtml").select("nav#toc > ol > li").size());
        assertEquals(2 * CHAPTERS, file.xml("OEBPS/nav.xhtml").select("nav#page-list a").size());
    }

    private static Chapter chapter(int i) {
        String file = String.format("manuscript/%03d.md", i + 1);
        String script = SCRIPTS[i % SCRIPTS.length];
        String id = script.replace(' ', '-') + "-" + i;
        int next = (i + 1) % CHAPTERS;
        String nextSection = SCRIPTS[next % SCRIPTS.length].replace(' ', '-') + "-" + next + "-section";
        List<Block> blocks = List.of(
                heading(1, id, script + " " + (i + 1), file),
                paragraph(script + " paragraph one.", file),
                heading(2, id + "-section", script + " section", file),
                new Block.Paragraph(List.of(text(script + " with a note"),
                        new Inline.NoteRef(1, id + "-note-1", List.of(paragraph("Note of " + script, file))),
                        text(" and a link to "),
                        new Inline.Link(new LinkTarget.Internal(next, Optional.of(nextSection)), List.of(text("the next chapter"))),
                        text(".")), new Source(file, 5)),
                heading(3, id + "-sub", script + " subsection", file),
                paragraph(script + " closing paragraph.", file));
        return new Chapter(i, id, script + " " + (i + 1), file, blocks);
    }
}
