package galley.pdf;

import com.lowagie.text.DocumentException;
import com.lowagie.text.pdf.BaseFont;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * One TrueType font from the classpath, loaded to be embedded as an Identity-H subset, with the
 * advance widths of its glyphs.
 */
final class EmbeddedFont {

    private final String name;
    private final BaseFont font;

    private EmbeddedFont(String name, BaseFont font) {
        this.name = name;
        this.font = font;
    }

    /** Loads the font at classpath {@code resource}; a missing font is a broken build, not a manuscript problem. */
    static EmbeddedFont load(String resource) {
        try (InputStream in = EmbeddedFont.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("font missing from the classpath: " + resource);
            }
            byte[] bytes = in.readAllBytes();
            String fileName = resource.substring(resource.lastIndexOf('/') + 1);
            // cached=false: each FontSet owns its fonts, so that OpenPDF's global cache cannot
            // share a font object (and its subset state) with anyone else
            BaseFont base = BaseFont.createFont(fileName, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, bytes, null);
            base.setSubset(true);
            // A CIDSet must list every glyph of the subset, including those the subsetter keeps
            // for composites, which OpenPDF's does not; PDF/A-2 lets it be left out, so leave it out.
            base.setIncludeCidSet(false);
            return new EmbeddedFont(fileName.substring(0, fileName.length() - ".ttf".length()), base);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read font " + resource, e);
        } catch (DocumentException e) {
            throw new IllegalStateException("cannot load font " + resource + ": " + e.getMessage(), e);
        }
    }

    /** The font file's name without extension, e.g. {@code LiberationSerif-Bold}. */
    String name() {
        return name;
    }

    BaseFont baseFont() {
        return font;
    }

    /** The advance of {@code codePoint} in thousandths of an em, or -1 when the font has no glyph for it. */
    int advance(int codePoint) {
        return font.charExists(codePoint) ? font.getWidth(codePoint) : -1;
    }

    /** Height of the font's ascenders above the baseline at {@code size}, in points. */
    float ascent(float size) {
        return font.getFontDescriptor(BaseFont.AWT_ASCENT, size);
    }

    /** Depth of the font's descenders below the baseline at {@code size}, in points, as a positive number. */
    float descent(float size) {
        return Math.abs(font.getFontDescriptor(BaseFont.AWT_DESCENT, size));
    }

    @Override
    public String toString() {
        return name;
    }
}
