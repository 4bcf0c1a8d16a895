package galley.layout;

import galley.text.Alignment;
import galley.text.Fragment;
import galley.text.LinkDestination;
import galley.text.TextMeasure;
import galley.text.TextStyle;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Sets an entry of the contents: its title indented by level and wrapped well short of the
 * page-number column, its continuation lines hung further in than its first, dot leaders to the
 * number, the number flush right, and the whole entry a link. The leaders' dots stand on one grid
 * for every entry, as LaTeX's {@code \@dottedtocline} sets them, so they line up down the page.
 * In a book that reads from right to left the entry is mirrored: the title starts at the right
 * margin, indented from the right by level, and the dots run to the number at the left.
 */
final class ContentsLines {

    /** The column the page numbers are set flush right in, in ems of the body: the dots stop at its left. */
    private static final float NUMBER_COLUMN = 1.8f;

    /** The clear space, in ems, between the dots' end and the end of the longest title line. */
    private static final float GUTTER = 1.5f;

    private final BookStyle style;
    private final TextMeasure measure;
    private final BlockFormatter formatter;
    private final float width;
    private final boolean rightToLeft;

    ContentsLines(BookStyle style, TextMeasure measure, BlockFormatter formatter, float width, boolean rightToLeft) {
        this.style = style;
        this.measure = measure;
        this.formatter = formatter;
        this.width = width;
        this.rightToLeft = rightToLeft;
    }

    void entry(TocEntry entry, String folio, SlabList out) {
        TextStyle text = entry.level() == 1 ? style.body() : style.body().withSize(style.body().size() * 0.92f);
        float em = style.body().size();
        float indent = (entry.level() - 1) * style.indent() * 1.5f;
        float hang = style.indent();
        float numberColumn = em * NUMBER_COLUMN;
        // every line is broken to the width of a hung one, so the first line keeps the wider gutter
        float lineWidth = width - numberColumn - em * GUTTER - indent - hang;
        // the title's first line starts {@code indent} in from the margin it reads from, its others a hang further
        float frameX = rightToLeft ? width - indent - lineWidth : indent;
        var frame = new BlockFormatter.Frame(frameX, lineWidth, text, style.leading(), -1);
        var lines = new SlabList();
        formatter.lines(List.of(Fragment.text(entry.title(), text)), frame, 0f,
                rightToLeft ? Alignment.RIGHT : Alignment.LEFT, lines, Map.of());
        List<Slab> slabs = lines.toList();
        var target = new LinkDestination.Anchor(entry.anchor());
        for (int k = 0; k < slabs.size(); k++) {
            Slab slab = slabs.get(k);
            float shift = k == 0 ? 0f : rightToLeft ? -hang : hang;
            var items = new ArrayList<PageItem>();
            for (PageItem item : slab.items()) {
                items.add(Slab.moved(item, shift, 0f));
            }
            float baseline = -style.leading() * 0.74f;
            if (k == slabs.size() - 1 && folio != null) {
                float numberWidth = measure.width(folio, style.body());
                PageItem.TextRun leaders = rightToLeft
                        ? leaders(numberColumn, lineStart(items) - em * 0.5f, baseline)
                        : leaders(lineEnd(items) + em * 0.5f, width - numberColumn, baseline);
                if (leaders != null) {
                    items.add(leaders);
                }
                float numberX = rightToLeft ? 0f : width - numberWidth;
                items.add(new PageItem.TextRun(numberX, baseline, folio, style.body(), PageItem.Tone.BLACK));
            }
            float linkX = rightToLeft ? 0f : indent;
            items.add(new PageItem.LinkArea(linkX, -slab.height(), width - indent, slab.height(), target));
            Slab withNumber = new Slab(slab.height(), items, slab.anchors(), List.of(), k > 0, false, null, -1, null);
            out.add(withNumber);
        }
    }

    private float lineStart(List<PageItem> items) {
        float start = width;
        for (PageItem item : items) {
            if (item instanceof PageItem.TextRun t) {
                start = Math.min(start, t.x());
            }
        }
        return start;
    }

    private float lineEnd(List<PageItem> items) {
        float end = 0f;
        for (PageItem item : items) {
            if (item instanceof PageItem.TextRun t) {
                end = Math.max(end, t.x() + measure.width(t.text(), t.style()));
            }
        }
        return end;
    }

    /**
     * The dots between {@code from} and {@code to}, each at a whole multiple of one pitch from the text
     * block's left edge, all in the body's size whatever the entry's; null when fewer than two fit.
     */
    private PageItem.TextRun leaders(float from, float to, float baseline) {
        TextStyle dots = style.body();
        float pitch = Math.max(0.1f, measure.width(" .", dots));
        int first = (int) Math.ceil(from / pitch);
        int last = (int) Math.floor((to - measure.width(".", dots)) / pitch);
        if (last - first < 1) {
            return null;
        }
        return new PageItem.TextRun(first * pitch, baseline, "." + " .".repeat(last - first), dots, PageItem.Tone.GREY);
    }
}
