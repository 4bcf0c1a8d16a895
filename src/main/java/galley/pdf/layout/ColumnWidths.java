package galley.pdf.layout;

import java.util.Arrays;

/**
 * How a table's columns share the measure, in the manner of a browser's automatic table layout.
 * Each column has four widths it could live with, from least to most: its longest word hyphenated,
 * its longest word whole, its header's words whole, and every cell on one line. The measure falls
 * between two of these stages for the table as a whole, and each column moves from the narrower
 * stage towards the wider by the same fraction, so a column gets extra room in proportion to how
 * much it still wants, and a column already content (one long value, say) gets none. A table that
 * fits on single lines shares the rest of the measure out evenly. Only when even the hyphenated
 * words do not fit does the type shrink, down to {@code minScale}; below that the widest columns
 * narrow further and the line breaker cuts their words without a hyphen, the last resort.
 *
 * @param scale      the size of the table's type against its base size
 * @param widths     each column's width in points, at that size
 * @param hyphenated for each column, whether its words must be hyphenated to fit
 */
record ColumnWidths(float scale, float[] widths, boolean[] hyphenated) {

    /**
     * Shares {@code available} points between columns whose wishes, in points at the base size, are
     * {@code hyphenated} (widest hyphenated piece), {@code words} (widest word), {@code headers}
     * (widest header word kept whole) and {@code lines} (widest cell unbroken).
     */
    static ColumnWidths share(float[] hyphenated, float[] words, float[] headers, float[] lines, float available,
                              float minScale) {
        int n = lines.length;
        // a column's stages never narrow from one to the next
        float[][] stages = {hyphenated.clone(), words.clone(), headers.clone(), lines.clone()};
        float[] totals = new float[stages.length];
        for (int k = 0; k < stages.length; k++) {
            for (int c = 0; c < n; c++) {
                if (k > 0) {
                    stages[k][c] = Math.max(stages[k][c], stages[k - 1][c]);
                }
                totals[k] += stages[k][c];
            }
        }
        float[] widths = new float[n];
        int widest = stages.length - 1;
        if (totals[widest] <= available) {
            for (int c = 0; c < n; c++) {
                widths[c] = stages[widest][c] + (available - totals[widest]) / n;
            }
            return new ColumnWidths(1f, widths, needsHyphens(widths, stages[1], 1f));
        }
        for (int k = widest - 1; k >= 0; k--) {
            if (totals[k] <= available) {
                float t = (available - totals[k]) / (totals[k + 1] - totals[k]);
                for (int c = 0; c < n; c++) {
                    widths[c] = stages[k][c] + t * (stages[k + 1][c] - stages[k][c]);
                }
                return new ColumnWidths(1f, widths, needsHyphens(widths, stages[1], 1f));
            }
        }
        float scale = Math.max(minScale, available / totals[0]);
        float cap = cap(stages[0], scale, available);
        for (int c = 0; c < n; c++) {
            widths[c] = Math.min(stages[0][c] * scale, cap);
        }
        return new ColumnWidths(scale, widths, needsHyphens(widths, stages[1], scale));
    }

    /**
     * The widest a column may be so that the columns, each its {@code least} at {@code scale} or the cap if
     * narrower, fill {@code available}: only the columns with the longest unbreakable words give up room, so
     * the words cut are those, not every column's.
     */
    private static float cap(float[] least, float scale, float available) {
        float[] sorted = least.clone();
        Arrays.sort(sorted);
        float below = 0f;
        for (int i = 0; i < sorted.length; i++) {
            float level = (available - below) / (sorted.length - i);
            if (level <= sorted[i] * scale) {
                return Math.max(0f, level);
            }
            below += sorted[i] * scale;
        }
        return Float.POSITIVE_INFINITY;
    }

    private static boolean[] needsHyphens(float[] widths, float[] words, float scale) {
        boolean[] needs = new boolean[widths.length];
        for (int c = 0; c < widths.length; c++) {
            needs[c] = widths[c] < words[c] * scale;
        }
        return needs;
    }
}
