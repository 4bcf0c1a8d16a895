package galley.layout;

import galley.text.TextMeasure;
import galley.text.TextStyle;

import galley.model.Block;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Sets a code block in the monospace face, line for line, tabs stopping every four columns as in
 * the EPUB; a line longer than the measure wraps, its continuation marked with an arrow and
 * indented, so nothing runs past the margin.
 */
final class CodeFormatter {

    private static final String CONTINUATION = "\u21aa ";

    private static final int TAB = 4;

    /** A wrapped row breaks after one of these if one falls in the last third of the row, else at the margin. */
    private static final String BREAK_AFTER = " ,;([{|/._";

    private CodeFormatter() {
    }

    static void code(Block.CodeBlock code, BlockFormatter.Frame frame, BookStyle style, TextMeasure measure,
                     SlabList out) {
        TextStyle mono = style.code();
        float leading = style.codeLeading();
        float inset = frame.text().size();
        float width = frame.width() - inset;
        var rows = new ArrayList<String>();
        for (String line : code.text().split("\n", -1)) {
            wrap(expandTabs(line), width, mono, measure, rows);
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

    /** The line with each tab replaced by the spaces that reach the next tab stop. */
    static String expandTabs(String line) {
        if (line.indexOf('\t') < 0) {
            return line;
        }
        var out = new StringBuilder();
        int column = 0;
        for (int k = 0; k < line.length(); k = line.offsetByCodePoints(k, 1)) {
            int c = line.codePointAt(k);
            if (c == '\t') {
                int spaces = TAB - column % TAB;
                out.append(" ".repeat(spaces));
                column += spaces;
            } else {
                out.appendCodePoint(c);
                column++;
            }
        }
        return out.toString();
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
            int soft = -1;
            float used = 0f;
            while (end < line.length()) {
                int next = line.offsetByCodePoints(end, 1);
                float w = measure.width(line.substring(end, next), mono);
                if (used + w > room && end > at) {
                    break;
                }
                used += w;
                end = next;
                if (used >= room * 2f / 3f && BREAK_AFTER.indexOf(line.charAt(end - 1)) >= 0) {
                    soft = end;
                }
            }
            if (end < line.length() && soft > 0) {
                end = soft;
            }
            rows.add((first ? "" : CONTINUATION) + line.substring(at, end));
            at = end;
            first = false;
        }
    }
}
