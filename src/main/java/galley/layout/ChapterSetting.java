package galley.layout;

import galley.model.Blocks;
import galley.model.Book;
import galley.model.Chapter;
import galley.model.ImageAsset;
import galley.model.Metadata;
import galley.model.PageSize;
import galley.text.TextMeasure;

import java.util.ArrayList;
import java.util.List;

/**
 * A chapter as it is to be set into lines, with everything its lines depend on in the book around
 * it: the book's metadata (its language among them) and page size, the ids of the chapters its
 * links may lead to, the style and page geometry the layout derived from them, the fonts that
 * measure the text (one instance per language in a process, compared as such), and the resolution
 * each of its images declares. Whole records, not fields picked from them, so that a setting added
 * to one is part of what a kept chapter is compared by without anyone remembering it.
 */
public record ChapterSetting(Chapter chapter, Metadata metadata, PageSize pageSize, List<String> chapterIds,
                             BookStyle style, PageGeometry geometry, TextMeasure measure, List<Float> dpis) {

    static ChapterSetting of(Chapter chapter, Book book, BookStyle style, PageGeometry geometry, TextMeasure measure,
                             ImageDensity density, List<String> chapterIds) {
        var dpis = new ArrayList<Float>();
        Blocks.forEachImage(chapter.blocks(), (ImageAsset image) -> dpis.add(density.dpi(image)));
        return new ChapterSetting(chapter, book.metadata(), book.pageSize(), chapterIds, style, geometry, measure,
                List.copyOf(dpis));
    }
}
