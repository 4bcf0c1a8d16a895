package galley.read.markdown;

import galley.read.ChapterScope;

import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.tables.TableBody;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TableHead;
import com.vladsch.flexmark.ext.tables.TableRow;
import com.vladsch.flexmark.util.ast.Node;
import galley.model.Block;

import java.util.ArrayList;
import java.util.List;

/** Turns a GFM table into the model's table: rectangular rows and one alignment per column. */
public final class TableReader {

    private static final Block.TableCell EMPTY = new Block.TableCell(List.of());

    private final ChapterScope scope;
    private final InlineReader inlines;

    TableReader(ChapterScope scope, InlineReader inlines) {
        this.scope = scope;
        this.inlines = inlines;
    }

    Block.Table read(TableBlock table, int depth) {
        var header = new ArrayList<List<Block.TableCell>>();
        var body = new ArrayList<List<Block.TableCell>>();
        List<Block.Alignment> alignments = new ArrayList<>();
        for (Node section = table.getFirstChild(); section != null; section = section.getNext()) {
            boolean head = section instanceof TableHead;
            if (!head && !(section instanceof TableBody)) {
                continue;
            }
            for (Node row = section.getFirstChild(); row != null; row = row.getNext()) {
                if (row instanceof TableRow) {
                    if (head && alignments.isEmpty()) {
                        alignments = alignments(row);
                    }
                    (head ? header : body).add(cells(row, depth));
                }
            }
        }
        int columns = alignments.size();
        for (List<Block.TableCell> row : header) {
            columns = Math.max(columns, row.size());
        }
        for (List<Block.TableCell> row : body) {
            columns = Math.max(columns, row.size());
        }
        while (alignments.size() < columns) {
            alignments.add(Block.Alignment.DEFAULT);
        }
        return new Block.Table(alignments, rows(header, columns), rows(body, columns), scope.source(table));
    }

    private List<Block.TableCell> cells(Node row, int depth) {
        var cells = new ArrayList<Block.TableCell>();
        for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
            if (cell instanceof TableCell tableCell) {
                cells.add(Block.TableCell.of(inlines.read(cell, depth + 1), scope.source(cell)));
                for (int extra = 1; extra < tableCell.getSpan(); extra++) {
                    cells.add(EMPTY);
                }
            }
        }
        return cells;
    }

    private static List<Block.Alignment> alignments(Node row) {
        var alignments = new ArrayList<Block.Alignment>();
        for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
            if (cell instanceof TableCell tableCell) {
                alignments.add(alignment(tableCell.getAlignment()));
            }
        }
        return alignments;
    }

    private static Block.Alignment alignment(TableCell.Alignment alignment) {
        if (alignment == null) {
            return Block.Alignment.DEFAULT;
        }
        switch (alignment) {
            case LEFT:
                return Block.Alignment.LEFT;
            case CENTER:
                return Block.Alignment.CENTER;
            case RIGHT:
                return Block.Alignment.RIGHT;
            default:
                return Block.Alignment.DEFAULT;
        }
    }

    /** Rows padded with empty cells to {@code columns}, as the model's rows. */
    public static List<Block.TableRow> rows(List<List<Block.TableCell>> rows, int columns) {
        var out = new ArrayList<Block.TableRow>();
        for (List<Block.TableCell> cells : rows) {
            var padded = new ArrayList<>(cells);
            while (padded.size() < columns) {
                padded.add(EMPTY);
            }
            out.add(new Block.TableRow(padded));
        }
        return out;
    }
}
