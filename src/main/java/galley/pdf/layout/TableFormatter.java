package galley.pdf.layout;

import galley.model.Block;
import galley.model.Inline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Sets a table: columns sized to their content and shrunk (type included) to fit the measure,
 * each row one strip, the header row repeated at the top of every page the table continues on.
 */
final class TableFormatter {

    private static final float MIN_SCALE = 0.7f;

    private final BlockFormatter formatter;
    private final TextMeasure measure;

    TableFormatter(BlockFormatter formatter, TextMeasure measure) {
        this.formatter = formatter;
        this.measure = measure;
    }

    void table(Block.Table table, BlockFormatter.Frame frame, SlabList out) {
        int columns = Math.max(1, table.columns());
        TextStyle base = frame.text().withSize(frame.text().size() * 0.9f);
        float padding = base.size() * 0.6f;
        float[] natural = new float[columns];
        float[] minimum = new float[columns];
        measureRows(table.header(), base.withBold(true), natural, minimum);
        measureRows(table.body(), base, natural, minimum);
        float available = frame.width() - padding * columns;
        float minTotal = sum(minimum);
        float scale = minTotal > available ? Math.max(MIN_SCALE, available / minTotal) : 1f;
        TextStyle text = base.withSize(base.size() * scale);
        float[] widths = widths(natural, minimum, scale, available);
        float leading = text.size() * 1.3f;

        out.add(Slab.space(frame.leading() * 0.5f, frame.block()));
        Slab header = null;
        for (Block.TableRow row : table.header()) {
            header = row(row, table, frame, widths, padding, text.withBold(true), leading, true);
            out.add(header);
        }
        boolean first = true;
        for (Block.TableRow row : table.body()) {
            Slab slab = row(row, table, frame, widths, padding, text, leading, false);
            if (header != null) {
                slab = slab.withRepeatHeader(header);
            }
            // a header row never stands alone at the foot of a page
            out.add(first && header != null ? slab.keptWithPrevious() : slab);
            first = false;
        }
        out.add(Slab.space(frame.leading() * 0.5f, frame.block()));
    }

    private void measureRows(List<Block.TableRow> rows, TextStyle style, float[] natural, float[] minimum) {
        for (Block.TableRow row : rows) {
            for (int c = 0; c < row.cells().size() && c < natural.length; c++) {
                String text = galley.model.Blocks.plainText(row.cells().get(c));
                natural[c] = Math.max(natural[c], measure.width(text, style));
                for (String word : text.split("\\s+")) {
                    minimum[c] = Math.max(minimum[c], measure.width(word, style));
                }
            }
        }
    }

    private static float[] widths(float[] natural, float[] minimum, float scale, float available) {
        int n = natural.length;
        float[] widths = new float[n];
        float naturalTotal = sum(natural) * scale;
        if (naturalTotal <= available) {
            for (int c = 0; c < n; c++) {
                widths[c] = natural[c] * scale + (available - naturalTotal) / n;
            }
            return widths;
        }
        // give each column its minimum, then share what is left by how much more it would like
        float minTotal = 0f;
        for (int c = 0; c < n; c++) {
            widths[c] = Math.min(minimum[c] * scale, available / n * 3f);
            minTotal += widths[c];
        }
        float spare = Math.max(0f, available - minTotal);
        float wish = 0f;
        for (int c = 0; c < n; c++) {
            wish += Math.max(0f, natural[c] * scale - widths[c]);
        }
        for (int c = 0; c < n; c++) {
            float more = Math.max(0f, natural[c] * scale - widths[c]);
            widths[c] += wish > 0 ? spare * more / wish : spare / n;
        }
        // words too long for the smallest type still may not push the table past the margin: the
        // columns narrow, and the line breaker cuts such words
        float total = sum(widths);
        if (total > available) {
            for (int c = 0; c < n; c++) {
                widths[c] *= available / total;
            }
        }
        return widths;
    }

    private Slab row(Block.TableRow row, Block.Table table, BlockFormatter.Frame frame, float[] widths, float padding,
                     TextStyle text, float leading, boolean header) {
        var items = new ArrayList<PageItem>();
        var notes = new ArrayList<Inline.NoteRef>();
        Map<String, Float> anchors = new HashMap<>();
        float x = frame.x();
        float height = leading;
        for (int c = 0; c < widths.length; c++) {
            List<Inline> cell = c < row.cells().size() ? row.cells().get(c) : List.of();
            Alignment alignment = alignment(c < table.alignments().size() ? table.alignments().get(c) : Block.Alignment.DEFAULT);
            var cellFrame = new BlockFormatter.Frame(x + padding / 2f, widths[c], text, leading, frame.block());
            var lines = formatter.breaker().breakLines(formatter.flattener().flatten(cell, text), widths[c], 0f, alignment);
            float y = -padding / 4f;
            for (Line line : lines) {
                Slab slab = formatter.lineSlab(line, cellFrame, Map.of());
                for (PageItem item : slab.items()) {
                    items.add(Slab.moved(item, 0f, y));
                }
                notes.addAll(slab.notes());
                slab.anchors().forEach((name, at) -> anchors.put(name, 0f));
                y -= leading;
            }
            height = Math.max(height, -y + padding / 4f);
            x += widths[c] + padding;
        }
        float right = x - padding / 2f;
        items.add(new PageItem.Rule(frame.x(), -height, Math.max(frame.x(), right), -height, header ? 0.6f : 0.25f));
        if (header) {
            items.add(new PageItem.Rule(frame.x(), 0f, Math.max(frame.x(), right), 0f, 0.6f));
        }
        return new Slab(height, items, anchors, notes, false, false, null, frame.block(), null);
    }

    private static Alignment alignment(Block.Alignment a) {
        return switch (a) {
            case CENTER -> Alignment.CENTER;
            case RIGHT -> Alignment.RIGHT;
            default -> Alignment.LEFT;
        };
    }

    private static float sum(float[] values) {
        float s = 0f;
        for (float v : values) {
            s += v;
        }
        return s;
    }
}
