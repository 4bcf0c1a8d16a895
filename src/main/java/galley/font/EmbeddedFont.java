package galley.font;

import com.lowagie.text.DocumentException;
import com.lowagie.text.pdf.BaseFont;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;

/**
 * One TrueType font from the classpath, loaded to be embedded as an Identity-H subset, with the
 * advance widths of its glyphs. The file is read when the font is first asked for a glyph: a book
 * in one language never pays for the fallback fonts, nor for the styles it does not use.
 */
public final class EmbeddedFont {

    /**
     * OpenPDF's own lookup of a character's glyph id and advance in a Unicode TrueType font: a
     * public method of a class it does not make public. Using it gives the very glyph ids OpenPDF
     * writes for its own text and puts in the font's subset.
     */
    private static final MethodHandle GLYPH_METRICS = glyphMetrics();

    private static MethodHandle glyphMetrics() {
        try {
            Method method = Class.forName("com.lowagie.text.pdf.TrueTypeFontUnicode")
                    .getMethod("getMetricsTT", int.class);
            method.setAccessible(true);
            return MethodHandles.lookup().unreflect(method).asType(MethodType.methodType(Object.class,
                    BaseFont.class, int.class));
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new IllegalStateException("this OpenPDF has no TrueTypeFontUnicode.getMetricsTT", e);
        }
    }

    private final String name;
    private final String resource;
    private volatile BaseFont font;
    // glyph ids plus two, so that none (-1) is 1 and the table's "not worked out" stays 0
    private final CodePointTable glyphs = new CodePointTable(codePoint -> lookUpGlyph(codePoint) + 2);

    private EmbeddedFont(String name, String resource) {
        this.name = name;
        this.resource = resource;
    }

    /** The font at classpath {@code resource}, read on first use. */
    static EmbeddedFont load(String resource) {
        String fileName = resource.substring(resource.lastIndexOf('/') + 1);
        return new EmbeddedFont(fileName.substring(0, fileName.length() - ".ttf".length()), resource);
    }

    /** Whether the font's own design is bold; a fallback font is drawn heavier when a bold style asks it. */
    public boolean bold() {
        return name.contains("Bold");
    }

    /** Whether the font's own design is italic; a fallback font is slanted when an italic style asks it. */
    public boolean italic() {
        return name.contains("Italic") || name.contains("Oblique");
    }

    /** Whether the font file has been read, that is, whether anything asked for its glyphs. */
    boolean loaded() {
        return font != null;
    }

    private BaseFont font() {
        BaseFont f = font;
        if (f == null) {
            synchronized (this) {
                f = font;
                if (f == null) {
                    f = read(resource);
                    font = f;
                }
            }
        }
        return f;
    }

    /** Reads the font at classpath {@code resource}; a missing font is a broken build, not a manuscript problem. */
    private static BaseFont read(String resource) {
        try (InputStream in = EmbeddedFont.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("font missing from the classpath: " + resource);
            }
            byte[] bytes = in.readAllBytes();
            String fileName = resource.substring(resource.lastIndexOf('/') + 1);
            // cached=false: each FontSet owns its fonts, so that OpenPDF's global cache cannot
            // share a font object (and its subset state) with anyone else
            BaseFont base = BaseFont.createFont(fileName, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, bytes, null);
            if (base.isFontSpecific()) {
                // such a font maps bytes, not Unicode, to glyphs: GlyphWriter's codes would be wrong
                throw new IllegalStateException("font has no Unicode character map: " + resource);
            }
            base.setSubset(true);
            // A CIDSet must list every glyph of the subset, including those the subsetter keeps
            // for composites, which OpenPDF's does not; PDF/A-2 lets it be left out, so leave it out.
            base.setIncludeCidSet(false);
            return base;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read font " + resource, e);
        } catch (DocumentException e) {
            throw new IllegalStateException("cannot load font " + resource + ": " + e.getMessage(), e);
        }
    }

    /** The font file's name without extension, e.g. {@code LiberationSerif-Bold}. */
    public String name() {
        return name;
    }

    public BaseFont baseFont() {
        return font();
    }

    /** The advance of {@code codePoint} in thousandths of an em, or -1 when the font has no glyph for it. */
    int advance(int codePoint) {
        BaseFont f = font();
        return f.charExists(codePoint) ? f.getWidth(codePoint) : -1;
    }

    /**
     * The horizontal extent of the ink of {@code codePoint}'s glyph, {left, right} in thousandths of
     * an em from its origin; null when the font has no glyph or no outline for it.
     */
    int[] ink(int codePoint) {
        int[] box = font().getCharBBox(codePoint);
        return box == null || box[2] <= box[0] ? null : new int[] {box[0], box[2]};
    }

    /** The id of the glyph that draws {@code codePoint}, or -1 when the font has none. */
    public int glyph(int codePoint) {
        return glyphs.get(codePoint) - 2;
    }

    private int lookUpGlyph(int codePoint) {
        try {
            int[] metrics = (int[]) GLYPH_METRICS.invoke(font(), codePoint);
            return metrics == null ? -1 : metrics[0];
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException("cannot look up a glyph of " + name, e);
        }
    }

    /** Height of the font's ascenders above the baseline at {@code size}, in points. */
    float ascent(float size) {
        return font().getFontDescriptor(BaseFont.AWT_ASCENT, size);
    }

    /** Depth of the font's descenders below the baseline at {@code size}, in points, as a positive number. */
    float descent(float size) {
        return Math.abs(font().getFontDescriptor(BaseFont.AWT_DESCENT, size));
    }

    @Override
    public String toString() {
        return name;
    }
}
