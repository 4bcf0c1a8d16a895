package galley.epub;

import galley.diagnostic.Diagnostics;
import galley.model.Book;
import galley.model.Chapter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * An EPUB written with the documents of unchanged chapters kept is byte for byte the EPUB written
 * from scratch, and a chapter is rendered again when it, the language or its page breaks change.
 */
class RenderedChaptersTest {

    @TempDir
    Path folder;

    private final AtomicInteger rendered = new AtomicInteger();

    @Test
    void aRewrittenEpubWithKeptChaptersIsTheEpubWrittenAfresh() throws IOException {
        Book before = HandBuiltBooks.sample(folder, "A red square");
        Chapter second = before.chapters().get(1);
        var blocks = new ArrayList<>(second.blocks());
        blocks.add(HandBuiltBooks.paragraph("A paragraph added since.", second.source()));
        var chapters = new ArrayList<>(before.chapters());
        chapters.set(1, new Chapter(1, second.id(), second.title(), second.source(), blocks));
        Book after = new Book(before.metadata(), chapters, before.cover(), before.name(), before.modified(),
                before.tocDepth(), before.pageSize());

        var kept = new RenderedChapters();
        write(before, kept);
        assertArrayEquals(write(after, RenderedChapters.none()), write(after, kept));
    }

    @Test
    void aChapterIsRenderedAgainWhenItsPageBreaksOrTheLanguageChange() {
        Chapter chapter = HandBuiltBooks.sample(folder, "A red square").chapters().get(0);
        var kept = new RenderedChapters();
        var breaks = List.of(new PageBreaks.Marker("1", "page-1", 0, 0));
        get(kept, chapter, "en", breaks);
        get(kept, chapter, "en", breaks);
        assertEquals(1, rendered.get(), "nothing changed");
        get(kept, chapter, "en", List.of(new PageBreaks.Marker("2", "page-2", 0, 0)));
        assertEquals(2, rendered.get(), "the page it starts on changed");
        get(kept, chapter, "ru", List.of(new PageBreaks.Marker("2", "page-2", 0, 0)));
        assertEquals(3, rendered.get(), "the language changed");
    }

    @Test
    void aDocumentIsAuditedAgainOnlyWhenItsBytesOrTheLanguageChange() {
        var kept = new RenderedChapters();
        var audits = new AtomicInteger();
        Supplier<AccessibilityAudit.DocumentAudit> audit = () -> {
            audits.incrementAndGet();
            return new AccessibilityAudit.DocumentAudit(List.of(), 0, 0);
        };
        kept.audit("chapter-001.xhtml", "en", "<html>one</html>".getBytes(StandardCharsets.UTF_8), audit);
        kept.audit("chapter-001.xhtml", "en", "<html>one</html>".getBytes(StandardCharsets.UTF_8), audit);
        assertEquals(1, audits.get(), "equal bytes, even in another array");
        kept.audit("chapter-001.xhtml", "en", "<html>two</html>".getBytes(StandardCharsets.UTF_8), audit);
        assertEquals(2, audits.get());
        kept.audit("chapter-001.xhtml", "de", "<html>two</html>".getBytes(StandardCharsets.UTF_8), audit);
        assertEquals(3, audits.get());
        RenderedChapters.none().audit("chapter-001.xhtml", "de", "<html>two</html>".getBytes(StandardCharsets.UTF_8),
                audit);
        assertEquals(4, audits.get(), "a one-off build keeps nothing");
    }

    private void get(RenderedChapters kept, Chapter chapter, String lang, List<PageBreaks.Marker> breaks) {
        kept.get(chapter, lang, breaks, () -> {
            rendered.incrementAndGet();
            return "<html/>";
        });
    }

    private static byte[] write(Book book, RenderedChapters kept) throws IOException {
        var out = new ByteArrayOutputStream();
        new EpubWriter(EpubOptions.defaults(), kept).write(book, HandBuiltBooks.pages(), new Diagnostics(), out);
        return out.toByteArray();
    }
}
