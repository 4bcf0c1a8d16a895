package galley.font;

import java.util.List;

/**
 * The fonts tried in turn for one text style, the style's own font first, which remembers for each
 * character the font that draws it and its advance.
 *
 * <p>A lookup returns a packed int: the font's slot in the top byte (one of {@link #IGNORED},
 * {@link #BLANK}, {@link #BOXED}, {@link #MISSING}, or a font index plus one) and the advance in
 * thousandths of an em in the low 24 bits. Packed values are never 0, so 0 marks a character not looked up yet.
 */
final class FontChain {

    /**
     * Punctuation shared with Latin text that a Chinese or Japanese book sets a full em wide, as
     * CJK fonts draw it (see {@link FullWidth#before}), in the first font that has it.
     */
    static final int BOXED = 0xFC;
    /** A character that is never drawn and takes no room, such as a soft hyphen or a joiner. */
    static final int IGNORED = 0xFD;
    /** A space no font has, drawn as empty room of the usual width. */
    static final int BLANK = 0xFE;
    /**
     * A visible character no font in the chain has. It is shown as {@link #REPLACEMENT}, centred in
     * room as wide as the character's kind (a full em for an ideograph), so that the reader sees
     * that something is missing where it is; without a font that has the replacement, it takes no
     * room and is not drawn.
     */
    static final int MISSING = 0xFF;

    /** U+FFFD REPLACEMENT CHARACTER, shown for a character no font has. */
    static final int REPLACEMENT = 0xFFFD;

    private final EmbeddedFont[] fonts;
    private final boolean fullWidthPunctuation;
    private final CodePointTable packed = new CodePointTable(this::resolve);

    FontChain(List<EmbeddedFont> fonts) {
        this(fonts, false);
    }

    /** A chain that sets shared punctuation a full em wide ({@link #BOXED}) when {@code fullWidthPunctuation}. */
    FontChain(List<EmbeddedFont> fonts, boolean fullWidthPunctuation) {
        this.fonts = fonts.toArray(new EmbeddedFont[0]);
        this.fullWidthPunctuation = fullWidthPunctuation;
    }

    EmbeddedFont primary() {
        return fonts[0];
    }

    EmbeddedFont font(int slot) {
        return fonts[slot - 1];
    }

    static int slot(int packed) {
        return packed >>> 24;
    }

    static int units(int packed) {
        return packed & 0xFFFFFF;
    }

    /** Whether {@code packed} names a real font of the chain. */
    static boolean drawn(int packed) {
        return slot(packed) < BOXED;
    }

    int lookup(int codePoint) {
        return packed.get(codePoint);
    }

    private int resolve(int codePoint) {
        if (isIgnorable(codePoint)) {
            return pack(IGNORED, 0);
        }
        int font = fontOf(codePoint);
        if (font >= 0) {
            int advance = fonts[font].advance(codePoint);
            if (fullWidthPunctuation && advance < FullWidth.EM && FullWidth.before(codePoint, 0) >= 0) {
                return pack(BOXED, FullWidth.EM);
            }
            return pack(font + 1, advance);
        }
        if (Character.getType(codePoint) == Character.SPACE_SEPARATOR) {
            return pack(BLANK, blankAdvance(codePoint));
        }
        int replacement = advance(REPLACEMENT);
        if (replacement < 0) {
            return pack(MISSING, 0);
        }
        return pack(MISSING, FullWidth.letter(codePoint) ? FullWidth.EM : replacement);
    }

    /** The advance of {@code codePoint} in the first font that has it, or -1. */
    private int advance(int codePoint) {
        int font = fontOf(codePoint);
        return font < 0 ? -1 : fonts[font].advance(codePoint);
    }

    private int fontOf(int codePoint) {
        for (int i = 0; i < fonts.length; i++) {
            if (fonts[i].advance(codePoint) >= 0) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Adds to {@code runs} the pieces that show {@code codePoint}, whose lookup is {@link #BOXED} or
     * {@link #MISSING}: its glyph, or the replacement's, in the room its lookup gives it, with empty
     * room before and after.
     */
    void boxed(int codePoint, List<FontRun> runs) {
        int packed = lookup(codePoint);
        int room = units(packed);
        int shown = slot(packed) == MISSING ? REPLACEMENT : codePoint;
        int font = fontOf(shown);
        if (font < 0) {
            return;
        }
        int advance = fonts[font].advance(shown);
        // the replacement may be a little wider than its room: then the room before is negative
        int before = shown == codePoint ? FullWidth.before(codePoint, room - advance) : (room - advance) / 2;
        if (before != 0) {
            runs.add(new FontRun(null, "", before));
        }
        runs.add(new FontRun(fonts[font], Character.toString(shown), advance));
        if (room - before - advance != 0) {
            runs.add(new FontRun(null, "", room - before - advance));
        }
    }

    /**
     * The blank room inside the advance of {@code codePoint} before and after its ink, in
     * thousandths of an em, as {@link #boxed} or its font draws it; {0, 0} when it is not drawn.
     * A CJK font draws a mark on a body of half or a quarter of an em, however little ink it
     * has (the full stop's is a quarter em wide): the blank is counted in quarter ems, at most a
     * half, so that a squeezed mark keeps its body. Shared punctuation that Galley boxes has its
     * own advance for body, and all the room beside it is blank.
     */
    int[] blank(int codePoint) {
        int packed = lookup(codePoint);
        int slot = slot(packed);
        if (slot == BOXED) {
            int font = fontOf(codePoint);
            int room = units(packed) - fonts[font].advance(codePoint);
            int before = FullWidth.before(codePoint, room);
            return new int[] {before, room - before};
        }
        int[] ink = slot < BOXED ? fonts[slot - 1].ink(codePoint) : null;
        if (ink == null) {
            return new int[] {0, 0};
        }
        return new int[] {quarters(ink[0]), quarters(units(packed) - ink[1])};
    }

    /** {@code blank} in whole quarters of an em, at most two. */
    private static int quarters(int blank) {
        return Math.min(FullWidth.EM / 2, Math.max(0, blank) / (FullWidth.EM / 4) * (FullWidth.EM / 4));
    }

    private static int pack(int slot, int units) {
        return slot << 24 | Math.min(Math.max(units, 0), 0xFFFFFF);
    }

    /** Characters that only steer other characters (format controls, joiners, variation selectors). */
    static boolean isIgnorable(int codePoint) {
        int type = Character.getType(codePoint);
        return type == Character.CONTROL
                || type == Character.FORMAT
                || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR
                || codePoint == 0x034F
                || (codePoint >= 0x180B && codePoint <= 0x180F)
                || (codePoint >= 0xFE00 && codePoint <= 0xFE0F)
                || (codePoint >= 0xE0100 && codePoint <= 0xE01EF);
    }

    // The widths typesetters give the Unicode spaces, in thousandths of an em.
    private int blankAdvance(int codePoint) {
        return switch (codePoint) {
            case 0x2001, 0x2003, 0x3000 -> 1000;
            case 0x2000, 0x2002 -> 500;
            case 0x2004 -> 333;
            case 0x2005 -> 250;
            case 0x205F -> 222;
            case 0x2009, 0x202F -> 200;
            case 0x2006 -> 167;
            case 0x200A -> 100;
            case 0x2007 -> Math.max(0, fonts[0].advance('0'));
            case 0x2008 -> Math.max(0, fonts[0].advance('.'));
            default -> Math.max(0, fonts[0].advance(' '));
        };
    }
}
