package galley.pdf.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Sets an entry of the contents: its title indented by level and wrapped short of the page-number
 * column, dot leaders to the number, the number flush right, and the whole entry a link.
 */
final class ContentsLines {

    private final BookStyle style;
    private final TextMeasure measure;
    private final BlockFormatter formatter;
    private final float width;

    ContentsLines(BookStyle style, TextMeasure measure, BlockFormatter formatter, float width) {
        this.style = style;
        this.measure = measure;
        this.formatter = formatter;
        this.width = width;
    }

    void entry(TocEntry entry, String folio, SlabList out) {
        TextStyle text = entry.level() == 1 ? style.body() : style.body().withSize(style.body().size() * 0.92f);
        float indent = (entry.level() - 1) * style.indent() * 1.5f;
        float numberColumn = style.body().size() * 3f;
        var frame = new BlockFormatter.Frame(indent, width - indent - numberColumn, text, style.leading(), -1);
        var lines = new SlabList();
        formatter.lines(List.of(Fragment.text(entry.title(), text)), frame, 0f, Alignment.LEFT, lines, Map.of());
        List<Slab> slabs = lines.toList();
        var target = new LinkDestination.Anchor(entry.anchor());
        for (int k = 0; k < slabs.size(); k++) {
            Slab slab = slabs.get(k);
            var items = new ArrayList<>(slab.items());
            float baseline = -style.leading() * 0.74f;
            if (k == slabs.size() - 1 && folio != null) {
                float end = lineEnd(slab) + text.size() * 0.5f;
                float numberWidth = measure.width(folio, style.body());
                float numberX = width - numberWidth;
                String leaders = leaders(end, numberX - text.size() * 0.5f, text);
                if (!leaders.isEmpty()) {
                    float leaderWidth = measure.width(leaders, text);
                    items.add(new PageItem.TextRun(numberX - text.size() * 0.5f - leaderWidth, baseline, leaders, text,
                            PageItem.Tone.GREY));
                }
                items.add(new PageItem.TextRun(numberX, baseline, folio, style.body(), PageItem.Tone.BLACK));
            }
            items.add(new PageItem.LinkArea(indent, -slab.height(), width - indent, slab.height(), target));
            Slab withNumber = new Slab(slab.height(), items, slab.anchors(), List.of(), k > 0, false, null, -1, null);
            out.add(withNumber);
        }
    }

    private float lineEnd(Slab slab) {
        float end = 0f;
        for (PageItem item : slab.items()) {
            if (item instanceof PageItem.TextRun t) {
                end = Math.max(end, t.x() + measure.width(t.text(), t.style()));
            }
        }
        return end;
    }

    /** As many spaced dots as fit between {@code from} and {@code to}. */
    private String leaders(float from, float to, TextStyle text) {
        float dot = Math.max(0.1f, measure.width(" .", text));
        int count = (int) Math.floor((to - from) / dot);
        return count < 2 ? "" : " .".repeat(count).substring(1);
    }
}
