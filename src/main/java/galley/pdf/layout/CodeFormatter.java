package galley.pdf.layout;

import galley.model.Block;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Sets a code block in the monospace face, line for line; a line longer than the measure wraps,
 * its continuation marked with an arrow and indented, so nothing runs past the margin.
 */
final class CodeFormatter {

    private static final String CONTINUATION = "\u21aa ";

    private CodeFormatter() {
    }

    static void code(Block.CodeBlock code, BlockFormatter.Frame frame, BookStyle style, TextMeasure measure,
                     SlabList out) {
        TextStyle mono = style.code();
        float leading = style.codeLeading();
        float inset = frame.text().size();
        float width = frame.width() - inset;
        var rows = new ArrayList<String>();
        for (String line : code.text().replace("\t", "    ").split("\n", -1)) {
            wrap(line, width, mono, measure, rows);
        }
        while (!rows.isEmpty() && rows.get(rows.size() - 1).isBlank()) {
            rows.remove(rows.size() - 1);
        }
        out.add(Slab.space(frame.leading() * 0.5f, frame.block()));
        int n = rows.size();
        for (int k = 0; k < n; k++) {
            float baseline = -leading * 0.74f;
            var items = List.<PageItem>of(new PageItem.TextRun(frame.x() + inset, baseline, rows.get(k), mono,
                    PageItem.Tone.BLACK));
            Slab slab = new Slab(leading, items, Map.of(), List.of(), false, false, null, frame.block(), null);
            if (n > 1 && (k == 1 || k == n - 1)) {
                slab = slab.keptWithPrevious();
            }
            out.add(slab);
        }
        out.add(Slab.space(frame.leading() * 0.5f, frame.block()));
    }

    // Rows are measured, not counted: a CJK character in a monospace line takes two columns.
    private static void wrap(String line, float width, TextStyle mono, TextMeasure measure, List<String> rows) {
        if (measure.width(line, mono) <= width) {
            rows.add(line);
            return;
        }
        float mark = measure.width(CONTINUATION, mono);
        int at = 0;
        boolean first = true;
        while (at < line.length()) {
            float room = first ? width : width - mark;
            int end = at;
            float used = 0f;
            while (end < line.length()) {
                int next = line.offsetByCodePoints(end, 1);
                float w = measure.width(line.substring(end, next), mono);
                if (used + w > room && end > at) {
                    break;
                }
                used += w;
                end = next;
            }
            rows.add((first ? "" : CONTINUATION) + line.substring(at, end));
            at = end;
            first = false;
        }
    }
}
