package galley.pdf;

import galley.font.FontSet;
import galley.font.SampleBook;

import galley.model.PageMap;
import galley.layout.LaidOutBook;
import galley.layout.Page;
import galley.layout.PageItem;
import galley.text.TextStyle;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** One line of text painted at x = 72 on a page of its own, and its glyphs as PDFBox reads them back. */
public final class DrawnGlyphs {

    /** Where the line begins. */
    static final float X = 72f;

    private DrawnGlyphs() {
    }

    /** The glyphs of {@code text} set in {@code style} with {@code fonts}; {@code dir} holds the sample book. */
    public static List<TextPosition> of(FontSet fonts, String text, TextStyle style, Path dir) throws IOException {
        var layout = new LaidOutBook(List.of(new Page(0, "1", 432, 648, List.of(
                new PageItem.TextRun(X, 500, text, style, PageItem.Tone.BLACK)))), List.of(), Map.of(), List.of(),
                PageMap.none());
        var out = new ByteArrayOutputStream();
        new PdfPainter(fonts).paint(SampleBook.book(dir), layout, out);
        var glyphs = new ArrayList<TextPosition>();
        try (PDDocument doc = Loader.loadPDF(out.toByteArray())) {
            new PDFTextStripper() {
                @Override
                protected void processTextPosition(TextPosition position) {
                    glyphs.add(position);
                }
            }.getText(doc);
        }
        return glyphs;
    }

    /** The text the glyphs read as. */
    public static String text(List<TextPosition> glyphs) {
        return glyphs.stream().map(TextPosition::getUnicode).reduce("", String::concat);
    }

    /** The base name of the font that drew {@code glyph}, without its subset tag. */
    public static String font(TextPosition glyph) {
        return glyph.getFont().getName().replaceFirst("^[A-Z]{6}\\+", "");
    }
}
