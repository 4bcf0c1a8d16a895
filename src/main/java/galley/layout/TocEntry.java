package galley.layout;

import galley.model.Block;
import galley.model.Blocks;
import galley.model.Book;
import galley.model.Chapter;

import java.util.ArrayList;
import java.util.List;

/**
 * A line of the contents and a bookmark of the outline: a chapter or a heading down to the book's
 * contents depth, unless it is written {@code {.unlisted}}.
 */
record TocEntry(int level, String title, String anchor) {

    /** The entries of the whole book in reading order. */
    static List<TocEntry> of(Book book) {
        var entries = new ArrayList<TocEntry>();
        for (Chapter chapter : book.chapters()) {
            List<Block> blocks = chapter.blocks();
            // an unlisted chapter takes its sections out of the contents with it
            if (Block.Heading.opensUnlisted(blocks)) {
                continue;
            }
            entries.add(new TocEntry(1, chapter.title(), chapter.id()));
            for (int i = 0; i < blocks.size(); i++) {
                if (blocks.get(i) instanceof Block.Heading h && h.level() <= book.tocDepth()
                        && !(i == 0 && h.level() == 1) && !h.unlisted()) {
                    entries.add(new TocEntry(h.level(), Blocks.plainText(h.content()), h.id()));
                }
            }
        }
        return entries;
    }

    /** The entries as a tree of bookmarks, each nested under the nearest shallower one. */
    static List<OutlineEntry> outline(List<TocEntry> entries) {
        return children(entries, 0, entries.size(), 0);
    }

    private static List<OutlineEntry> children(List<TocEntry> entries, int from, int to, int parentLevel) {
        var out = new ArrayList<OutlineEntry>();
        int i = from;
        while (i < to) {
            TocEntry e = entries.get(i);
            int end = i + 1;
            while (end < to && entries.get(end).level() > e.level()) {
                end++;
            }
            out.add(new OutlineEntry(e.title(), e.anchor(), children(entries, i + 1, end, e.level())));
            i = end;
        }
        return out;
    }
}
