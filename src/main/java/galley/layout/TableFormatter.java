package galley.layout;

import galley.text.Alignment;
import galley.text.Fragment;
import galley.text.Line;
import galley.text.LineBreaker;
import galley.text.TextMeasure;
import galley.text.TextStyle;

import galley.model.Block;
import galley.model.Blocks;
import galley.model.Inline;
import galley.model.TextDirection;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Sets a table: columns sized to their content as {@link ColumnWidths} shares the measure out (type
 * shrunk only when the columns' words, hyphenated, do not fit), each row one strip, the header row
 * repeated at the top of every page the table continues on; a table that reads from right to left
 * is set as the mirror image, its first column on the right.
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
        var wishes = new Wishes(columns);
        wishes.measure(table.header(), base.withBold(true), true);
        wishes.measure(table.body(), base, false);
        ColumnWidths shared = wishes.share(frame.width() - padding * columns);
        TextStyle text = base.withSize(base.size() * shared.scale());
        float leading = text.size() * 1.3f;
        // a table that reads from right to left (its first strong letter) has its first column on the right
        boolean rightToLeft = TextDirection.rightToLeft(table);

        out.add(Slab.space(frame.leading() * 0.5f, frame.block()));
        Slab header = null;
        for (Block.TableRow row : table.header()) {
            header = row(row, table, frame, shared, padding, text.withBold(true), leading, true, rightToLeft);
            out.add(header);
        }
        boolean first = true;
        for (Block.TableRow row : table.body()) {
            Slab slab = row(row, table, frame, shared, padding, text, leading, false, rightToLeft);
            if (header != null) {
                slab = slab.withRepeatHeader(header);
            }
            // a header row never stands alone at the foot of a page
            out.add(first && header != null ? slab.keptWithPrevious() : slab);
            first = false;
        }
        out.add(Slab.space(frame.leading() * 0.5f, frame.block()));
    }

    /** What each column would like, at the table's base size, gathered cell by cell. */
    private final class Wishes {

        /** A header word no wider than this many ems is kept whole, even where CJK text could break inside it. */
        private static final float WHOLE_HEADER_WORD = 6f;

        /** Room for a word measured at one size to fit still when set at a scaled one. */
        private static final float SLACK = 0.01f;

        private final float[] hyphenated;
        private final float[] words;
        private final float[] headers;
        private final float[] lines;

        Wishes(int columns) {
            hyphenated = new float[columns];
            words = new float[columns];
            headers = new float[columns];
            lines = new float[columns];
        }

        void measure(List<Block.TableRow> rows, TextStyle style, boolean header) {
            LineBreaker breaker = formatter.breaker();
            for (Block.TableRow row : rows) {
                for (int c = 0; c < row.cells().size() && c < lines.length; c++) {
                    List<Inline> cell = text(row.cells().get(c));
                    List<Fragment> fragments = formatter.flattener().flatten(cell, style);
                    LineBreaker.CellWidths wanted = breaker.cellWidths(fragments);
                    hyphenated[c] = Math.max(hyphenated[c], wanted.hyphenated() + SLACK);
                    words[c] = Math.max(words[c], wanted.words() + SLACK);
                    lines[c] = Math.max(lines[c], wanted.natural() + SLACK);
                    if (header) {
                        for (String word : Blocks.plainText(cell).split("\\s+")) {
                            float w = measure.width(word, style);
                            if (w <= style.size() * WHOLE_HEADER_WORD) {
                                headers[c] = Math.max(headers[c], w + SLACK);
                            }
                        }
                    }
                }
            }
        }

        ColumnWidths share(float available) {
            return ColumnWidths.share(hyphenated, words, headers, lines, available, MIN_SCALE);
        }
    }

    private Slab row(Block.TableRow row, Block.Table table, BlockFormatter.Frame frame, ColumnWidths shared,
                     float padding, TextStyle text, float leading, boolean header, boolean rightToLeft) {
        float[] widths = shared.widths();
        var items = new ArrayList<PageItem>();
        var notes = new ArrayList<Inline.NoteRef>();
        Map<String, Float> anchors = new HashMap<>();
        float x = frame.x();
        float height = leading;
        for (int c = 0; c < widths.length; c++) {
            List<Inline> cell = c < row.cells().size() ? text(row.cells().get(c)) : List.of();
            Alignment alignment = alignment(c < table.alignments().size() ? table.alignments().get(c) : Block.Alignment.DEFAULT,
                    rightToLeft);
            float cellX = x + padding / 2f;
            var cellFrame = new BlockFormatter.Frame(rightToLeft ? mirrored(cellX, widths[c], frame) : cellX, widths[c],
                    text, leading, frame.block());
            var lines = formatter.breaker().breakCell(formatter.flattener().flatten(cell, text), widths[c], alignment,
                    shared.hyphenated()[c]);
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
        float left = frame.x();
        float right = Math.max(frame.x(), x - padding / 2f);
        if (rightToLeft) {
            left = mirrored(right, 0f, frame);
            right = mirrored(frame.x(), 0f, frame);
        }
        items.add(new PageItem.Rule(left, -height, right, -height, header ? 0.6f : 0.25f));
        if (header) {
            items.add(new PageItem.Rule(left, 0f, right, 0f, 0.6f));
        }
        return new Slab(height, items, anchors, notes, false, false, null, frame.block(), null);
    }

    private static List<Inline> text(Block.TableCell cell) {
        return cell.inlines().orElse(List.of());
    }

    // a column without an alignment of its own is set flush with the side its table reads from
    private static Alignment alignment(Block.Alignment a, boolean rightToLeft) {
        return switch (a) {
            case CENTER -> Alignment.CENTER;
            case RIGHT -> Alignment.RIGHT;
            case LEFT -> Alignment.LEFT;
            case DEFAULT -> rightToLeft ? Alignment.RIGHT : Alignment.LEFT;
        };
    }

    /** Where something {@code width} wide that starts at {@code x} starts in the frame's mirror image. */
    private static float mirrored(float x, float width, BlockFormatter.Frame frame) {
        return frame.x() + frame.width() - (x - frame.x()) - width;
    }
}
