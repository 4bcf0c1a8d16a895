package galley.layout;

import galley.model.Book;
import galley.model.Chapter;
import galley.model.Language;
import galley.model.Block;
import galley.model.Inline;
import galley.model.Source;
import galley.text.FixedWidthMeasure;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * A chapter's setting, by which its kept lines are compared, is equal while nothing its lines
 * depend on changed, and differs as soon as the chapter, a neighbour's id, the style or an image's
 * resolution does.
 */
class ChapterSettingTest {

    private static final Source SOURCE = new Source("manuscript/ch1.md", 4);
    // one measure throughout, as a process has one set of fonts per language
    private static final FixedWidthMeasure MEASURE = new FixedWidthMeasure();

    @Test
    void theSettingIsEqualUntilTheChapterOrWhatItDependsOnChanges() {
        Book book = WordTaggedBooks.book(3, 5, false);
        Chapter chapter = book.chapters().get(1);
        BookStyle style = BookStyle.forPage(book.pageSize());
        ChapterSetting first = setting(book, chapter, style, ImageDensity.assumed());
        assertEquals(first, setting(book, chapter, style, ImageDensity.assumed()));
        assertNotEquals(first, setting(book, appended(chapter, "more"), style, ImageDensity.assumed()),
                "its own text changed");
        Book renamed = withChapter(book, 2, new Chapter(2, "another-id", "Chapter 2", "manuscript/ch2.md",
                book.chapters().get(2).blocks()));
        assertNotEquals(first, setting(renamed, chapter, style, ImageDensity.assumed()),
                "a link may lead to the renamed chapter");
    }

    @Test
    void aChangedStyleOrImageResolutionChangesTheSetting() {
        var blocks = new ArrayList<>(WordTaggedBooks.book(1, 2, false).chapters().get(0).blocks());
        blocks.add(new Block.Figure("photo", new galley.model.ImageAsset(java.nio.file.Path.of("/nowhere/photo.png"),
                "images/photo.png", galley.model.ImageFormat.PNG, 300, 200), "A photo",
                List.of(new Inline.Text("A photo")), SOURCE));
        var chapter = new Chapter(0, "ch-0", "Chapter 0", SOURCE.path(), blocks);
        Book book = withChapter(WordTaggedBooks.book(1, 2, false), 0, chapter);
        BookStyle western = BookStyle.forPage(book.pageSize(), Language.ENGLISH);
        // the Japanese style differs only in how paragraphs begin: nothing of the book changed
        BookStyle japanese = BookStyle.forPage(book.pageSize(), Language.of("ja"));
        assertNotEquals(setting(book, chapter, western, image -> 96f), setting(book, chapter, japanese, image -> 96f));
        assertNotEquals(setting(book, chapter, western, image -> 96f), setting(book, chapter, western, image -> 300f));
        assertEquals(setting(book, chapter, western, image -> 300f), setting(book, chapter, western, image -> 300f));
    }

    private static ChapterSetting setting(Book book, Chapter chapter, BookStyle style, ImageDensity density) {
        return ChapterSetting.of(chapter, book, style, PageGeometry.of(book.pageSize(), style), MEASURE, density,
                book.chapters().stream().map(Chapter::id).toList());
    }

    private static Chapter appended(Chapter chapter, String text) {
        var blocks = new ArrayList<>(chapter.blocks());
        blocks.add(new Block.Paragraph(List.of(new Inline.Text(text)), SOURCE));
        return new Chapter(chapter.index(), chapter.id(), chapter.title(), chapter.source(), blocks);
    }

    static Book withChapter(Book book, int index, Chapter chapter) {
        var chapters = new ArrayList<>(book.chapters());
        chapters.set(index, chapter);
        return new Book(book.metadata(), chapters, book.cover(), book.name(), book.modified(), book.tocDepth(),
                book.pageSize());
    }
}
