package galley.layout;

import java.util.Arrays;

/**
 * How a table's columns share the measure, in the manner of a browser's automatic table layout.
 * Each column has four widths it could live with, from least to most: its longest word hyphenated,
 * its longest word whole, its header's words whole, and every cell on one line. When the measure
 * holds every column's words but not every cell on one line, a column whose cells are all short
 * (no wider than an even share of the measure) is first given room for them on one line, so that a
 * year or a number is never broken; the rest of the measure is then shared by the other columns in
 * proportion to their longest cells, each getting at least its words, so that every wrapping column
 * takes about the same number of lines and the column with the most to say is the widest. (Sharing
 * the spare room in proportion to what each column still wants, as HTML 4's appendix does, left a
 * long-text column as narrow as one that held a few words on two lines.) Below that, the measure
 * falls between two of the narrower stages and each column moves from one towards the other by the
 * same fraction. A table that fits on single lines shares the rest of the measure out evenly. Only
 * when even the hyphenated words do not fit does the type shrink, down to {@code minScale}; below
 * that the widest columns narrow further and the line breaker cuts their words without a hyphen,
 * the last resort.
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
        if (totals[widest - 1] <= available) {
            widths = byLongestCells(stages[widest - 1], stages[widest], available);
            return new ColumnWidths(1f, widths, needsHyphens(widths, stages[1], 1f));
        }
        for (int k = widest - 2; k >= 0; k--) {
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

    /** Widths given by the manuscript (a multiline or grid table's), kept at full size whatever the words want. */
    static ColumnWidths given(float[] widths, float[] words) {
        return new ColumnWidths(1f, widths.clone(), needsHyphens(widths, words, 1f));
    }

    /**
     * Widths between each column's {@code least} and its {@code lines} (every cell on one line) that fill
     * {@code available}, which lies between the two totals: short columns whole first, then the rest in
     * proportion to the columns' longest cells, none below its least.
     */
    private static float[] byLongestCells(float[] least, float[] lines, float available) {
        int n = lines.length;
        float[] widths = least.clone();
        boolean[] settled = new boolean[n];
        float used = 0f;
        for (float w : least) {
            used += w;
        }
        // the shortest columns first, each whole while the rest can still have their least
        Integer[] order = new Integer[n];
        for (int c = 0; c < n; c++) {
            order[c] = c;
        }
        Arrays.sort(order, (a, b) -> Float.compare(lines[a], lines[b]));
        float evenShare = available / n;
        for (int c : order) {
            if (lines[c] > evenShare || used + lines[c] - least[c] > available) {
                break;
            }
            used += lines[c] - least[c];
            widths[c] = lines[c];
            settled[c] = true;
        }
        // the others share what is left by their longest cells; one whose share is below its least keeps that
        boolean changed = true;
        while (changed) {
            changed = false;
            float left = available;
            float weight = 0f;
            for (int c = 0; c < n; c++) {
                if (settled[c]) {
                    left -= widths[c];
                } else {
                    weight += lines[c];
                }
            }
            if (weight <= 0f) {
                break;
            }
            for (int c = 0; c < n; c++) {
                if (!settled[c]) {
                    float share = left * lines[c] / weight;
                    if (share <= least[c] || share >= lines[c]) {
                        widths[c] = share <= least[c] ? least[c] : lines[c];
                        settled[c] = true;
                        changed = true;
                    } else {
                        widths[c] = share;
                    }
                }
            }
        }
        return widths;
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
