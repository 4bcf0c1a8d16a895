package galley.pdf;

import galley.font.EmbeddedFont;

import com.lowagie.text.pdf.ByteBuffer;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfWriter;

import java.util.BitSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes text into a page's content stream as the two-byte glyph codes of an Identity-H font, and
 * keeps the characters each font has drawn in one document.
 *
 * <p>OpenPDF would look every character up in hash maps, boxed, each time it is drawn, to learn
 * its glyph and to note it for the font's subset; a long book spends a third of its drawing there.
 * Here a glyph is found in the font's own table, and OpenPDF is told of each character once, the
 * first time a page draws it, so that its subset still holds every glyph. The bytes written are
 * those OpenPDF writes.
 */
final class GlyphWriter {

    /** The characters met in each font, and those met since last asked, each once, in the order met. */
    private static final class Met {
        private final Map<EmbeddedFont, BitSet> seen = new IdentityHashMap<>();
        private final Map<EmbeddedFont, StringBuilder> since = new LinkedHashMap<>();

        BitSet seen(EmbeddedFont font) {
            return seen.computeIfAbsent(font, f -> new BitSet());
        }

        /** Meets {@code codePoint} in {@code font}, whose characters met so far are {@code seenInFont}. */
        void meet(EmbeddedFont font, BitSet seenInFont, int codePoint) {
            if (!seenInFont.get(codePoint)) {
                seenInFont.set(codePoint);
                since.computeIfAbsent(font, f -> new StringBuilder()).appendCodePoint(codePoint);
            }
        }
    }

    // in the whole document; those met since are the ones the page being drawn drew first
    private final Met document = new Met();
    // on the page being drawn, when it is recorded, to be registered again if it is drawn from
    // its record; else null
    private Met page;
    private byte[] scratch = new byte[256];

    /**
     * Appends the glyph codes of {@code text} in {@code font} to {@code out} as the bytes of a PDF
     * string, escaped, without its parentheses. Characters the font lacks are left out.
     */
    void append(EmbeddedFont font, String text, ByteBuffer out) {
        BitSet seen = document.seen(font);
        BitSet onPage = page == null ? null : page.seen(font);
        // at most two bytes a glyph, each escaped in at most two: gathered here, then copied at once
        if (scratch.length < text.length() * 4) {
            scratch = new byte[text.length() * 4];
        }
        byte[] bytes = scratch;
        int n = 0;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            i += Character.charCount(codePoint);
            int glyph = font.glyph(codePoint);
            if (glyph < 0) {
                continue;
            }
            document.meet(font, seen, codePoint);
            if (onPage != null) {
                page.meet(font, onPage, codePoint);
            }
            n = escaped(glyph >> 8 & 0xFF, bytes, n);
            n = escaped(glyph & 0xFF, bytes, n);
        }
        out.append(bytes, 0, n);
    }

    // as PDF literal strings are escaped, and as OpenPDF escapes them
    private static int escaped(int b, byte[] bytes, int at) {
        int escape = switch (b) {
            case '\r' -> 'r';
            case '\n' -> 'n';
            case '\t' -> 't';
            case '\b' -> 'b';
            case '\f' -> 'f';
            case '(', ')', '\\' -> b;
            default -> -1;
        };
        if (escape < 0) {
            bytes[at] = (byte) b;
            return at + 1;
        }
        bytes[at] = '\\';
        bytes[at + 1] = (byte) escape;
        return at + 2;
    }

    /** Starts a page; when {@code record}, the characters it draws are noted for {@link #pageGlyphs}. */
    void startPage(boolean record) {
        page = record ? new Met() : null;
    }

    /** The characters the page drew in each font, each once, in the order met; for a recorded page only. */
    Map<EmbeddedFont, String> pageGlyphs() {
        var glyphs = new LinkedHashMap<EmbeddedFont, String>();
        page.since.forEach((font, chars) -> glyphs.put(font, chars.toString()));
        return glyphs;
    }

    /** Notes the characters of a page drawn from its record, as {@link #append} would have while drawing it. */
    void replay(Map<EmbeddedFont, String> glyphs) {
        glyphs.forEach((font, chars) -> {
            BitSet seen = document.seen(font);
            chars.codePoints().forEach(codePoint -> document.meet(font, seen, codePoint));
        });
    }

    /**
     * Tells OpenPDF of the characters the current page drew for the first time, so that each
     * font's subset holds their glyphs and its ToUnicode map their characters. Call while the page
     * is still open: the fonts are named in its resources, as the page uses them anyway.
     */
    void registerPage(PdfWriter writer) {
        if (document.since.isEmpty()) {
            return;
        }
        // a content stream of no page: only its side effects on the fonts are wanted
        var register = new PdfContentByte(writer);
        for (Map.Entry<EmbeddedFont, StringBuilder> chars : document.since.entrySet()) {
            register.setFontAndSize(chars.getKey().baseFont(), 1f);
            register.showText(chars.getValue().toString());
        }
        document.since.clear();
    }

    /** Gives each of {@code fonts} the tag of its subset, from the characters it drew; call once all is drawn. */
    void applyTags(List<EmbeddedFont> fonts) {
        for (EmbeddedFont font : fonts) {
            // a font nothing was drawn in is not embedded, and may not even have been read
            BitSet set = document.seen.get(font);
            if (set != null) {
                SubsetTags.apply(font, set);
            }
        }
    }
}
