package galley.layout;

import galley.text.Fragment;

import galley.model.Inline;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A horizontal strip of the text flow that is never split across pages: a line of a paragraph, a
 * figure with its caption, a table row, or vertical space. Its items use local coordinates: x from
 * the left of the text block, y upwards from the strip's top edge (so inside the strip y ≤ 0).
 *
 * @param anchors          named places in the strip, with their local y
 * @param notes            footnotes referenced in the strip, to be set at the foot of its page
 * @param keepWithPrevious no page break may fall between this strip and the one before
 * @param discardable      space that vanishes at the top of a page
 * @param figure           for a figure, how to set it smaller; a figure may also move to the next
 *                         page while later text fills this one. Null for everything else
 * @param block            index of the chapter's top-level block the strip belongs to, or -1
 * @param repeatHeader     a table's header row to repeat when the page breaks before this strip, or null
 * @param reindent         for the first line of a paragraph set flush after a figure, the paragraph to set
 *                         indented instead if the figure floats away from it; null for everything else
 * @param breaksPage       an empty strip that ends the page, as {@code \newpage} asks
 */
record Slab(float height, List<PageItem> items, Map<String, Float> anchors, List<Inline.NoteRef> notes,
            boolean keepWithPrevious, boolean discardable, Scalable figure, int block, Slab repeatHeader,
            Reindent reindent, boolean breaksPage) {

    /** A figure that can be set again at a smaller scale. */
    interface Scalable {
        /** The same figure with its image made small enough to fit {@code room}, or null if it would shrink too much. */
        Slab fittedTo(float room);
    }

    /**
     * A paragraph set flush because a figure comes before it, as it would be set indented: should the figure
     * float to a later page, the paragraph follows other text on its page after all, and is indented like any.
     *
     * @param strips how many strips the flush setting has, all of them replaced by the indented one's
     */
    record Reindent(List<Fragment> fragments, BlockFormatter.Frame frame, float indent, int strips) {
        Reindent {
            fragments = List.copyOf(fragments);
        }
    }

    Slab {
        items = List.copyOf(items);
        anchors = Map.copyOf(anchors);
        notes = List.copyOf(notes);
    }

    Slab(float height, List<PageItem> items, Map<String, Float> anchors, List<Inline.NoteRef> notes,
         boolean keepWithPrevious, boolean discardable, Scalable figure, int block, Slab repeatHeader) {
        this(height, items, anchors, notes, keepWithPrevious, discardable, figure, block, repeatHeader, null);
    }

    Slab(float height, List<PageItem> items, Map<String, Float> anchors, List<Inline.NoteRef> notes,
         boolean keepWithPrevious, boolean discardable, Scalable figure, int block, Slab repeatHeader,
         Reindent reindent) {
        this(height, items, anchors, notes, keepWithPrevious, discardable, figure, block, repeatHeader, reindent, false);
    }

    /** The end of a page: what follows starts the next one. */
    static Slab pageBreak(int block) {
        return new Slab(0f, List.of(), Map.of(), List.of(), false, true, null, block, null, null, true);
    }

    static Slab space(float height, int block) {
        return new Slab(height, List.of(), Map.of(), List.of(), false, true, null, block, null);
    }

    /** Space that stays even at the top of a page, such as a chapter's sink, with anchors in it. */
    static Slab fixedSpace(float height, Map<String, Float> anchors, int block) {
        return new Slab(height, List.of(), anchors, List.of(), false, false, null, block, null);
    }

    boolean floatable() {
        return figure != null;
    }

    Slab keptWithPrevious() {
        return new Slab(height, items, anchors, notes, true, discardable, figure, block, repeatHeader, reindent);
    }

    Slab withRepeatHeader(Slab header) {
        return new Slab(height, items, anchors, notes, keepWithPrevious, discardable, figure, block, header, reindent);
    }

    /** The strip with anchor {@code id} at its top edge as well. */
    Slab withAnchor(String id) {
        var all = new HashMap<>(anchors);
        all.put(id, 0f);
        return new Slab(height, items, all, notes, keepWithPrevious, discardable, figure, block, repeatHeader, reindent);
    }

    Slab withItems(List<PageItem> newItems) {
        return new Slab(height, newItems, anchors, notes, keepWithPrevious, discardable, figure, block, repeatHeader,
                reindent);
    }

    Slab withReindent(Reindent indented) {
        return new Slab(height, items, anchors, notes, keepWithPrevious, discardable, figure, block, repeatHeader,
                indented);
    }

    /** The strip as it stands on a page whose text block's left edge is {@code left}, its top at {@code top}. */
    List<PageItem> placed(float left, float top) {
        return items.stream().map(item -> moved(item, left, top)).toList();
    }

    static PageItem moved(PageItem item, float dx, float dy) {
        if (item instanceof PageItem.TextRun t) {
            return new PageItem.TextRun(t.x() + dx, t.baseline() + dy, t.text(), t.style(), t.tone());
        } else if (item instanceof PageItem.ImageBox i) {
            return new PageItem.ImageBox(i.x() + dx, i.y() + dy, i.width(), i.height(), i.image());
        } else if (item instanceof PageItem.Rule r) {
            return new PageItem.Rule(r.x1() + dx, r.y1() + dy, r.x2() + dx, r.y2() + dy, r.thickness());
        }
        var l = (PageItem.LinkArea) item;
        return new PageItem.LinkArea(l.x() + dx, l.y() + dy, l.width(), l.height(), l.target());
    }
}
