package galley.pdf.layout;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Breaks a paragraph's fragments into lines by total fit: it chooses the breaks that keep the
 * spacing of all lines together most even, rather than filling each line greedily, in the manner
 * of Knuth and Plass. Break opportunities come from the JDK's line BreakIterator for the book's
 * language, so CJK text, which has no spaces, breaks between characters.
 */
final class LineBreaker {

    private static final float INFINITE_BADNESS = 10_000f;

    /** Extra cost of two hyphenated lines in a row, as TeX's \\doublehyphendemerits. */
    private static final float DOUBLE_HYPHEN = 10_000f;

    private final TextMeasure measure;
    private final Locale locale;
    private final Hyphenator hyphenator;

    LineBreaker(TextMeasure measure, Locale locale) {
        this.measure = measure;
        this.locale = locale;
        this.hyphenator = Hyphenator.forLanguage(locale.toLanguageTag()).orElse(null);
    }

    /**
     * Sets {@code fragments} into lines of {@code width} points; the first line is indented by
     * {@code firstIndent}.
     */
    List<Line> breakLines(List<Fragment> fragments, float width, float firstIndent, Alignment alignment) {
        // headings, captions and other ragged text are never hyphenated
        ItemList items = ItemList.build(fragments, measure, locale, width, firstIndent,
                alignment == Alignment.JUSTIFY ? hyphenator : null);
        if (items.size() == 0) {
            return List.of();
        }
        int[] breaks = chooseBreaks(items, width, alignment);
        return setLines(items, breaks, width, alignment);
    }

    private int[] chooseBreaks(ItemList items, float width, Alignment alignment) {
        int n = items.size();
        // candidate breakpoints: index of a glue or penalty item, plus n for the paragraph's end
        float[] best = new float[n + 1];
        int[] previous = new int[n + 1];
        int[] hyphensInRow = new int[n + 1];
        java.util.Arrays.fill(best, Float.POSITIVE_INFINITY);
        // the breaks a line may start after, in order, each with the first box of that line
        int[] active = new int[16];
        int[] starts = new int[16];
        active[0] = -1;
        starts[0] = items.firstBoxAfter(-1);
        int count = 1;
        for (int b = 0; b <= n; b++) {
            if (b < n && !items.isBreakpoint(b)) {
                continue;
            }
            boolean last = b == n;
            boolean forced = !last && items.isForced(b);
            boolean flagged = !last && items.isFlagged(b);
            float extra = last ? 0 : items.breakWidth(b);
            float bestHere = Float.POSITIVE_INFINITY;
            int from = -2;
            for (int k = count - 1; k >= 0; k--) {
                int a = active[k];
                float before = a < 0 ? 0f : best[a];
                if (before == Float.POSITIVE_INFINITY) {
                    continue;
                }
                int start = starts[k];
                float natural = items.width(start, b) + extra;
                float shrink = items.shrink(start, b);
                if (natural - shrink > width && from != -2) {
                    break; // lines starting earlier would be longer still
                }
                float demerits = before + lineDemerits(items, start, b, natural, width, alignment, last || forced);
                int run = a >= 0 ? hyphensInRow[a] : 0;
                if (flagged && run > 0) {
                    // never three hyphenated lines in a row, and two only when it helps a lot
                    demerits += run >= 2 ? 1e12f : DOUBLE_HYPHEN;
                }
                if (demerits < bestHere) {
                    bestHere = demerits;
                    from = a;
                }
                if (natural - shrink > width) {
                    break;
                }
            }
            if (from == -2) {
                continue;
            }
            best[b] = bestHere;
            previous[b] = from;
            hyphensInRow[b] = flagged ? (from >= 0 ? hyphensInRow[from] : 0) + 1 : 0;
            if (forced) {
                // nothing may break across a forced break
                count = 0;
            }
            if (count == active.length) {
                active = java.util.Arrays.copyOf(active, count * 2);
                starts = java.util.Arrays.copyOf(starts, count * 2);
            }
            active[count] = b;
            starts[count] = items.firstBoxAfter(b);
            count++;
        }
        int lines = 0;
        for (int b = n; b >= 0; b = previous[b]) {
            lines++;
            if (previous[b] < 0) {
                break;
            }
        }
        int[] breaks = new int[lines];
        for (int b = n, i = lines - 1; i >= 0; b = previous[b], i--) {
            breaks[i] = b;
        }
        return breaks;
    }

    private static float lineDemerits(ItemList items, int start, int b, float natural, float width,
                                      Alignment alignment, boolean fill) {
        float badness;
        if (fill && natural <= width) {
            badness = 0f;
        } else if (natural < width) {
            float stretch = alignment == Alignment.JUSTIFY ? items.stretch(start, b) : width / 3f;
            if (stretch <= 0) {
                // nothing to spread, as in a line of one web address broken at its slashes: the line
                // stays short like ragged text, rated as such but more strictly
                stretch = width / 6f;
            }
            badness = badness((width - natural) / stretch);
        } else {
            float shrink = alignment == Alignment.JUSTIFY ? items.shrink(start, b) : 0f;
            float ratio = shrink <= 0 ? Float.POSITIVE_INFINITY : (natural - width) / shrink;
            // an overfull line is allowed only when nothing else is possible
            badness = ratio > 1f ? INFINITE_BADNESS * 100 * (1 + (natural - width)) : badness(ratio);
        }
        float penalty = b < items.size() ? items.penalty(b) : 0f;
        float d = 1 + badness + Math.max(penalty, 0);
        return d * d;
    }

    private static float badness(float ratio) {
        float r = Math.abs(ratio);
        return Math.min(INFINITE_BADNESS, 100f * r * r * r);
    }

    private List<Line> setLines(ItemList items, int[] breaks, float width, Alignment alignment) {
        var lines = new ArrayList<Line>();
        int a = -1;
        for (int b : breaks) {
            int start = items.firstBoxAfter(a);
            boolean last = b == items.size();
            boolean forced = !last && items.isForced(b);
            lines.add(items.line(start, b, width, alignment, last || forced));
            a = b;
        }
        return lines;
    }
}
