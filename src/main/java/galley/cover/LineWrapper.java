package galley.cover;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.font.TextLayout;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * Breaks display text such as a title into lines of a given width in one font, the way a
 * typesetter sets a cover: as few lines as the width allows, then as even as possible, and
 * after a colon or a dash where the choice costs little.
 */
final class LineWrapper {

    // a line ending in one of these closes a phrase, which reads better than a break mid-phrase
    private static final String PHRASE_ENDS = ":;—–";
    private static final double PHRASE_BONUS = 0.12;

    private final Font font;
    private final FontRenderContext frc;

    LineWrapper(Font font, FontRenderContext frc) {
        this.font = font;
        this.frc = frc;
    }

    /** The advance width of the text in this wrapper's font, ignoring surrounding spaces. */
    double measure(String text) {
        String visible = text.strip();
        return visible.isEmpty() ? 0 : new TextLayout(visible, font, frc).getAdvance();
    }

    /**
     * The text set in lines no wider than {@code width}: the fewest lines a greedy fill needs,
     * with the breaks then chosen to make the lines even. A word wider than the measure is
     * split between characters, never between the parts of one character (grapheme).
     */
    List<String> wrap(String text, double width) {
        List<String> segments = segments(text.strip().replaceAll("\\s+", " "), width);
        if (segments.isEmpty()) {
            return List.of();
        }
        int lines = greedyLineCount(segments, width);
        return evenBreaks(segments, width, lines);
    }

    // break opportunities as the Unicode line-breaking rules define them, so that scripts
    // without spaces (Chinese, Japanese) break between characters; each segment keeps its
    // trailing space
    private List<String> segments(String text, double width) {
        List<String> segments = new ArrayList<>();
        BreakIterator lineBreaks = BreakIterator.getLineInstance(Locale.ROOT);
        lineBreaks.setText(text);
        int start = lineBreaks.first();
        for (int end = lineBreaks.next(); end != BreakIterator.DONE; start = end, end = lineBreaks.next()) {
            String segment = text.substring(start, end);
            if (measure(segment) <= width) {
                segments.add(segment);
            } else {
                segments.addAll(splitOverlong(segment, width));
            }
        }
        return segments;
    }

    private List<String> splitOverlong(String word, double width) {
        List<String> pieces = new ArrayList<>();
        BreakIterator graphemes = BreakIterator.getCharacterInstance(Locale.ROOT);
        graphemes.setText(word);
        int pieceStart = 0;
        int start = graphemes.first();
        for (int end = graphemes.next(); end != BreakIterator.DONE; start = end, end = graphemes.next()) {
            if (start > pieceStart && measure(word.substring(pieceStart, end)) > width) {
                pieces.add(word.substring(pieceStart, start));
                pieceStart = start;
            }
        }
        pieces.add(word.substring(pieceStart));
        return pieces;
    }

    private int greedyLineCount(List<String> segments, double width) {
        int lines = 1;
        StringBuilder line = new StringBuilder();
        for (String segment : segments) {
            if (line.length() > 0 && measure(line + segment) > width) {
                lines++;
                line.setLength(0);
            }
            line.append(segment);
        }
        return lines;
    }

    // dynamic programming over break positions: best[k][j] is the least cost of setting the
    // first j segments in k lines; a line costs the square of its unused fraction of the width
    private List<String> evenBreaks(List<String> segments, double width, int lineCount) {
        int n = segments.size();
        double[][] best = new double[lineCount + 1][n + 1];
        int[][] from = new int[lineCount + 1][n + 1];
        for (double[] row : best) {
            Arrays.fill(row, Double.POSITIVE_INFINITY);
        }
        best[0][0] = 0;
        for (int k = 1; k <= lineCount; k++) {
            for (int j = 1; j <= n; j++) {
                for (int i = j - 1; i >= 0; i--) {
                    if (best[k - 1][i] == Double.POSITIVE_INFINITY) {
                        continue;
                    }
                    String line = join(segments, i, j);
                    double used = measure(line);
                    if (used > width) {
                        break;
                    }
                    double cost = best[k - 1][i] + lineCost(line, used, width, j == n);
                    if (cost < best[k][j]) {
                        best[k][j] = cost;
                        from[k][j] = i;
                    }
                }
            }
        }
        List<String> lines = new ArrayList<>();
        for (int k = lineCount, j = n; k > 0; j = from[k][j], k--) {
            lines.add(join(segments, from[k][j], j).strip());
        }
        Collections.reverse(lines);
        return lines;
    }

    private static double lineCost(String line, double used, double width, boolean last) {
        double slack = (width - used) / width;
        String visible = line.strip();
        boolean endsPhrase = !last && !visible.isEmpty()
                && PHRASE_ENDS.indexOf(visible.charAt(visible.length() - 1)) >= 0;
        return slack * slack - (endsPhrase ? PHRASE_BONUS : 0);
    }

    private static String join(List<String> segments, int from, int to) {
        return String.join("", segments.subList(from, to));
    }
}
