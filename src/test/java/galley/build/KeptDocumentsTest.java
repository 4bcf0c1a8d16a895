package galley.build;

import galley.diagnostic.Diagnostics;
import galley.epub.ChapterSource;
import galley.epub.EpubOptions;
import galley.epub.EpubUnits;
import galley.epub.EpubWriter;
import galley.epub.HandBuiltBooks;
import galley.model.Book;
import galley.model.Chapter;
import galley.model.Metadata;
import galley.model.PageMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * An EPUB written with the documents of unchanged chapters kept is byte for byte the EPUB written
 * from scratch, and a chapter is rendered again when it, the language or its page breaks change.
 */
class KeptDocumentsTest {

    @TempDir
    Path folder;

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

        var kept = new Counted(new KeptDocuments(true));
        write(before, HandBuiltBooks.pages(), kept);
        assertEquals(before.chapters().size(), kept.rendered.get());
        assertArrayEquals(write(after, HandBuiltBooks.pages(), new KeptDocuments(false)),
                write(after, HandBuiltBooks.pages(), kept));
        assertEquals(before.chapters().size() + 1, kept.rendered.get(), "only the changed chapter is rendered again");
    }

    @Test
    void aChapterIsRenderedAgainWhenItsPageBreaksOrTheLanguageChange() throws IOException {
        Book book = HandBuiltBooks.sample(folder, "A red square");
        int chapters = book.chapters().size();
        var kept = new Counted(new KeptDocuments(true));
        write(book, PageMap.none(), kept);
        write(book, PageMap.none(), kept);
        assertEquals(chapters, kept.rendered.get(), "nothing changed");
        write(book, new PageMap(List.of(new PageMap.PageStart("1", 0, 0))), kept);
        assertEquals(chapters + 1, kept.rendered.get(), "the first chapter now holds a page break");
        Metadata meta = book.metadata();
        Book russian = new Book(new Metadata(meta.title(), meta.subtitle(), meta.authors(), "ru", meta.date(),
                meta.identifier(), meta.publisher(), meta.rights(), meta.description(), meta.subjects()),
                book.chapters(), book.cover(), book.name(), book.modified(), book.tocDepth(), book.pageSize());
        write(russian, new PageMap(List.of(new PageMap.PageStart("1", 0, 0))), kept);
        assertEquals(2 * chapters + 1, kept.rendered.get(), "the language changed");
    }

    @Test
    void aDocumentIsAuditedAgainOnlyWhenItsBytesOrTheLanguageChange() {
        var kept = new KeptDocuments(true);
        var audits = new AtomicInteger();
        Supplier<Object> audit = () -> {
            audits.incrementAndGet();
            return new Object();
        };
        kept.audit("chapter-001.xhtml", "en", "<html>one</html>".getBytes(StandardCharsets.UTF_8), audit);
        kept.audit("chapter-001.xhtml", "en", "<html>one</html>".getBytes(StandardCharsets.UTF_8), audit);
        assertEquals(1, audits.get(), "equal bytes, even in another array");
        kept.audit("chapter-001.xhtml", "en", "<html>two</html>".getBytes(StandardCharsets.UTF_8), audit);
        assertEquals(2, audits.get());
        kept.audit("chapter-001.xhtml", "de", "<html>two</html>".getBytes(StandardCharsets.UTF_8), audit);
        assertEquals(3, audits.get());
        new KeptDocuments(false).audit("chapter-001.xhtml", "de", "<html>two</html>".getBytes(StandardCharsets.UTF_8),
                audit);
        assertEquals(4, audits.get(), "a one-off build keeps nothing");
    }

    /** Units that count the chapters they render, rendering through {@code kept}. */
    private static final class Counted implements EpubUnits {
        private final KeptDocuments kept;
        private final AtomicInteger rendered = new AtomicInteger();

        Counted(KeptDocuments kept) {
            this.kept = kept;
        }

        @Override
        public void chapters(int count) {
            kept.chapters(count);
        }

        @Override
        public byte[] chapter(ChapterSource source, Function<ChapterSource, byte[]> render) {
            return kept.chapter(source, s -> {
                rendered.incrementAndGet();
                return render.apply(s);
            });
        }

        @Override
        public <A> A audit(String href, String lang, byte[] xhtml, Supplier<A> audit) {
            return kept.audit(href, lang, xhtml, audit);
        }

        @Override
        public <D> D deflated(String name, byte[] raw, Function<byte[], D> deflate) {
            return kept.deflated(name, raw, deflate);
        }

        @Override
        public byte[] scaled(String key, Scaling scaling) throws IOException {
            return kept.scaled(key, scaling);
        }
    }

    private static byte[] write(Book book, PageMap pages, EpubUnits units) throws IOException {
        var out = new ByteArrayOutputStream();
        new EpubWriter(EpubOptions.defaults(), units).write(book, pages, new Diagnostics(), out);
        return out.toByteArray();
    }
}
