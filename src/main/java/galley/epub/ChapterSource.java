package galley.epub;

import galley.model.Chapter;

import java.util.List;

/**
 * Everything a chapter's XHTML document is made from: the chapter itself, the book's language, and
 * the print edition's page breaks that fall in it. A kept document is compared by this record
 * whole.
 */
public record ChapterSource(Chapter chapter, String lang, List<PageBreaks.Marker> pageBreaks) {
}
