package galley.build;

import galley.diagnostic.Diagnostic;
import galley.diagnostic.Diagnostics;
import galley.layout.BookLayout;
import galley.layout.ChapterLines;
import galley.layout.ChapterSetting;
import galley.layout.ImageDensity;
import galley.layout.LaidOutBook;
import galley.layout.LayoutUnits;
import galley.layout.WordTaggedBooks;
import galley.model.Block;
import galley.model.Book;
import galley.model.Chapter;
import galley.model.ImageAsset;
import galley.model.ImageFormat;
import galley.model.Inline;
import galley.model.Source;
import galley.text.FixedWidthMeasure;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A layout that takes the lines of unchanged chapters from the warm caches gives the very pages a
 * layout from scratch gives, sets only the chapters that changed, and reports a kept chapter's
 * warnings again.
 */
class KeptLinesTest {

    private static final Source SOURCE = new Source("manuscript/ch1.md", 4);
    private static final FixedWidthMeasure MEASURE = new FixedWidthMeasure();

    private final AtomicInteger set = new AtomicInteger();

    @Test
    void aRebuildSetsOnlyTheChangedChapterAndLaysOutTheSamePages() {
        Book before = WordTaggedBooks.book(4, 30, true);
        Book after = withChapter(before, 2, appended(before.chapters().get(2), "an added closing line"));
        var kept = WarmCaches.empty();
        layout(before, kept, ImageDensity.assumed(), new Diagnostics());
        assertEquals(4, set.get());
        LaidOutBook rebuilt = layout(after, kept, ImageDensity.assumed(), new Diagnostics());
        assertEquals(5, set.get(), "only the changed chapter is set again");
        LaidOutBook fresh = layout(after, WarmCaches.none(), ImageDensity.assumed(), new Diagnostics());
        assertEquals(fresh.pages(), rebuilt.pages());
        assertEquals(fresh.anchors(), rebuilt.anchors());
        assertEquals(fresh.pageMap(), rebuilt.pageMap());
    }

    @Test
    void aKeptChaptersWarningsAreReportedAgainAndAChangedResolutionSetsItAgain() {
        var blocks = new ArrayList<>(WordTaggedBooks.book(1, 2, false).chapters().get(0).blocks());
        blocks.add(new Block.Figure("photo", new ImageAsset(Path.of("/nowhere/photo.png"), "images/photo.png",
                ImageFormat.PNG, 300, 200), "A photo", List.of(new Inline.Text("A photo")), SOURCE));
        Book book = withChapter(WordTaggedBooks.book(1, 2, false), 0,
                new Chapter(0, "ch-0", "Chapter 0", SOURCE.path(), blocks));
        var kept = WarmCaches.empty();
        List<String> first = warnings(book, kept, image -> 96f);
        assertEquals(1, first.size(), first.toString());
        assertEquals(first, warnings(book, kept, image -> 96f), "given again with the kept lines");
        assertEquals(1, set.get());
        assertEquals(List.of(), warnings(book, kept, image -> 300f));
        assertEquals(2, set.get());
    }

    private List<String> warnings(Book book, WarmCaches kept, ImageDensity density) {
        var diagnostics = new Diagnostics();
        layout(book, kept, density, diagnostics);
        return diagnostics.all().stream().map(Diagnostic::render).toList();
    }

    // the build's units, run on the calling thread, counting the chapters actually set
    private LaidOutBook layout(Book book, WarmCaches kept, ImageDensity density, Diagnostics diagnostics) {
        var units = new SettingUnits(kept, Runnable::run);
        LayoutUnits counted = new LayoutUnits() {
            @Override
            public List<CompletableFuture<ChapterLines>> setAll(List<ChapterSetting> chapters,
                                                                Function<ChapterSetting, ChapterLines> unit) {
                return units.setAll(chapters, setting -> {
                    set.incrementAndGet();
                    return unit.apply(setting);
                });
            }
        };
        return BookLayout.layout(book, MEASURE, density, diagnostics, (page, anchors) -> { }, counted);
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
