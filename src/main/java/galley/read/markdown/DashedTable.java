package galley.read.markdown;

import galley.model.Block;

import java.util.ArrayList;
import java.util.List;

/**
 * Pandoc's simple and multiline tables: columns marked by runs of dashes under the header (or above
 * the first row), each cell the text over its run, a column's alignment from where its header sits
 * over the dashes. A multiline table opens with a line of dashes, separates its rows by blank lines,
 * wraps a cell's text over several lines and takes its column widths from the dashes.
 */
final class DashedTable {

    private DashedTable() {
    }

    /** The runs of dashes of a line made of dashes and spaces only, each {start, end}; null for any other line. */
    static List<int[]> dashes(String line) {
        var runs = new ArrayList<int[]>();
        int i = 0;
        int n = line.length();
        while (i < n) {
            char c = line.charAt(i);
            if (c == '-') {
                int start = i;
                while (i < n && line.charAt(i) == '-') {
                    i++;
                }
                runs.add(new int[] {start, i});
            } else if (c == ' ') {
                i++;
            } else {
                return null;
            }
        }
        return runs.isEmpty() ? null : runs;
    }

    /** How many lines, from the first, form a simple or multiline table; 0 when they form none. */
    static int extent(Lookahead lines) {
        String head = lines.line(0);
        if (head == null || head.isBlank() || lines.line(2) == null) {
            return 0;
        }
        List<int[]> first = dashes(head);
        if (first == null) {
            List<int[]> under = dashes(lines.line(1));
            // (the header comes from the paragraph Flexmark began on it, see PandocTables)
            // one run under a line is a heading's underline, as pandoc reads it too
            if (under == null || under.size() < 2) {
                return 0;
            }
            int end = 2;
            for (String line = lines.line(end); line != null && !line.isBlank(); line = lines.line(end)) {
                end++;
                if (dashes(line) != null) {
                    break;
                }
            }
            return end > 2 ? end : 0;
        }
        int rows = 1;
        if (first.size() == 1) {
            if (first.get(0)[1] - first.get(0)[0] < 3) {
                return 0;
            }
            // a multiline table's header lines, then the dashes that mark its columns
            String line = lines.line(rows);
            while (line != null && !line.isBlank() && dashes(line) == null) {
                line = lines.line(++rows);
            }
            if (rows == 1 || line == null || dashes(line) == null) {
                return 0;
            }
            rows++;
        }
        return closing(lines, rows);
    }

    // the dashes that close a table, after at least one row, with a blank line or the end after them
    private static int closing(Lookahead lines, int from) {
        boolean row = false;
        for (int i = from; lines.line(i) != null; i++) {
            String line = lines.line(i);
            String next = lines.line(i + 1);
            if (dashes(line) != null) {
                return row && (next == null || next.isBlank()) ? i + 1 : 0;
            }
            if (line.isBlank() && (next == null || next.isBlank())) {
                return 0;
            }
            row |= !line.isBlank();
        }
        return 0;
    }

    /** The table {@code lines} (as {@link #extent} measured them) form. */
    static TextTable.Reading read(List<String> lines) {
        List<int[]> first = dashes(lines.get(0));
        if (first == null) {
            List<int[]> runs = dashes(lines.get(1));
            int end = dashes(lines.get(lines.size() - 1)) != null ? lines.size() - 1 : lines.size();
            var body = new ArrayList<List<TextTable.Cell>>();
            for (int i = 2; i < end; i++) {
                body.add(row(lines, i, i + 1, runs));
            }
            return TextTable.Reading.of(new TextTable(alignments(lines.subList(0, 1), runs), List.of(),
                    List.of(row(lines, 0, 1, runs)), body, false));
        }
        boolean headed = first.size() == 1;
        int separator = 0;
        if (headed) {
            separator = 1;
            while (dashes(lines.get(separator)) == null) {
                separator++;
            }
        }
        List<int[]> runs = dashes(lines.get(separator));
        int close = lines.size() - 1;
        var groups = new ArrayList<int[]>();
        boolean blank = false;
        for (int i = separator + 1; i < close; ) {
            if (lines.get(i).isBlank()) {
                blank = true;
                i++;
                continue;
            }
            int start = i;
            while (i < close && !lines.get(i).isBlank()) {
                i++;
            }
            groups.add(new int[] {start, i});
        }
        var body = new ArrayList<List<TextTable.Cell>>();
        boolean multiline = headed || blank;
        if (multiline) {
            groups.forEach(g -> body.add(row(lines, g[0], g[1], runs)));
        } else {
            groups.forEach(g -> {
                for (int i = g[0]; i < g[1]; i++) {
                    body.add(row(lines, i, i + 1, runs));
                }
            });
        }
        List<String> aligning = headed ? lines.subList(1, separator)
                : lines.subList(groups.get(0)[0], multiline ? groups.get(0)[1] : groups.get(0)[0] + 1);
        List<List<TextTable.Cell>> header = headed ? List.of(row(lines, 1, separator, runs)) : List.of();
        return TextTable.Reading.of(new TextTable(alignments(aligning, runs), multiline ? widths(runs) : List.of(),
                header, body, false));
    }

    private static List<Float> widths(List<int[]> runs) {
        int[] lengths = new int[runs.size()];
        for (int i = 0; i < lengths.length; i++) {
            lengths[i] = i + 1 < lengths.length ? runs.get(i + 1)[0] - runs.get(i)[0] : runs.get(i)[1] - runs.get(i)[0] + 1;
        }
        return TextTable.widths(lengths);
    }

    private static List<Block.Alignment> alignments(List<String> header, List<int[]> runs) {
        var out = new ArrayList<Block.Alignment>();
        for (int c = 0; c < runs.size(); c++) {
            var slices = new ArrayList<String>();
            for (String line : header) {
                slices.add(slice(line, runs.get(c)[0], c + 1 < runs.size() ? runs.get(c + 1)[0] : Integer.MAX_VALUE));
            }
            out.add(TextTable.alignment(slices, runs.get(c)[1] - runs.get(c)[0]));
        }
        return out;
    }

    // a row's cells from lines [from, to): each column's text from its run's start to the next run's, the
    // first from the line's start and the last to its end, so that no character falls between columns
    private static List<TextTable.Cell> row(List<String> lines, int from, int to, List<int[]> runs) {
        var cells = new ArrayList<TextTable.Cell>();
        for (int c = 0; c < runs.size(); c++) {
            int start = c == 0 ? 0 : runs.get(c)[0];
            int end = c + 1 < runs.size() ? runs.get(c + 1)[0] : Integer.MAX_VALUE;
            var text = new StringBuilder();
            for (int i = from; i < to; i++) {
                String piece = slice(lines.get(i), start, end).strip();
                if (!piece.isEmpty()) {
                    text.append(text.length() > 0 ? "\n" : "").append(piece);
                }
            }
            cells.add(new TextTable.Cell(text.toString(), from));
        }
        return cells;
    }

    private static String slice(String line, int start, int end) {
        return line.substring(Math.min(start, line.length()), Math.min(end, line.length()));
    }
}
