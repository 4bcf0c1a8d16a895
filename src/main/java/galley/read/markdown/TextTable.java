package galley.read.markdown;

import galley.model.Block;

import java.util.List;

/**
 * A pandoc table (simple, multiline or grid) as read from its lines, before its cells are parsed:
 * each cell's Markdown text and the table line it begins on.
 *
 * @param widths each column's share of the text width, empty when the columns are sized by content
 * @param blocks whether the cells may hold blocks (a grid table's) rather than one run of text
 */
record TextTable(List<Block.Alignment> alignments, List<Float> widths, List<List<Cell>> header,
                 List<List<Cell>> body, boolean blocks) {

    TextTable {
        alignments = List.copyOf(alignments);
        widths = List.copyOf(widths);
        header = header.stream().map(List::copyOf).toList();
        body = body.stream().map(List::copyOf).toList();
    }

    /** A cell's text and the index, among the table's lines, of the line it begins on. */
    record Cell(String text, int line) {
    }

    /** What reading a table's lines gave: a table, or why the lines are not one. */
    record Reading(TextTable table, String problem) {

        static Reading of(TextTable table) {
            return new Reading(table, null);
        }

        static Reading failed(String problem) {
            return new Reading(null, problem);
        }

        boolean ok() {
            return table != null;
        }
    }

    /** Pandoc's column widths: each column's characters (its last widened by up to two to match the one before) over 72 or the whole. */
    static List<Float> widths(int[] lengths) {
        int n = lengths.length;
        int[] l = lengths.clone();
        if (n >= 2 && l[n - 1] < l[n - 2] && l[n - 2] - l[n - 1] <= 2) {
            l[n - 1] = l[n - 2];
        }
        int total = 0;
        for (int x : l) {
            total += x;
        }
        float quotient = Math.max(72, total);
        Float[] out = new Float[n];
        for (int i = 0; i < n; i++) {
            out[i] = l[i] / quotient;
        }
        return List.of(out);
    }

    /** A column's alignment from its header text's place over the dashes, as pandoc decides it. */
    static Block.Alignment alignment(List<String> slices, int dashes) {
        String shortest = null;
        for (String slice : slices) {
            String trimmed = slice.stripTrailing();
            if (!trimmed.isEmpty() && (shortest == null || trimmed.length() < shortest.length())) {
                shortest = trimmed;
            }
        }
        if (shortest == null) {
            return Block.Alignment.DEFAULT;
        }
        boolean leftSpace = shortest.charAt(0) == ' ';
        boolean rightSpace = shortest.length() < dashes;
        if (leftSpace) {
            return rightSpace ? Block.Alignment.CENTER : Block.Alignment.RIGHT;
        }
        return rightSpace ? Block.Alignment.LEFT : Block.Alignment.DEFAULT;
    }
}
