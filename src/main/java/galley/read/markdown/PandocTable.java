package galley.read.markdown;

import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A pandoc simple, multiline or grid table in Flexmark's tree: its lines as written (containers'
 * prefixes taken off), what they read as, and each cell's text parsed as a Markdown document of its own.
 */
public final class PandocTable extends Block {

    /** How deep tables inside grid cells are read; deeper ones keep their cells' text as it is. */
    static final int MAX_NESTING = 8;

    private List<String> lines = List.of();
    private TextTable.Reading reading = TextTable.Reading.failed("no lines");
    private final Map<TextTable.Cell, Document> cells = new IdentityHashMap<>();

    void read(List<String> lines, boolean grid) {
        this.lines = List.copyOf(lines);
        this.reading = grid ? GridTable.read(this.lines) : DashedTable.read(this.lines);
    }

    List<String> lines() {
        return lines;
    }

    TextTable.Reading reading() {
        return reading;
    }

    /** The cell's text parsed, or null when it was not (too deeply nested). */
    Document cell(TextTable.Cell cell) {
        return cells.get(cell);
    }

    @Override
    public BasedSequence[] getSegments() {
        return EMPTY_SEGMENTS;
    }

    /**
     * Parses the cells of every table in {@code document} with {@code parse}, and of the tables in
     * those cells, down to {@link #MAX_NESTING}.
     */
    public static void parseCells(Document document, Function<String, Document> parse) {
        parseCells(document, parse, 0);
    }

    private static void parseCells(Node root, Function<String, Document> parse, int depth) {
        if (depth >= MAX_NESTING) {
            return;
        }
        var tables = new ArrayList<PandocTable>();
        for (Node node : root.getDescendants()) {
            if (node instanceof PandocTable table && table.reading.ok()) {
                tables.add(table);
            }
        }
        for (PandocTable table : tables) {
            TextTable t = table.reading.table();
            for (List<List<TextTable.Cell>> rows : List.of(t.header(), t.body())) {
                for (List<TextTable.Cell> row : rows) {
                    for (TextTable.Cell cell : row) {
                        Document parsed = parse.apply(cell.text());
                        parseCells(parsed, parse, depth + 1);
                        table.cells.put(cell, parsed);
                    }
                }
            }
        }
    }
}
