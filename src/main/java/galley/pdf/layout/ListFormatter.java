package galley.pdf.layout;

import galley.model.Block;

import java.util.ArrayList;
import java.util.List;

/** Sets bulleted and numbered lists: each item's blocks indented, its marker hung in the margin. */
final class ListFormatter {

    private ListFormatter() {
    }

    static void list(Block.ListBlock list, BlockFormatter.Frame frame, BlockFormatter formatter, SlabList out) {
        float indent = frame.text().size() * 1.8f;
        BlockFormatter.Frame inner = frame.indented(indent, 0f);
        float itemGap = list.tight() ? 0f : frame.leading() * 0.4f;
        int number = list.start();
        for (Block.ListItem item : list.items()) {
            String marker = list.ordered() ? (number++) + "." : "\u2022";
            var itemSlabs = new SlabList();
            formatter.blocks(item.blocks(), inner, itemSlabs);
            List<Slab> slabs = itemSlabs.toList();
            boolean marked = false;
            for (Slab slab : slabs) {
                if (!marked && !slab.discardable() && slab.height() > 0) {
                    slab = withMarker(slab, marker, frame, inner);
                    marked = true;
                }
                out.add(slab);
            }
            if (!marked) {
                out.add(withMarker(Slab.space(frame.leading(), frame.block()), marker, frame, inner));
            }
            if (itemGap > 0) {
                out.add(Slab.space(itemGap, frame.block()));
            }
        }
    }

    private static Slab withMarker(Slab slab, String marker, BlockFormatter.Frame outer, BlockFormatter.Frame inner) {
        var items = new ArrayList<PageItem>(slab.items());
        float baseline = -outer.leading() * 0.74f;
        for (PageItem item : slab.items()) {
            if (item instanceof PageItem.TextRun t) {
                baseline = t.baseline();
                break;
            }
        }
        // markers are right-aligned a little before the item's text
        float width = outer.text().size() * (marker.length() * 0.55f);
        float x = inner.x() - outer.text().size() * 0.5f - width;
        items.add(new PageItem.TextRun(Math.max(outer.x(), x), baseline, marker, outer.text(), PageItem.Tone.BLACK));
        return new Slab(slab.height(), items, slab.anchors(), slab.notes(), slab.keepWithPrevious(), false,
                slab.figure(), slab.block(), slab.repeatHeader());
    }
}
