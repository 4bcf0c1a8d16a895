package galley.text;

import galley.model.Language;
import galley.model.TextDirection;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * A paragraph as boxes (text that stays together), glue (space that may stretch, shrink or become
 * a line break; a no-break space stretches and shrinks alike but never breaks) and penalties (places to break without a space), with prefix sums so that any
 * line's width is found in constant time.
 */
final class ItemList {

    private static final byte BOX = 0;
    private static final byte GLUE = 1;
    private static final byte PENALTY = 2;
    /** Glue that is never a breakpoint: a no-break space. */
    private static final byte TIE = 3;
    /**
     * Glue that is never a breakpoint: the blank side of a full-width punctuation mark, inside
     * the mark's em. It has no width of its own (or minus the blank, where two marks meet and it
     * is taken out) and shrinks by as much as the mark may give up, but never stretches. Its
     * penalty slot holds the whole blank, which a line that starts with the mark leaves out.
     */
    private static final byte BLANK = 4;

    private static final char NO_BREAK_SPACE = '\u00A0';
    /** A place the author marked for a hyphen, shown only where a line breaks there. */
    private static final char SOFT_HYPHEN = '\u00AD';

    private static final float FORCED = -1_000_000f;

    private byte[] kinds;
    private int size;
    private final List<String> texts;
    private final List<Fragment> fragments;
    private float[] widths;
    private float[] stretches;
    private float[] shrinks;
    private float[] penalties;
    private float[] sumWidth;
    private float[] sumStretch;
    private float[] sumShrink;

    /** The cost of breaking a word with a hyphen, as TeX's \\hyphenpenalty. */
    private static final float HYPHEN_PENALTY = 50f;

    /**
     * The cost of hyphenating a paragraph's last word, which leaves the rest of the word alone on
     * its last line: as much as a line whose spaces stretch to about twice their width, so that it
     * is done only where every other way leaves a line gaping.
     */
    private static final float LAST_WORD_HYPHEN_PENALTY = 1000f;

    private Hyphenator hyphenator;
    private boolean hyphenateLastWord;
    /** Whether the paragraph holds a no-break space at all: most do not, and need not be searched for one. */
    private boolean hasTies;
    /** Whether the paragraph reads from right to left (its first strong letter is Hebrew, Arabic …). */
    private boolean rightToLeft;
    /** Whether any of its lines may need reordering: most paragraphs are left to right throughout. */
    private boolean bidirectional;
    /** Whether full-width punctuation gives up its blank to justify a line (Chinese and Japanese). */
    private boolean squeezesPunctuation;
    /** The kind of the mark the last box set, while nothing but glue of no width has followed it; else null. */
    private Yakumono.Kind lastMark;
    /** The blank after that mark, or -1. */
    private int lastMarkBlank = -1;
    /** The characters of names set as prose ({@link BreakRule#isIdentifier}), or null when the paragraph has none. */
    private BitSet names;

    // measures the parts of a piece that mixes directions, when a line is put in visual order
    private TextMeasure measure;
    /**
     * Whether code, addresses and names break only when their word is wider than the line: in a heading or
     * caption, whose ragged lines make any break cheap, a break at a space must win over one inside them.
     */
    private boolean keepFittingTokens;

    // sized for the paragraph at once: grown by doubling, the arrays were most of what setting a book allocated
    private ItemList(int capacity) {
        kinds = new byte[capacity];
        widths = new float[capacity];
        stretches = new float[capacity];
        shrinks = new float[capacity];
        penalties = new float[capacity];
        texts = new ArrayList<>(capacity);
        fragments = new ArrayList<>(capacity);
    }

    static ItemList build(List<Fragment> fragments, TextMeasure measure, Language language, float lineWidth, float firstIndent,
                          Hyphenator hyphenator) {
        return build(fragments, measure, language, lineWidth, firstIndent, hyphenator, false);
    }

    /**
     * As {@link #build(List, TextMeasure, Language, float, float, Hyphenator)}; with {@code hyphenateLastWord} the
     * paragraph's last word is hyphenated as freely as any other, as a table cell of one long word must be.
     */
    static ItemList build(List<Fragment> fragments, TextMeasure measure, Language language, float lineWidth, float firstIndent,
                          Hyphenator hyphenator, boolean hyphenateLastWord) {
        return build(fragments, measure, language, lineWidth, firstIndent, hyphenator, hyphenateLastWord, false);
    }

    /**
     * Ragged display text (a heading, a caption): never hyphenated, and broken inside code, an address or a
     * name only where its word alone is wider than the line.
     */
    static ItemList display(List<Fragment> fragments, TextMeasure measure, Language language, float lineWidth,
                            float firstIndent) {
        return build(fragments, measure, language, lineWidth, firstIndent, null, false, true);
    }

    private static ItemList build(List<Fragment> fragments, TextMeasure measure, Language language, float lineWidth,
                                  float firstIndent, Hyphenator hyphenator, boolean hyphenateLastWord,
                                  boolean keepFittingTokens) {
        var text = new StringBuilder();
        int[] owner = ownerIndex(fragments, text);
        String joined = text.toString();
        boolean bidirectional = VisualOrder.mayReorder(joined);
        // Arabic letters take their joined shapes before they are measured
        String all = bidirectional ? ArabicShaper.shape(joined) : joined;
        // a word and its space are two items, a hyphenation point two more: about one item in two characters
        var list = new ItemList(16 + all.length() / 2);
        list.hyphenator = hyphenator;
        list.hyphenateLastWord = hyphenateLastWord;
        list.hasTies = all.indexOf(NO_BREAK_SPACE) >= 0;
        list.rightToLeft = bidirectional && TextDirection.rightToLeft(all);
        list.bidirectional = bidirectional;
        list.measure = measure;
        list.squeezesPunctuation = language.setsOnCjkGrid();
        list.names = names(all);
        list.keepFittingTokens = keepFittingTokens;
        if (firstIndent > 0) {
            list.add(BOX, "", null, firstIndent, 0, 0, 0);
        }
        BreakIterator lineBreaks = BreakIterator.getLineInstance(language.locale());
        lineBreaks.setText(all);
        int start = 0;
        for (int end = lineBreaks.next(); end != BreakIterator.DONE; end = lineBreaks.next()) {
            if (insideToken(all, end, owner, fragments) || list.insideName(end)) {
                continue; // the token's own rule says where it breaks
            }
            if (end < all.length() && Kinsoku.notAtLineStart(all.codePointAt(end))
                    || Kinsoku.insideNumberWithUnit(all, end) || Kinsoku.leavesOneCharacter(all, end)) {
                continue;
            }
            if (afterApostrophe(all, end)) {
                continue; // the JDK breaks after one as after a closing quote, leaving "pool’" and "s" apart
            }
            if (beforeNumber(all, end)) {
                continue; // UAX #14 keeps a hyphen with the number after it (UTF-8, COVID-19); the JDK does not
            }
            list.addSegment(all, start, end, owner, fragments, measure, lineWidth);
            start = end;
        }
        // trailing glue would only add an empty line
        while (list.size > 0 && list.kinds[list.size - 1] != BOX) {
            list.removeLast();
        }
        list.sum();
        return list;
    }

    /** Concatenates the fragments' text into {@code text} and returns, per character, its fragment. */
    private static int[] ownerIndex(List<Fragment> fragments, StringBuilder text) {
        int total = 0;
        for (Fragment f : fragments) {
            total += f.text().length() + (f.breakAfterForced() ? 1 : 0);
        }
        int[] owner = new int[total];
        int at = 0;
        for (int i = 0; i < fragments.size(); i++) {
            Fragment f = fragments.get(i);
            text.append(f.text());
            for (int k = 0; k < f.text().length(); k++) {
                owner[at++] = i;
            }
            if (f.breakAfterForced()) {
                text.append('\n');
                owner[at++] = i;
            }
        }
        return owner;
    }

    /** The characters of the space-separated runs of {@code all} that are names, or null when none is. */
    private static BitSet names(String all) {
        BitSet names = null;
        int start = 0;
        for (int i = 0; i <= all.length(); i++) {
            if (i == all.length() || isSpace(all.charAt(i)) || all.charAt(i) == NO_BREAK_SPACE) {
                if (i - start >= 3 && BreakRule.isIdentifier(all, start, i)) {
                    names = names == null ? new BitSet(all.length()) : names;
                    names.set(start, i);
                }
                start = i + 1;
            }
        }
        return names;
    }

    /** Whether {@code at} falls between two characters of one name set as prose, whose breaks are all a last resort. */
    private boolean insideName(int at) {
        // the runs the names are marked in are kept apart by a space, which is never marked
        return names != null && names.get(at - 1) && names.get(at);
    }

    /** Whether {@code at} follows an apostrophe inside a word: pool’s, don’t, l’homme. */
    private static boolean afterApostrophe(String all, int at) {
        if (at < 2 || at >= all.length()) {
            return false;
        }
        char c = all.charAt(at - 1);
        return (c == '\u2019' || c == '\'') && Character.isLetter(all.charAt(at - 2))
                && Character.isLetter(all.charAt(at));
    }

    /** Whether {@code at} follows a hyphen joining a letter to a digit, as in UTF-8. */
    private static boolean beforeNumber(String all, int at) {
        return at >= 2 && at < all.length() && all.charAt(at - 1) == '-' && Character.isLetter(all.charAt(at - 2))
                && Character.isDigit(all.charAt(at));
    }

    /** Whether {@code at} falls between two characters of one code or address token, spaces aside. */
    private static boolean insideToken(String all, int at, int[] owner, List<Fragment> fragments) {
        return at < all.length() && owner[at - 1] == owner[at] && !isSpace(all.charAt(at - 1))
                && fragments.get(owner[at]).rule() != BreakRule.PROSE;
    }

    private void addSegment(String all, int start, int end, int[] owner, List<Fragment> fragments,
                            TextMeasure measure, float lineWidth) {
        int wordEnd = end;
        while (wordEnd > start && isSpace(all.charAt(wordEnd - 1))) {
            wordEnd--;
        }
        boolean forced = wordEnd < end && all.substring(wordEnd, end).indexOf('\n') >= 0;
        // words tied by no-break spaces: each its own boxes, a space between that stretches but never breaks
        int from = start;
        for (int at = start; hasTies && at < wordEnd; at++) {
            if (all.charAt(at) == NO_BREAK_SPACE) {
                addWord(all, from, at, false, owner, fragments, measure, lineWidth);
                Fragment f = fragments.get(owner[at]);
                float space = measure.width(" ", f.style());
                add(TIE, null, f, space, space / 2f, space / 3f, 0);
                from = at + 1;
            }
        }
        addWord(all, from, wordEnd, end == all.length(), owner, fragments, measure, lineWidth);
        if (wordEnd == start && size == 0 && !forced) {
            return; // leading spaces of a paragraph
        }
        if (forced) {
            add(PENALTY, null, null, 0, 0, 0, FORCED);
        } else if (wordEnd < end) {
            Fragment f = fragments.get(owner[wordEnd]);
            float space = measure.width(" ", f.style());
            add(GLUE, null, f, space, space / 2f, space / 3f, 0);
        } else if (end < all.length()) {
            if (isCjk(all.codePointBefore(end)) || isCjk(all.codePointAt(end))) {
                // between CJK characters, where justification spreads the line
                add(GLUE, null, null, 0, 0.5f, 0, 0);
            } else if (all.charAt(end - 1) == SOFT_HYPHEN) {
                // the hyphen shows only where the line breaks, in the style of the run holding the soft hyphen
                // (after a superscript, the word's own)
                Fragment f = fragments.get(owner[end - 1]).withoutMarks();
                add(PENALTY, "-", f, measure.width("-", f.style()), 0, 0, HYPHEN_PENALTY);
            } else {
                // after a hyphen or a dash: a place to break that adds no space to stretch
                add(PENALTY, null, null, 0, 0, 0, HYPHEN_PENALTY);
            }
        }
    }

    /** Adds the boxes of one word, split where its fragments meet; {@code last}: the paragraph's last word. */
    private void addWord(String all, int start, int end, boolean last, int[] owner, List<Fragment> fragments,
                         TextMeasure measure, float lineWidth) {
        // fragments follow each other, so a word whose first and last characters share one lies in it alone
        boolean styled = end - start > 1 && owner[start] != owner[end - 1];
        float width = styled || keepFittingTokens ? width(all, start, end, owner, fragments, measure) : 0f;
        if (styled && width > lineWidth && onlyProse(start, end, owner, fragments)) {
            addStyledWord(all, start, end, last, owner, fragments, measure, lineWidth);
            return;
        }
        boolean breakTokens = !keepFittingTokens || width > lineWidth;
        int pos = start;
        while (pos < end) {
            int frag = owner[pos];
            int stop = pos;
            while (stop < end && owner[stop] == frag) {
                stop++;
            }
            Fragment f = fragments.get(frag);
            boolean wholeWord = pos == start && stop == end;
            BreakRule rule = f.rule() == BreakRule.PROSE && names != null && names.get(pos)
                    ? BreakRule.IDENTIFIER : f.rule();
            if (rule != BreakRule.PROSE && f.image() == null) {
                if (breakTokens) {
                    addToken(all, pos, stop, f, rule, measure, lineWidth);
                } else {
                    addBoxes(all.substring(pos, stop), f, measure, lineWidth);
                }
            } else if (wholeWord && hyphenator != null && hyphenatorOf(f) != null) {
                // the last word of a paragraph is hyphenated only where nothing else avoids a gaping line
                addHyphenated(all.substring(pos, stop), f, measure, lineWidth, last && !hyphenateLastWord);
            } else {
                addBoxes(all.substring(pos, stop), f, measure, lineWidth);
            }
            pos = stop;
        }
    }

    /** Whether the characters {@code [start, end)} are all text set as prose. */
    private boolean onlyProse(int start, int end, int[] owner, List<Fragment> fragments) {
        for (int pos = start; pos < end; pos++) {
            Fragment f = fragments.get(owner[pos]);
            if (f.rule() != BreakRule.PROSE || f.image() != null || names != null && names.get(pos)) {
                return false;
            }
        }
        return true;
    }

    /** The width of {@code all[start, end)}, each fragment's part in its own style. */
    private static float width(String all, int start, int end, int[] owner, List<Fragment> fragments,
                               TextMeasure measure) {
        float width = 0f;
        for (int pos = start, stop; pos < end; pos = stop) {
            stop = pos;
            while (stop < end && owner[stop] == owner[pos]) {
                stop++;
            }
            Fragment f = fragments.get(owner[pos]);
            width += f.image() != null ? (stop - pos) * f.pictureWidth(Float.MAX_VALUE)
                    : measure.width(all.substring(pos, stop), f.style());
        }
        return width;
    }

    /** Adds a code, address or name token, with an unmarked break at each place {@code rule} allows. */
    private void addToken(String all, int from, int to, Fragment f, BreakRule rule, TextMeasure measure,
                          float lineWidth) {
        int piece = from;
        // two characters at least on each side of a break
        for (int at = from + 2; at <= to - 2; at++) {
            float cost = rule.breakCost(all, at);
            if (!Float.isNaN(cost)) {
                addBoxes(all.substring(piece, at), piece == from ? f : f.withoutMarks(), measure, lineWidth);
                add(PENALTY, null, null, 0, 0, 0, cost);
                piece = at;
            }
        }
        addBoxes(all.substring(piece, to), piece == from ? f : f.withoutMarks(), measure, lineWidth);
    }

    // text marked as written in another language is hyphenated by that language's patterns, or not at all
    private Hyphenator hyphenatorOf(Fragment f) {
        return f.language() == null ? hyphenator : Hyphenator.forLanguage(Language.of(f.language())).orElse(null);
    }

    /** Adds a word with a flagged penalty at each place its language allows a hyphen; a paragraph's last word costs more to break. */
    private void addHyphenated(String word, Fragment f, TextMeasure measure, float lineWidth, boolean lastWord) {
        float cost = lastWord ? LAST_WORD_HYPHEN_PENALTY : HYPHEN_PENALTY;
        int[] points = WordBreaks.hyphens(word, hyphenatorOf(f), lastWord);
        if (points.length == 0) {
            addBoxes(word, f, measure, lineWidth);
            return;
        }
        float hyphen = measure.width("-", f.style());
        int from = 0;
        for (int at : points) {
            addBoxes(word.substring(from, at), from == 0 ? f : f.withoutMarks(), measure, lineWidth);
            add(PENALTY, "-", f.withoutMarks(), hyphen, 0, 0, cost);
            from = at;
        }
        addBoxes(word.substring(from), f.withoutMarks(), measure, lineWidth);
    }

    /**
     * Adds a word set in several styles ({@code **Donau**dampfschiff}) that is wider than the line: broken at
     * its hyphenation points across the styles, and cut where a piece between them is still too wide, so
     * that no line runs past the margin.
     */
    private void addStyledWord(String all, int start, int end, boolean last, int[] owner, List<Fragment> fragments,
                               TextMeasure measure, float lineWidth) {
        String word = all.substring(start, end);
        boolean lastWord = last && !hyphenateLastWord;
        int[] hyphens = WordBreaks.hyphens(word, hyphenator, lastWord);
        int[] cuts = WordBreaks.cuts(word, hyphens, at -> fragments.get(owner[start + at]).style(), measure,
                lineWidth);
        int h = 0;
        int c = 0;
        for (int pos = start; pos < end; ) {
            int stop = pos;
            while (stop < end && owner[stop] == owner[pos]) {
                stop++;
            }
            int nextBreak = start + Math.min(h < hyphens.length ? hyphens[h] : end - start,
                    c < cuts.length ? cuts[c] : end - start);
            stop = Math.min(stop, nextBreak);
            Fragment f = fragments.get(owner[pos]);
            boolean fragmentStart = pos == start || owner[pos - 1] != owner[pos];
            addBoxes(all.substring(pos, stop), fragmentStart ? f : f.withoutMarks(), measure, lineWidth);
            if (stop == nextBreak && stop < end) {
                boolean hyphen = h < hyphens.length && hyphens[h] == stop - start;
                h += hyphen ? 1 : 0;
                c += c < cuts.length && cuts[c] == stop - start ? 1 : 0;
                if (hyphen) {
                    Fragment before = fragments.get(owner[stop - 1]).withoutMarks();
                    add(PENALTY, "-", before, measure.width("-", before.style()), 0, 0,
                            lastWord ? LAST_WORD_HYPHEN_PENALTY : HYPHEN_PENALTY);
                } else {
                    add(PENALTY, null, null, 0, 0, 0, 0);
                }
            }
            pos = stop;
        }
    }

    /** Adds a word piece, cut into pieces that fit when it is wider than a whole line. */
    private void addBoxes(String piece, Fragment f, TextMeasure measure, float lineWidth) {
        if (f.image() != null) {
            for (int k = 0; k < piece.length(); k++) {
                add(BOX, Fragment.PICTURE, f, f.pictureWidth(lineWidth), 0, 0, 0);
            }
            return;
        }
        float w = measure.width(piece, f.style());
        // a piece wider than the line is cut below, its marks set as they come
        if (squeezesPunctuation && w <= lineWidth && f.rule() == BreakRule.PROSE
                && f.style().face() != TextStyle.Face.MONO && addPunctuated(piece, f, measure)) {
            return;
        }
        if (w <= lineWidth || piece.length() < 2) {
            add(BOX, piece, f, w, 0, 0, 0);
            return;
        }
        int from = 0;
        while (from < piece.length()) {
            // widths of single characters: kerning across an emergency break does not matter
            int to = from;
            float used = 0f;
            do {
                int next = piece.offsetByCodePoints(to, 1);
                used += measure.width(piece.substring(to, next), f.style());
                if (used > lineWidth && to > from) {
                    break;
                }
                to = next;
            } while (to < piece.length());
            if (from > 0) {
                add(PENALTY, null, null, 0, 0, 0, 0);
            }
            String part = piece.substring(from, to);
            add(BOX, part, from == 0 ? f : f.withoutMarks(), measure.width(part, f.style()), 0, 0, 0);
            from = to;
        }
    }

    /**
     * Adds a word piece that holds full-width punctuation: each mark a box of its own, with glue
     * for the blank it may give up; false, with nothing added, when the piece holds none.
     */
    private boolean addPunctuated(String piece, Fragment f, TextMeasure measure) {
        int from = 0;
        Fragment marked = f;
        for (int at = 0; at < piece.length(); ) {
            int codePoint = piece.codePointAt(at);
            int next = at + Character.charCount(codePoint);
            Yakumono.Squeeze squeeze = Yakumono.squeeze(codePoint, f.style(), measure);
            if (squeeze != null) {
                if (at > from) {
                    String text = piece.substring(from, at);
                    add(BOX, text, marked, measure.width(text, f.style()), 0, 0, 0);
                    marked = f.withoutMarks();
                }
                String mark = piece.substring(at, next);
                addMark(squeeze, mark, marked, measure.width(mark, f.style()));
                marked = f.withoutMarks();
                from = next;
            }
            at = next;
        }
        if (from == 0) {
            return false;
        }
        if (from < piece.length()) {
            String text = piece.substring(from);
            add(BOX, text, marked, measure.width(text, f.style()), 0, 0, 0);
        }
        return true;
    }

    /**
     * Adds a punctuation mark between the glue of its blank sides. Where it meets the mark before
     * it, the blank between them is that of one mark at most: none between closing marks (。」),
     * none between opening ones (「『), the opening one's between a closing and an opening mark
     * (」「), as JLReq sets them.
     */
    private void addMark(Yakumono.Squeeze squeeze, String mark, Fragment f, float width) {
        boolean solid = false;
        if (lastMark != null) {
            if (lastMarkBlank >= 0) {
                widths[lastMarkBlank] = -penalties[lastMarkBlank];
                shrinks[lastMarkBlank] = 0f;
            }
            solid = squeeze.kind() == Yakumono.Kind.CLOSING
                    || squeeze.kind() == Yakumono.Kind.OPENING && lastMark == Yakumono.Kind.OPENING;
        }
        if (squeeze.blankBefore() > 0) {
            add(BLANK, null, null, solid ? -squeeze.blankBefore() : 0, 0, solid ? 0 : squeeze.before(),
                    squeeze.blankBefore());
        }
        add(BOX, mark, f, width, 0, 0, 0);
        int blank = -1;
        if (squeeze.blankAfter() > 0) {
            blank = size;
            add(BLANK, null, null, 0, 0, squeeze.after(), squeeze.blankAfter());
        }
        lastMark = squeeze.kind();
        lastMarkBlank = blank;
    }

    private static boolean isCjk(int c) {
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL
                || (c >= 0x3000 && c <= 0x303F) || (c >= 0xFF00 && c <= 0xFFEF);
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\n' || c == '\t';
    }

    private void add(byte kind, String text, Fragment fragment, float width, float stretch, float shrink, float penalty) {
        if (kind == BOX || kind == TIE || width != 0f && kind != BLANK) {
            // text or a space keeps marks from meeting; a break between them (no width) does not
            lastMark = null;
            lastMarkBlank = -1;
        }
        int i = size++;
        if (i == widths.length) {
            int grown = i * 2;
            kinds = java.util.Arrays.copyOf(kinds, grown);
            widths = java.util.Arrays.copyOf(widths, grown);
            stretches = java.util.Arrays.copyOf(stretches, grown);
            shrinks = java.util.Arrays.copyOf(shrinks, grown);
            penalties = java.util.Arrays.copyOf(penalties, grown);
        }
        kinds[i] = kind;
        texts.add(text);
        fragments.add(fragment);
        widths[i] = width;
        stretches[i] = stretch;
        shrinks[i] = shrink;
        penalties[i] = penalty;
    }

    private void removeLast() {
        int last = --size;
        texts.remove(last);
        fragments.remove(last);
    }

    private void sum() {
        int n = size;
        sumWidth = new float[n + 1];
        sumStretch = new float[n + 1];
        sumShrink = new float[n + 1];
        for (int i = 0; i < n; i++) {
            boolean counts = kinds[i] != PENALTY;
            sumWidth[i + 1] = sumWidth[i] + (counts ? widths[i] : 0);
            sumStretch[i + 1] = sumStretch[i] + (counts ? stretches[i] : 0);
            sumShrink[i + 1] = sumShrink[i] + (counts ? shrinks[i] : 0);
        }
    }

    int size() {
        return size;
    }

    boolean isBreakpoint(int i) {
        byte k = kinds[i];
        if (k == PENALTY) {
            return true;
        }
        return k == GLUE && i > 0 && (kinds[i - 1] == BOX || kinds[i - 1] == BLANK);
    }

    boolean isForced(int i) {
        return kinds[i] == PENALTY && penalties[i] <= FORCED;
    }

    /**
     * True for a break with no space: inside a word (at a hyphen, inside code or an address, or a
     * cut) or between two CJK characters.
     */
    boolean breaksInsideWord(int i) {
        return kinds[i] == PENALTY ? !isForced(i) : kinds[i] == GLUE && widths[i] == 0f;
    }

    /** True for a break that sets a hyphen at the end of its line. */
    boolean isFlagged(int i) {
        return kinds[i] == PENALTY && widths[i] > 0;
    }

    float penalty(int i) {
        return kinds[i] == PENALTY && !isForced(i) ? penalties[i] : 0f;
    }

    /** The width a break at {@code i} adds to the line before it (a hyphen, once hyphenation exists). */
    float breakWidth(int i) {
        return kinds[i] == PENALTY ? widths[i] : 0f;
    }

    /** The first box after the break at {@code breakIndex} (-1: the paragraph's start). */
    int firstBoxAfter(int breakIndex) {
        int i = breakIndex + 1;
        while (i < size && kinds[i] != BOX) {
            i++;
        }
        return i;
    }

    /** The width of the widest run of items no break may divide, a hyphen it ends with included. */
    float widestPiece() {
        return widestBetween(true);
    }

    /**
     * The width of the widest word: as {@link #widestPiece()}, but never broken at a hyphenation point, nor
     * inside a name set as prose, which is broken as a last resort too.
     */
    float widestWord() {
        return widestBetween(false);
    }

    private float widestBetween(boolean atHyphens) {
        float widest = 0f;
        int start = firstBoxAfter(-1);
        for (int b = 0; b <= size; b++) {
            if (b == size || isBreakpoint(b) && (atHyphens || !isFlagged(b) && penalty(b) < BreakRule.LAST_RESORT)) {
                widest = Math.max(widest, width(start, b) + (b < size ? breakWidth(b) : 0f));
                start = b < size ? firstBoxAfter(b) : size;
            }
        }
        return widest;
    }

    /** The width of the widest line when the items break only where they must. */
    float widestLine() {
        float widest = 0f;
        int start = 0;
        for (int b = 0; b <= size; b++) {
            if (b == size || isForced(b)) {
                widest = Math.max(widest, width(start, b));
                start = b + 1;
            }
        }
        return widest;
    }

    float width(int from, int to) {
        return to <= from ? 0f : sumWidth[to] - sumWidth[from] - trimmed(from);
    }

    /**
     * The blank a line that starts at box {@code from} leaves out before it: an opening mark that
     * starts a line is set against the margin, its blank half taken out (JLReq, and CSS's
     * text-spacing-trim by default).
     */
    private float trimmed(int from) {
        float blank = 0f;
        for (int i = from - 1; i >= 0 && kinds[i] == BLANK; i--) {
            blank += penalties[i];
        }
        return blank;
    }

    float stretch(int from, int to) {
        return to <= from ? 0f : sumStretch[to] - sumStretch[from];
    }

    float shrink(int from, int to) {
        return to <= from ? 0f : sumShrink[to] - sumShrink[from];
    }

    /** Sets items {@code from} to {@code to} (exclusive) as one line, justified unless {@code last}. */
    Line line(int from, int to, float lineWidth, Alignment alignment, boolean last) {
        float natural = width(from, to) + (to < size ? breakWidth(to) : 0f);
        float ratio = 0f;
        float gap = lineWidth - natural;
        if (alignment == Alignment.JUSTIFY && (!last || gap < 0)) {
            // a last line is set at its natural spacing, unless the breaker chose it counting on its spaces shrinking
            float give = gap >= 0 ? stretch(from, to) : shrink(from, to);
            ratio = give > 0 ? Math.max(-1f, gap / give) : 0f;
        }
        var pieces = new ArrayList<Line.Piece>();
        float x = -trimmed(from);
        for (int i = from; i < to; i++) {
            byte k = kinds[i];
            if (k == BOX) {
                if (!texts.get(i).isEmpty() || fragments.get(i) != null) {
                    pieces.add(new Line.Piece(x, widths[i], texts.get(i), fragments.get(i)));
                }
                x += widths[i];
            } else if (k == GLUE || k == TIE || k == BLANK) {
                x += widths[i] + ratio * (ratio >= 0 ? stretches[i] : shrinks[i]);
            }
        }
        if (to < size && isFlagged(to)) {
            pieces.add(new Line.Piece(x, widths[to], "-", fragments.get(to)));
            x += widths[to];
        }
        float offset = switch (alignment) {
            case CENTER -> Math.max(0f, (lineWidth - x) / 2f);
            case RIGHT -> Math.max(0f, lineWidth - x);
            default -> 0f;
        };
        if (offset > 0) {
            pieces.replaceAll(p -> new Line.Piece(p.x() + offset, p.width(), p.text(), p.fragment()));
        }
        // broken in reading order, each line is then set in the order the eye reads it
        Line line = new Line(pieces, x + offset);
        return bidirectional ? VisualOrder.of(line, rightToLeft, lineWidth, alignment, measure) : line;
    }
}
