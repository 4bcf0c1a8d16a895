package galley.layout;

import galley.text.TextMeasure;
import galley.text.VisualOrder;

import galley.model.Block;
import galley.model.TextDirection;

import java.util.ArrayList;
import java.util.List;

/**
 * Sets bulleted and numbered lists: each item's blocks indented, its marker hung in the margin (the
 * right one for a list that reads from right to left). A
 * loose list, one with a blank line between items or between the blocks of an item, sets all its
 * items and their blocks apart; a tight one none, as CommonMark renders them.
 */
final class ListFormatter {

    private static final String BOX = "\u2610";
    private static final String BOX_CHECKED = "\u2611";

    private ListFormatter() {
    }

    static void list(Block.ListBlock list, BlockFormatter.Frame frame, BlockFormatter formatter, SlabList out) {
        float indent = frame.text().size() * 1.8f;
        // a list reads the way its first item does (HTML's dir="auto"); a right-to-left one is
        // indented from the right and hangs its markers in the right margin, its nested lists further left
        boolean rightToLeft = TextDirection.rightToLeft(list);
        BlockFormatter.Frame inner = rightToLeft ? frame.indented(0f, indent) : frame.indented(indent, 0f);
        float itemGap = list.tight() ? 0f : frame.leading() * 0.4f;
        int next = list.start();
        for (Block.ListItem item : list.items()) {
            String number = list.ordered() ? (next++) + "." : "\u2022";
            // a task's box stands in its marker's place, as the EPUB's does
            String marker = item.checked().map(done -> done ? BOX_CHECKED : BOX).orElse(number);
            var itemSlabs = new SlabList();
            if (list.tight()) {
                formatter.blocks(item.blocks(), inner, itemSlabs);
            } else {
                // a loose list (CommonMark) sets each block of an item apart as it sets the items,
                // its paragraphs flush, as the EPUB's loose items are
                for (int b = 0; b < item.blocks().size(); b++) {
                    if (b > 0) {
                        itemSlabs.add(Slab.space(itemGap, frame.block()));
                    }
                    formatter.block(item.blocks().get(b), inner, false, itemSlabs);
                }
            }
            List<Slab> slabs = itemSlabs.toList();
            boolean marked = false;
            for (Slab slab : slabs) {
                if (!marked && !slab.discardable() && slab.height() > 0) {
                    slab = withMarker(slab, marker, frame, inner, rightToLeft, formatter.measure());
                    marked = true;
                }
                out.add(slab);
            }
            if (!marked) {
                out.add(withMarker(Slab.space(frame.leading(), frame.block()), marker, frame, inner,
                        rightToLeft, formatter.measure()));
            }
            if (itemGap > 0) {
                out.add(Slab.space(itemGap, frame.block()));
            }
        }
    }

    private static Slab withMarker(Slab slab, String marker, BlockFormatter.Frame outer, BlockFormatter.Frame inner,
                                   boolean rightToLeft, TextMeasure measure) {
        var items = new ArrayList<PageItem>(slab.items());
        float baseline = -outer.leading() * 0.74f;
        for (PageItem item : slab.items()) {
            if (item instanceof PageItem.TextRun t) {
                baseline = t.baseline();
                break;
            }
        }
        // markers are right-aligned a little before the item's text; a ballot box is 0.9 em wide
        float ems = marker.equals(BOX) || marker.equals(BOX_CHECKED) ? 0.9f : marker.length() * 0.55f;
        float width = outer.text().size() * ems;
        if (rightToLeft) {
            // the mirror image: where a left-to-right marker starts, this one ends, drawn in visual order
            float x = inner.x() + inner.width() + outer.text().size() * 0.5f + width;
            float end = Math.min(outer.x() + outer.width(), x);
            items.add(new PageItem.TextRun(end - measure.width(marker, outer.text()), baseline,
                    VisualOrder.text(marker, true), outer.text(), PageItem.Tone.BLACK));
        } else {
            float x = inner.x() - outer.text().size() * 0.5f - width;
            items.add(new PageItem.TextRun(Math.max(outer.x(), x), baseline, marker, outer.text(), PageItem.Tone.BLACK));
        }
        return new Slab(slab.height(), items, slab.anchors(), slab.notes(), slab.keepWithPrevious(), false,
                slab.figure(), slab.block(), slab.repeatHeader());
    }
}
