package galley.text;

import galley.model.Language;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Breaks a paragraph's fragments into lines by total fit: it chooses the breaks that keep the
 * spacing of all lines together most even, rather than filling each line greedily, in the manner
 * of Knuth and Plass. Break opportunities come from the JDK's line BreakIterator for the book's
 * language, so CJK text, which has no spaces, breaks between characters.
 */
public final class LineBreaker {

    /** Where badness stops growing, so that demerits, its square, stay well inside a float. */
    private static final float MAX_BADNESS = 1e8f;

    /** Extra cost of two hyphenated lines in a row, as TeX's \\doublehyphendemerits. */
    private static final float DOUBLE_HYPHEN = 10_000f;

    /**
     * Extra cost of a third hyphenated line in a row (and of each after it): about the demerits of
     * a line whose spaces stretch to two and a half times their width, so that ordinary text never
     * has three, but a paragraph of long words gets its hyphens rather than lines of gaping spaces.
     */
    private static final float THIRD_HYPHEN = 10_000_000f;

    /**
     * Extra cost of a fourth hyphenated line in a row (and of each after it): a ladder of hyphens
     * down the margin is set only where no other breaks exist at all. Three is the most, as in
     * the default of InDesign's hyphen limit.
     */
    private static final float FOURTH_HYPHEN = 1e12f;

    /** The hyphen runs a way of reaching a break is told apart by: none, one, two, three or more. */
    private static final int RUNS = 4;

    private final TextMeasure measure;
    private final Language language;
    private final Hyphenator hyphenator;

    public LineBreaker(TextMeasure measure, Language language) {
        this.measure = measure;
        this.language = language;
        this.hyphenator = Hyphenator.forLanguage(language).orElse(null);
    }

    /**
     * Sets {@code fragments} into lines of {@code width} points; the first line is indented by
     * {@code firstIndent}.
     */
    public List<Line> breakLines(List<Fragment> fragments, float width, float firstIndent, Alignment alignment) {
        // headings, captions and other ragged text are never hyphenated, nor broken inside code that fits
        ItemList items = alignment == Alignment.JUSTIFY
                ? ItemList.build(fragments, measure, language, width, firstIndent, hyphenator)
                : ItemList.display(fragments, measure, language, width, firstIndent);
        return set(items, width, alignment);
    }

    /**
     * Sets a table cell: as {@link #breakLines} without a first indent, and with {@code hyphenate} every word may
     * be hyphenated, the last one too, for a column narrower than its longest word.
     */
    public List<Line> breakCell(List<Fragment> fragments, float width, Alignment alignment, boolean hyphenate) {
        return set(ItemList.build(fragments, measure, language, width, 0f, hyphenate ? hyphenator : null, true), width,
                alignment);
    }

    /**
     * What a table cell's content asks of its column, from one reading of it: the narrowest measure
     * it can be set in hyphenated, and without cutting a word (each the width of its widest piece
     * between break opportunities: a word's widest part between hyphenation points, hyphen
     * included; a whole word, or a CJK character with the punctuation that may not leave it), and
     * its width set without a break it does not force.
     */
    public CellWidths cellWidths(List<Fragment> fragments) {
        ItemList items = ItemList.build(fragments, measure, language, Float.MAX_VALUE, 0f, hyphenator, true);
        return new CellWidths(items.widestPiece(), items.widestWord(), items.widestLine());
    }

    /** A cell's narrowest widths, hyphenated and by whole words, and its natural width. */
    public record CellWidths(float hyphenated, float words, float natural) {
    }

    private List<Line> set(ItemList items, float width, Alignment alignment) {
        return items.size() == 0 ? List.of() : setLines(items, chooseBreaks(items, width, alignment), width, alignment);
    }

    /**
     * The breaks of least total demerits. A place to break is weighed once for each way of reaching
     * it that differs in what may follow: after an ordinary break, after one, two, or three or more
     * hyphenated lines; keeping only the cheapest way would let a run of hyphens chosen early
     * forbid the hyphen a later line needs.
     */
    private int[] chooseBreaks(ItemList items, float width, Alignment alignment) {
        int n = items.size();
        // every way of reaching a break found so far: its break and the way before it, to read the lines back
        var ways = new Ways();
        // the ways a line may still start after, in the order of their breaks, with what the loop reads of each
        var active = new Ways();
        active.add(-1, ways.add(-1, -1), items.firstBoxAfter(-1), 0, 0f);
        float[] best = new float[RUNS];
        int[] from = new int[RUNS];
        for (int b = 0; b <= n; b++) {
            if (b < n && !items.isBreakpoint(b)) {
                continue;
            }
            boolean last = b == n;
            boolean forced = !last && items.isForced(b);
            boolean flagged = !last && items.isFlagged(b);
            float extra = last ? 0 : items.breakWidth(b);
            Arrays.fill(best, Float.POSITIVE_INFINITY);
            boolean found = false;
            int overfullStart = -1;
            for (int k = active.size - 1; k >= 0; k--) {
                int start = active.start[k];
                float natural = items.width(start, b) + extra;
                boolean overfull = natural - items.shrink(start, b) > width;
                if (overfull && found && start != overfullStart) {
                    break; // lines starting earlier would be longer still
                }
                float demerits = active.total[k] + lineDemerits(items, start, b, natural, width, alignment, last || forced);
                int run = active.run[k];
                if (flagged && run > 0) {
                    demerits += run == 1 ? DOUBLE_HYPHEN : run == 2 ? THIRD_HYPHEN : FOURTH_HYPHEN;
                }
                int state = flagged ? Math.min(run + 1, RUNS - 1) : 0;
                if (demerits < best[state]) {
                    best[state] = demerits;
                    from[state] = active.way[k];
                }
                found = true;
                if (overfull) {
                    overfullStart = start; // the other ways of reaching the same break are weighed too
                }
            }
            if (!found) {
                continue;
            }
            if (forced) {
                // nothing may break across a forced break
                active.size = 0;
            }
            // a way after more hyphens that costs no less than one after fewer: nothing could prefer it
            for (int state = RUNS - 1; state >= 2; state--) {
                for (int fewer = 1; fewer < state; fewer++) {
                    if (best[state] >= best[fewer]) {
                        best[state] = Float.POSITIVE_INFINITY;
                    }
                }
            }
            for (int state = 0; state < RUNS; state++) {
                if (best[state] < Float.POSITIVE_INFINITY) {
                    active.add(b, ways.add(b, from[state]), items.firstBoxAfter(b), state, best[state]);
                }
            }
        }
        // the paragraph's end, reached last and only by an unflagged break
        int lines = 0;
        for (int way = ways.size - 1; ways.previous[way] >= 0; way = ways.previous[way]) {
            lines++;
        }
        int[] breaks = new int[lines];
        for (int way = ways.size - 1, i = lines - 1; i >= 0; way = ways.previous[way], i--) {
            breaks[i] = ways.position[way];
        }
        return breaks;
    }

    /**
     * Ways of reaching a break, in parallel arrays: at which break, by which way before it; and, for
     * the ways still active, the first box of the line after it, the hyphenated lines just before
     * it (three meaning three or more) and the demerits so far.
     */
    private static final class Ways {
        int[] position = new int[64];
        int[] previous = new int[64];
        int[] way = new int[64];
        int[] start = new int[64];
        int[] run = new int[64];
        float[] total = new float[64];
        int size;

        /** Records a way of reaching {@code at}; returns its index. */
        int add(int at, int before) {
            grow();
            position[size] = at;
            previous[size] = before;
            return size++;
        }

        /** Adds an active way: the recorded way {@code index}, with what the breaker reads of it. */
        void add(int at, int index, int firstBox, int hyphens, float demerits) {
            grow();
            position[size] = at;
            way[size] = index;
            start[size] = firstBox;
            run[size] = hyphens;
            total[size] = demerits;
            size++;
        }

        private void grow() {
            if (size == position.length) {
                int grown = size * 2;
                position = Arrays.copyOf(position, grown);
                previous = Arrays.copyOf(previous, grown);
                way = Arrays.copyOf(way, grown);
                start = Arrays.copyOf(start, grown);
                run = Arrays.copyOf(run, grown);
                total = Arrays.copyOf(total, grown);
            }
        }
    }

    private static float lineDemerits(ItemList items, int start, int b, float natural, float width,
                                      Alignment alignment, boolean fill) {
        float badness;
        if (fill && natural <= width) {
            badness = 0f;
        } else if (natural < width) {
            float stretch = alignment == Alignment.JUSTIFY ? items.stretch(start, b) : width / 3f;
            if (stretch <= 0 && b < items.size() && items.breaksInsideWord(b)) {
                // nothing to spread, as in a line of one web address broken at its slashes: the line
                // stays short, rated as if it had the give of an ordinary line's dozen spaces, so
                // that a point or two short is fine and a lone word on a wide measure is not
                stretch = width / 25f;
            }
            badness = stretch <= 0 ? MAX_BADNESS : badness((width - natural) / stretch);
        } else {
            float shrink = alignment == Alignment.JUSTIFY ? items.shrink(start, b) : 0f;
            float ratio = shrink <= 0 ? Float.POSITIVE_INFINITY : (natural - width) / shrink;
            // an overfull line is allowed only when nothing else is possible
            badness = ratio > 1f ? MAX_BADNESS * 10 * (1 + (natural - width)) : badness(ratio);
        }
        float penalty = b < items.size() ? items.penalty(b) : 0f;
        float d = 1 + badness + Math.max(penalty, 0);
        return d * d;
    }

    /**
     * TeX's badness, 100 r³, but not stopped at TeX's 10 000: a line stretched five times its
     * spaces' give is still better than one stretched twenty times, and the choice among such
     * lines decides whether a long word is hyphenated or left to gape.
     */
    private static float badness(float ratio) {
        float r = Math.abs(ratio);
        return Math.min(MAX_BADNESS, 100f * r * r * r);
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
