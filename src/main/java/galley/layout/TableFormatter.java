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
import java.util.Optional;

/**
 * Sets a table: columns sized to their content as {@link ColumnWidths} shares the measure out (type
 * shrunk only when the columns' words, hyphenated, do not fit), each row one strip, the header row
 * repeated at the top of every page the table continues on; a table that reads from right to left
 * is set as the mirror image, its first column on the right.
 */
final class TableFormatter {

    private static final float MIN_SCALE = 0.7f;

    private final BlockFormatter formatter;
    private final BookStyle style;
    private final TextMeasure measure;

    TableFormatter(BlockFormatter formatter, BookStyle style, TextMeasure measure) {
        this.formatter = formatter;
        this.style = style;
        this.measure = measure;
    }

    void table(Block.Table table, BlockFormatter.Frame frame, SlabList out) {
        int columns = Math.max(1, table.columns());
        TextStyle base = frame.text().withSize(frame.text().size() * 0.9f);
        float padding = base.size() * 0.6f;
        var wishes = new Wishes(columns);
        wishes.measure(table.header(), base.withBold(true), true);
        wishes.measure(table.body(), base, false);
        ColumnWidths shared = wishes.given(table.widths(), frame.width(), padding)
                .orElseGet(() -> wishes.share(frame.width() - padding * columns));
        TextStyle text = base.withSize(base.size() * shared.scale());
        float leading = text.size() * 1.3f;
        // a table that reads from right to left (its first strong letter) has its first column on the right
        boolean rightToLeft = TextDirection.rightToLeft(table);

        out.add(Slab.space(frame.leading() * 0.5f, frame.block()));
        caption(table, frame, out);
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

    // the caption is set above its table, its lines together and kept with the table's first row
    private void caption(Block.Table table, BlockFormatter.Frame frame, SlabList out) {
        Map<String, Float> anchor = table.id().isEmpty() ? Map.of() : Map.of(table.id(), 0f);
        if (table.caption().isEmpty()) {
            if (!anchor.isEmpty()) {
                out.add(Slab.fixedSpace(0f, anchor, frame.block()));
                out.keepNext(1);
            }
            return;
        }
        var lines = new SlabList();
        var captionFrame = new BlockFormatter.Frame(frame.x(), frame.width(), style.caption(), style.captionLeading(),
                frame.block());
        formatter.lines(formatter.flattener().flatten(table.caption(), style.caption()), captionFrame, 0f,
                Alignment.CENTER, lines, anchor);
        boolean first = true;
        for (Slab line : lines.toList()) {
            out.add(first ? line : line.keptWithPrevious());
            first = false;
        }
        out.add(Slab.space(frame.leading() * 0.25f, frame.block()).keptWithPrevious());
        out.keepNext(1);
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
            for (Block.TableRow row : rows) {
                for (int c = 0; c < row.cells().size() && c < lines.length; c++) {
                    Block.TableCell tableCell = row.cells().get(c);
                    if (tableCell.inlines().isEmpty()) {
                        measureBlocks(c, tableCell.blocks(), style, 0f);
                        continue;
                    }
                    List<Inline> cell = tableCell.inlines().get();
                    measureRun(c, cell, style, 0f);
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

        private void measureRun(int c, List<Inline> run, TextStyle style, float indent) {
            LineBreaker.CellWidths wanted = formatter.breaker().cellWidths(formatter.flattener().flatten(run, style));
            hyphenated[c] = Math.max(hyphenated[c], indent + wanted.hyphenated() + SLACK);
            words[c] = Math.max(words[c], indent + wanted.words() + SLACK);
            lines[c] = Math.max(lines[c], indent + wanted.natural() + SLACK);
        }

        // a cell of blocks wants what its runs of text want, a list's or a quotation's indented as they are set
        private void measureBlocks(int c, List<Block> blocks, TextStyle style, float indent) {
            float step = TableFormatter.this.style.indent() * 1.5f;
            for (Block block : blocks) {
                if (block instanceof Block.Paragraph p) {
                    measureRun(c, p.content(), style, indent);
                } else if (block instanceof Block.Heading h) {
                    measureRun(c, h.content(), style, indent);
                } else if (block instanceof Block.ListBlock l) {
                    l.items().forEach(item -> measureBlocks(c, item.blocks(), style, indent + step));
                } else if (block instanceof Block.BlockQuote q) {
                    measureBlocks(c, q.blocks(), style, indent + 2 * step);
                } else if (block instanceof Block.CodeBlock code) {
                    for (String line : code.text().split("\n")) {
                        measureRun(c, List.of(new Inline.Code(line)), style, indent);
                    }
                } else if (block instanceof Block.DefinitionList d) {
                    d.items().forEach(item -> {
                        measureRun(c, item.term(), style, indent);
                        item.definitions().forEach(def -> measureBlocks(c, def, style, indent + step));
                    });
                } else if (block instanceof Block.Table t) {
                    t.header().forEach(r -> r.cells().forEach(cell -> measureBlocks(c, cell.blocks(), style, indent)));
                    t.body().forEach(r -> r.cells().forEach(cell -> measureBlocks(c, cell.blocks(), style, indent)));
                } else if (block instanceof Block.Figure f) {
                    measureRun(c, f.caption(), style, indent);
                }
            }
        }

        /**
         * The widths given as shares of the measure {@code width}, each less its padding and widened to
         * its longest word; empty when none are given, or when so widened they pass the measure.
         */
        Optional<ColumnWidths> given(List<Float> shares, float width, float padding) {
            if (shares.size() != words.length) {
                return Optional.empty();
            }
            float[] given = new float[shares.size()];
            float total = 0f;
            for (int c = 0; c < given.length; c++) {
                given[c] = Math.max(Math.max(padding, shares.get(c) * width - padding), Math.max(words[c], headers[c]));
                total += given[c] + padding;
            }
            return total <= width ? Optional.of(ColumnWidths.given(given, words)) : Optional.empty();
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
            Block.TableCell tableCell = c < row.cells().size() ? row.cells().get(c) : new Block.TableCell(List.of());
            List<Inline> cell = tableCell.inlines().orElse(null);
            Alignment alignment = alignment(c < table.alignments().size() ? table.alignments().get(c) : Block.Alignment.DEFAULT,
                    rightToLeft);
            float cellX = x + padding / 2f;
            var cellFrame = new BlockFormatter.Frame(rightToLeft ? mirrored(cellX, widths[c], frame) : cellX, widths[c],
                    text, leading, frame.block());
            float y = -padding / 4f;
            if (cell == null) {
                // a grid table's cell of blocks: set as the text flow sets them, strip under strip
                var strips = new SlabList();
                formatter.blocks(tableCell.blocks(), cellFrame, strips);
                for (Slab strip : strips.toList()) {
                    for (PageItem item : strip.items()) {
                        items.add(Slab.moved(item, 0f, y));
                    }
                    notes.addAll(strip.notes());
                    strip.anchors().forEach((name, at) -> anchors.put(name, 0f));
                    y -= strip.height();
                }
                height = Math.max(height, -y + padding / 4f);
                x += widths[c] + padding;
                continue;
            }
            var lines = formatter.breaker().breakCell(formatter.flattener().flatten(cell, text), widths[c], alignment,
                    shared.hyphenated()[c]);
            for (Line line : lines) {
                Slab slab = formatter.lineSlab(line, cellFrame, Map.of());
                for (PageItem item : slab.items()) {
                    items.add(Slab.moved(item, 0f, y));
                }
                notes.addAll(slab.notes());
                slab.anchors().forEach((name, at) -> anchors.put(name, 0f));
                // a line with a picture taller than the type is taller than the leading
                y -= slab.height();
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
