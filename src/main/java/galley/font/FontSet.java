package galley.font;

import galley.model.Language;
import galley.text.TextMeasure;
import galley.text.TextStyle;

import java.util.ArrayList;
import java.util.List;

/**
 * The fonts of the print edition and their metrics: Liberation Serif, Sans and Mono in four styles
 * each, then DejaVu Sans for symbols and Droid Sans Fallback for Chinese, Japanese and Korean, all
 * shipped inside Galley and embedded as subsets. Each character of a text is set in the first font
 * of its style's chain that has a glyph for it. Safe to share between threads.
 *
 * <p>A Chinese, Japanese or Korean book sets its Latin text (the serif face) in Liberation Sans:
 * its one CJK font, Droid Sans Fallback, is a gothic, and CJK typesetting pairs a gothic with a
 * sans serif, as a mincho with a serif. A Chinese or Japanese book also sets the punctuation its
 * text shares with Latin text (“ ” ‘ ’ … ‥ — ― ·) a full em wide, as its CJK fonts draw them,
 * everywhere but in code.
 */
public final class FontSet implements TextMeasure {

    private static final String LIBERATION = "/liberation/";
    private static final String BUNDLED = "/galley/fonts/";

    private final List<EmbeddedFont> fonts;
    private final FontChain[] chains;

    private FontSet(List<EmbeddedFont> fonts, FontChain[] chains) {
        this.fonts = List.copyOf(fonts);
        this.chains = chains;
    }

    /** The fonts Galley ships with, as a book in a Western language uses them; loaded once per process. */
    public static FontSet standard() {
        return Western.INSTANCE;
    }

    /** The fonts as a book in {@code language} uses them; loaded once per process. */
    public static FontSet forLanguage(Language language) {
        if (language.setsOnCjkGrid()) {
            return ChineseJapanese.INSTANCE;
        }
        return language.script() == Language.Script.HANGUL ? Korean.INSTANCE : standard();
    }

    // each set is made when first asked for; all share the fonts, each read once
    private static final class Faces {
        static final List<EmbeddedFont> FALLBACKS = List.of(
                EmbeddedFont.load(BUNDLED + "DejaVuSans.ttf"),
                EmbeddedFont.load(BUNDLED + "DroidSansFallback.ttf"));
        // by face, then bold and italic, as chains are
        static final List<EmbeddedFont> OWN = own();

        private static List<EmbeddedFont> own() {
            List<EmbeddedFont> own = new ArrayList<>();
            for (TextStyle.Face face : TextStyle.Face.values()) {
                for (int variant = 0; variant < 4; variant++) {
                    own.add(EmbeddedFont.load(LIBERATION + liberationName(face, (variant & 2) != 0, (variant & 1) != 0)));
                }
            }
            return own;
        }
    }

    private static final class Western {
        static final FontSet INSTANCE = load(false, false);
    }

    private static final class Korean {
        static final FontSet INSTANCE = load(true, false);
    }

    private static final class ChineseJapanese {
        static final FontSet INSTANCE = load(true, true);
    }

    /**
     * The set whose serif face is drawn in the sans fonts when {@code sansText}, and whose chains,
     * but for code's, set shared punctuation full width when {@code fullWidthPunctuation}.
     */
    private static FontSet load(boolean sansText, boolean fullWidthPunctuation) {
        FontChain[] chains = new FontChain[TextStyle.Face.values().length * 4];
        for (TextStyle.Face face : TextStyle.Face.values()) {
            TextStyle.Face drawn = sansText && face == TextStyle.Face.SERIF ? TextStyle.Face.SANS : face;
            for (int variant = 0; variant < 4; variant++) {
                List<EmbeddedFont> chain = new ArrayList<>();
                chain.add(Faces.OWN.get(drawn.ordinal() * 4 + variant));
                chain.addAll(Faces.FALLBACKS);
                chains[face.ordinal() * 4 + variant] =
                        new FontChain(chain, fullWidthPunctuation && face != TextStyle.Face.MONO);
            }
        }
        List<EmbeddedFont> all = new ArrayList<>(Faces.OWN);
        all.addAll(Faces.FALLBACKS);
        return new FontSet(all, chains);
    }

    private static String liberationName(TextStyle.Face face, boolean bold, boolean italic) {
        String family = switch (face) {
            case SERIF -> "LiberationSerif";
            case SANS -> "LiberationSans";
            case MONO -> "LiberationMono";
        };
        String style = bold ? (italic ? "BoldItalic" : "Bold") : (italic ? "Italic" : "Regular");
        return family + "-" + style + ".ttf";
    }

    private FontChain chain(TextStyle style) {
        return chains[style.face().ordinal() * 4 + (style.bold() ? 2 : 0) + (style.italic() ? 1 : 0)];
    }

    @Override
    public float width(String text, TextStyle style) {
        FontChain chain = chain(style);
        long units = 0;
        int length = text.length();
        for (int i = 0; i < length; ) {
            int codePoint = text.codePointAt(i);
            i += Character.charCount(codePoint);
            units += FontChain.units(chain.lookup(codePoint));
        }
        return units * style.size() / 1000f;
    }

    @Override
    public Blank blank(int codePoint, TextStyle style) {
        int[] units = chain(style).blank(codePoint);
        return new Blank(units[0] * style.size() / 1000f, units[1] * style.size() / 1000f);
    }

    @Override
    public float ascent(TextStyle style) {
        return chain(style).primary().ascent(style.size());
    }

    @Override
    public float descent(TextStyle style) {
        return chain(style).primary().descent(style.size());
    }

    /**
     * Whether text in {@code style} shows {@code codePoint}: some font of the chain has a glyph for
     * it, or it is a space or an invisible format character that needs none.
     */
    public boolean covers(int codePoint, TextStyle style) {
        return FontChain.slot(chain(style).lookup(codePoint)) != FontChain.MISSING;
    }

    /** Every font the set may embed, in a fixed order. */
    public List<EmbeddedFont> fonts() {
        return fonts;
    }

    /**
     * Splits {@code text} into the pieces each font draws, in order. Invisible characters are left
     * out; spaces no font has become empty runs; a character no font has becomes a replacement
     * character in room of its own (see {@link FontChain#MISSING}).
     */
    public List<FontRun> runs(String text, TextStyle style) {
        FontChain chain = chain(style);
        // most runs are drawn whole by one font: then the text needs no copying
        int slot = 0;
        int units = 0;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            i += Character.charCount(codePoint);
            int packed = chain.lookup(codePoint);
            int next = FontChain.slot(packed);
            if (next == FontChain.IGNORED || next == FontChain.MISSING || next == FontChain.BOXED
                    || (slot != 0 && next != slot)) {
                return pieces(chain, text);
            }
            slot = next;
            units += FontChain.units(packed);
        }
        return slot == 0 ? List.of() : List.of(run(chain, slot, text, units));
    }

    private static List<FontRun> pieces(FontChain chain, String text) {
        List<FontRun> runs = new ArrayList<>(2);
        StringBuilder piece = new StringBuilder(text.length());
        int pieceSlot = 0;
        int pieceUnits = 0;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            i += Character.charCount(codePoint);
            int packed = chain.lookup(codePoint);
            int slot = FontChain.slot(packed);
            if (slot == FontChain.IGNORED) {
                continue;
            }
            boolean boxed = slot == FontChain.MISSING || slot == FontChain.BOXED;
            if (pieceSlot != 0 && (boxed || slot != pieceSlot)) {
                runs.add(run(chain, pieceSlot, piece, pieceUnits));
                piece.setLength(0);
                pieceUnits = 0;
                pieceSlot = 0;
            }
            if (boxed) {
                chain.boxed(codePoint, runs);
                continue;
            }
            pieceSlot = slot;
            piece.appendCodePoint(codePoint);
            pieceUnits += FontChain.units(packed);
        }
        if (pieceSlot != 0) {
            runs.add(run(chain, pieceSlot, piece, pieceUnits));
        }
        return runs;
    }

    private static FontRun run(FontChain chain, int slot, CharSequence text, int units) {
        EmbeddedFont font = slot == FontChain.BLANK ? null : chain.font(slot);
        return new FontRun(font, text.toString(), units);
    }
}
