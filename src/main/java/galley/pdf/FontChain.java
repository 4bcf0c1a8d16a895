package galley.pdf;

import java.util.List;

/**
 * The fonts tried in turn for one text style, the style's own font first, which remembers for each
 * character the font that draws it and its advance.
 *
 * <p>A lookup returns a packed int: the font's slot in the top byte (one of {@link #IGNORED},
 * {@link #BLANK}, {@link #MISSING}, or a font index plus one) and the advance in thousandths of an
 * em in the low 24 bits. Packed values are never 0, so 0 marks a character not looked up yet.
 */
final class FontChain {

    /** A character that is never drawn and takes no room, such as a soft hyphen or a joiner. */
    static final int IGNORED = 0xFD;
    /** A space no font has, drawn as empty room of the usual width. */
    static final int BLANK = 0xFE;
    /** A visible character no font in the chain has; it takes no room and is not drawn. */
    static final int MISSING = 0xFF;

    private final EmbeddedFont[] fonts;
    private final CodePointTable packed = new CodePointTable(this::resolve);

    FontChain(List<EmbeddedFont> fonts) {
        this.fonts = fonts.toArray(new EmbeddedFont[0]);
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
        return slot(packed) < IGNORED;
    }

    int lookup(int codePoint) {
        return packed.get(codePoint);
    }

    private int resolve(int codePoint) {
        if (isIgnorable(codePoint)) {
            return pack(IGNORED, 0);
        }
        for (int i = 0; i < fonts.length; i++) {
            int advance = fonts[i].advance(codePoint);
            if (advance >= 0) {
                return pack(i + 1, advance);
            }
        }
        if (Character.getType(codePoint) == Character.SPACE_SEPARATOR) {
            return pack(BLANK, blankAdvance(codePoint));
        }
        return pack(MISSING, 0);
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
