package galley.read.markdown;

import galley.model.Block;

import java.util.ArrayList;
import java.util.List;

/**
 * Pandoc's grid tables: cells drawn with {@code +---+} borders and {@code |} sides, the header
 * closed by a {@code +===+} line whose colons give the alignments, each cell's text read as
 * Markdown blocks, column widths from the borders. As in pandoc 2.17, a cell spans one column and
 * one row: a row whose line has no {@code |} where the border above has a {@code +} is not read.
 */
final class GridTable {

    private GridTable() {
    }

    /** Whether {@code line} is a grid table's border, such as {@code +---+:==+}. */
    static boolean isBorder(String line) {
        String s = line.stripTrailing();
        if (s.length() < 3 || s.charAt(0) != '+' || s.charAt(s.length() - 1) != '+') {
            return false;
        }
        for (int i = 1; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '-' && c != '=' && c != ':' && c != '+') {
                return false;
            }
            if (c == '+' && s.charAt(i - 1) == '+') {
                return false;
            }
        }
        return true;
    }

    /** How many lines, from the first, form a grid table: a border, then lines of borders and rows. */
    static int extent(Lookahead lines) {
        String second = lines.line(1);
        if (!isBorder(lines.line(0)) || second == null || !second.startsWith("|")) {
            return 0;
        }
        int end = 1;
        for (String line = second; line != null && (line.startsWith("|") || line.startsWith("+")); line = lines.line(end)) {
            end++;
        }
        return end;
    }

    /** The table {@code lines} (as {@link #extent} measured them) form, or why they form none. */
    static TextTable.Reading read(List<String> lines) {
        String top = lines.get(0).stripTrailing();
        var edges = new ArrayList<Integer>();
        for (int i = 0; i < top.length(); i++) {
            if (top.charAt(i) == '+') {
                edges.add(i);
            }
        }
        int columns = edges.size() - 1;
        if (!isBorder(lines.get(lines.size() - 1))) {
            return TextTable.Reading.failed("the grid table's last line (" + lines.size() + " of it) is not a +---+ border");
        }
        var header = new ArrayList<List<TextTable.Cell>>();
        var body = new ArrayList<List<TextTable.Cell>>();
        String aligning = top;
        int rowStart = -1;
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.startsWith("|")) {
                for (int edge : edges) {
                    char c = edge < line.length() ? line.charAt(edge) : ' ';
                    if (c != '|' && c != '+') {
                        return TextTable.Reading.failed("line " + (i + 1) + " of the grid table has no '|' at column "
                                + (edge + 1) + ", under the border's '+' (pandoc 2.17 reads no cell spanning columns)");
                    }
                }
                if (rowStart < 0) {
                    rowStart = i;
                }
                continue;
            }
            if (!isBorder(line)) {
                return TextTable.Reading.failed("line " + (i + 1) + " of the grid table is neither a row nor a +---+ border");
            }
            if (rowStart < 0) {
                return TextTable.Reading.failed("line " + (i + 1) + " of the grid table is a border with no row above it");
            }
            boolean headerEnds = line.indexOf('=') >= 0;
            if (headerEnds && !header.isEmpty()) {
                return TextTable.Reading.failed("line " + (i + 1) + " of the grid table closes a second header");
            }
            List<TextTable.Cell> row = row(lines, rowStart, i, edges);
            if (headerEnds) {
                if (!body.isEmpty()) {
                    return TextTable.Reading.failed("line " + (i + 1) + " of the grid table closes a header below the first row");
                }
                header.add(row);
                aligning = line.stripTrailing();
            } else {
                body.add(row);
            }
            rowStart = -1;
        }
        int[] lengths = new int[columns];
        var alignments = new ArrayList<Block.Alignment>();
        for (int c = 0; c < columns; c++) {
            lengths[c] = edges.get(c + 1) - edges.get(c);
            alignments.add(alignment(aligning, edges.get(c), edges.get(c + 1)));
        }
        return TextTable.Reading.of(new TextTable(alignments, TextTable.widths(lengths), header, body, true));
    }

    private static Block.Alignment alignment(String border, int from, int to) {
        boolean left = from + 1 < border.length() && border.charAt(from + 1) == ':';
        boolean right = to - 1 < border.length() && to - 1 > from && border.charAt(to - 1) == ':';
        if (left && right) {
            return Block.Alignment.CENTER;
        }
        return left ? Block.Alignment.LEFT : right ? Block.Alignment.RIGHT : Block.Alignment.DEFAULT;
    }

    // each cell's lines between its sides, trailing spaces dropped, and one leading space when every line has it
    private static List<TextTable.Cell> row(List<String> lines, int from, int to, List<Integer> edges) {
        var cells = new ArrayList<TextTable.Cell>();
        for (int c = 0; c + 1 < edges.size(); c++) {
            var pieces = new ArrayList<String>();
            boolean indented = true;
            for (int i = from; i < to; i++) {
                String line = lines.get(i);
                boolean last = c + 2 == edges.size();
                int end = last ? line.length() : edges.get(c + 1);
                String piece = line.substring(Math.min(edges.get(c) + 1, line.length()), Math.min(end, line.length()));
                if (last && piece.stripTrailing().endsWith("|")) {
                    piece = piece.stripTrailing();
                    piece = piece.substring(0, piece.length() - 1);
                }
                piece = piece.stripTrailing();
                indented &= piece.isEmpty() || piece.startsWith(" ");
                pieces.add(piece);
            }
            var text = new StringBuilder();
            for (String piece : pieces) {
                text.append(indented && !piece.isEmpty() ? piece.substring(1) : piece).append('\n');
            }
            cells.add(new TextTable.Cell(text.toString().strip().isEmpty() ? "" : text.toString(), from));
        }
        return cells;
    }
}
