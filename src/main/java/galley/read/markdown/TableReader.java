package galley.read.markdown;

import galley.diagnostic.Problem;
import galley.read.ChapterScope;
import galley.read.TextFile;
import galley.read.html.HtmlReader;

import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.tables.TableBody;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TableHead;
import com.vladsch.flexmark.ext.tables.TableRow;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import galley.model.Block;
import galley.model.Inline;
import galley.model.Source;

import java.util.ArrayList;
import java.util.List;

/** Turns a pipe table or a pandoc table into the model's table: rectangular rows, one alignment per column, its caption and id. */
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
        return new Block.Table(alignments, List.of(), rows(header, columns), rows(body, columns), caption(table, depth),
                scope.anchors.idOf(table).orElse(""), scope.source(table));
    }

    /**
     * A pandoc simple, multiline or grid table, each cell's text read as Markdown; lines that could not
     * be read as a table stay text, line for line, with a warning saying why.
     */
    Block read(PandocTable table, int depth) {
        TextTable.Reading reading = table.reading();
        if (!reading.ok()) {
            Problem.TABLE_AS_TEXT.report(scope.diagnostics, scope.path(), scope.line(table),
                    "these lines look like a table but are kept as text: " + reading.problem());
            var text = new ArrayList<Inline>();
            for (String line : table.lines()) {
                if (!text.isEmpty()) {
                    text.add(new Inline.LineBreak());
                }
                text.add(new Inline.Text(TextFile.xmlSafe(line)));
            }
            return new Block.Paragraph(text, scope.source(table));
        }
        TextTable t = reading.table();
        int first = scope.line(table);
        int columns = t.alignments().size();
        var header = new ArrayList<List<Block.TableCell>>();
        var body = new ArrayList<List<Block.TableCell>>();
        t.header().forEach(row -> header.add(cells(table, row, first, depth)));
        t.body().forEach(row -> body.add(cells(table, row, first, depth)));
        return new Block.Table(t.alignments(), t.widths(), rows(header, columns), rows(body, columns), caption(table, depth),
                scope.anchors.idOf(table).orElse(""), scope.source(table));
    }

    private List<Block.TableCell> cells(PandocTable table, List<TextTable.Cell> row, int first, int depth) {
        var cells = new ArrayList<Block.TableCell>();
        for (TextTable.Cell cell : row) {
            Document parsed = table.cell(cell);
            int line = first + cell.line();
            if (parsed == null) {
                cells.add(Block.TableCell.of(List.of(new Inline.Text(TextFile.xmlSafe(cell.text()))), new Source(scope.path(), line)));
                continue;
            }
            ChapterScope part = scope.part(cell.text(), line);
            var reader = new BlockReader(part, inlines.in(part), new HtmlReader(part));
            cells.add(new Block.TableCell(reader.readChildren(parsed, depth + 1)));
        }
        return cells;
    }

    private List<Inline> caption(Node table, int depth) {
        return TableCaption.of(table).map(p -> TableCaption.text(p, inlines, depth + 1)).orElse(List.of());
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
