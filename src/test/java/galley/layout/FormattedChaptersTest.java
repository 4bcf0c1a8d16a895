package galley.layout;

import galley.model.ImageFormat;
import galley.text.FixedWidthMeasure;

import galley.diagnostic.Diagnostic;
import galley.diagnostic.Diagnostics;
import galley.model.Block;
import galley.model.Book;
import galley.model.Chapter;
import galley.model.ImageAsset;
import galley.model.Inline;
import galley.model.Language;
import galley.model.Source;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

/**
 * A layout that reuses the strips of unchanged chapters gives the very pages a layout from scratch
 * gives, and sets a chapter again whenever anything its strips depend on has changed.
 */
class FormattedChaptersTest {

    private static final Source SOURCE = new Source("manuscript/ch1.md", 4);
    private static final ImageAsset PHOTO = new ImageAsset(Path.of("/nowhere/photo.png"), "images/photo.png",
            ImageFormat.PNG, 300, 200);

    // one measure throughout, as a process has one set of fonts per language
    private static final FixedWidthMeasure MEASURE = new FixedWidthMeasure();

    private final AtomicInteger formatted = new AtomicInteger();

    @Test
    void aRebuildSetsOnlyTheChangedChapterAndLaysOutTheSamePages() {
        Book before = WordTaggedBooks.book(4, 30, true);
        Book after = withChapter(before, 2, appended(before.chapters().get(2), "an added closing line"));
        var kept = new FormattedChapters();
        layout(before, kept);
        LaidOutBook rebuilt = layout(after, kept);
        LaidOutBook fresh = layout(after, FormattedChapters.none());
        assertEquals(fresh.pages(), rebuilt.pages());
        assertEquals(fresh.anchors(), rebuilt.anchors());
        assertEquals(fresh.pageMap(), rebuilt.pageMap());
    }

    @Test
    void stripsAreReusedUntilTheChapterOrWhatItDependsOnChanges() {
        Book book = WordTaggedBooks.book(3, 5, false);
        Chapter chapter = book.chapters().get(1);
        var kept = new FormattedChapters();
        var context = context(book, BookStyle.forPage(book.pageSize()));

        List<Slab> first = get(kept, context, chapter, ImageDensity.assumed());
        assertSame(first, get(kept, context, chapter, ImageDensity.assumed()));
        assertEquals(1, formatted.get());

        assertNotSame(first, get(kept, context, appended(chapter, "more"), ImageDensity.assumed()));
        assertEquals(2, formatted.get(), "its own text changed");

        Book renamed = withChapter(book, 2, new Chapter(2, "another-id", "Chapter 2", "manuscript/ch2.md",
                book.chapters().get(2).blocks()));
        get(kept, context(renamed, BookStyle.forPage(renamed.pageSize())), appended(chapter, "more"), ImageDensity.assumed());
        assertEquals(3, formatted.get(), "a link may lead to the renamed chapter");
    }

    @Test
    void aChangedStyleSetsTheChapterAgain() {
        Book book = WordTaggedBooks.book(2, 5, false);
        Chapter chapter = book.chapters().get(1);
        var kept = new FormattedChapters();
        List<Slab> western = get(kept, context(book, BookStyle.forPage(book.pageSize(), Language.ENGLISH)), chapter,
                ImageDensity.assumed());
        // the Japanese style differs only in how paragraphs begin: nothing of the book changed
        get(kept, context(book, BookStyle.forPage(book.pageSize(), Language.of("ja"))), chapter, ImageDensity.assumed());
        assertEquals(2, formatted.get());
        assertNotSame(western, get(kept, context(book, BookStyle.forPage(book.pageSize(), Language.ENGLISH)), chapter,
                ImageDensity.assumed()));
        assertEquals(3, formatted.get());
    }

    private static FormattedChapters.Context context(Book book, BookStyle style) {
        return FormattedChapters.Context.of(book, style, PageGeometry.of(book.pageSize(), style), MEASURE);
    }

    @Test
    void aChangedImageResolutionSetsTheChapterAgainAndItsWarningsComeEachTime() {
        var blocks = new ArrayList<>(WordTaggedBooks.book(1, 2, false).chapters().get(0).blocks());
        blocks.add(new Block.Figure("photo", PHOTO, "A photo", List.of(new Inline.Text("A photo")), SOURCE));
        var chapter = new Chapter(0, "ch-0", "Chapter 0", SOURCE.path(), blocks);
        Book book = withChapter(WordTaggedBooks.book(1, 2, false), 0, chapter);
        var kept = new FormattedChapters();
        var context = context(book, BookStyle.forPage(book.pageSize()));
        ImageDensity screen = image -> 96f;
        ImageDensity print = image -> 300f;

        List<String> first = warnings(kept, context, chapter, screen);
        assertEquals(1, first.size(), first.toString());
        assertEquals(first, warnings(kept, context, chapter, screen), "given again with the kept strips");
        assertEquals(1, formatted.get());

        assertEquals(List.of(), warnings(kept, context, chapter, print));
        assertEquals(2, formatted.get());
    }

    private List<String> warnings(FormattedChapters kept, FormattedChapters.Context context, Chapter chapter,
                                  ImageDensity density) {
        var diagnostics = new Diagnostics();
        kept.get(context, chapter, density, diagnostics, sink -> {
            formatted.incrementAndGet();
            return formatter(density, sink).chapter(chapter);
        });
        return diagnostics.all().stream().map(Diagnostic::render).toList();
    }

    private List<Slab> get(FormattedChapters kept, FormattedChapters.Context context, Chapter chapter,
                           ImageDensity density) {
        return kept.get(context, chapter, density, new Diagnostics(), sink -> {
            formatted.incrementAndGet();
            return formatter(density, sink).chapter(chapter);
        });
    }

    private static BlockFormatter formatter(ImageDensity density, Diagnostics sink) {
        Book book = WordTaggedBooks.book(1, 1, false);
        BookStyle style = BookStyle.forPage(book.pageSize());
        PageGeometry geometry = PageGeometry.of(book.pageSize(), style);
        return new BlockFormatter(book, style, MEASURE, density, sink, geometry.textWidth(),
                geometry.textHeight());
    }

    private static LaidOutBook layout(Book book, FormattedChapters kept) {
        return BookLayout.layout(book, MEASURE, ImageDensity.assumed(), new Diagnostics(),
                (page, anchors) -> { }, kept, Runnable::run);
    }

    private static Chapter appended(Chapter chapter, String text) {
        var blocks = new ArrayList<>(chapter.blocks());
        blocks.add(new Block.Paragraph(List.of(new Inline.Text(text)), SOURCE));
        return new Chapter(chapter.index(), chapter.id(), chapter.title(), chapter.source(), blocks);
    }

    private static Book withChapter(Book book, int index, Chapter chapter) {
        var chapters = new ArrayList<>(book.chapters());
        chapters.set(index, chapter);
        return new Book(book.metadata(), chapters, book.cover(), book.name(), book.modified(), book.tocDepth(),
                book.pageSize());
    }
}
