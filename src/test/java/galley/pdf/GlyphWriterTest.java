package galley.pdf;

import galley.font.EmbeddedFont;
import galley.font.FontSet;

import com.lowagie.text.Document;
import com.lowagie.text.pdf.ByteBuffer;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfTextArray;
import com.lowagie.text.pdf.PdfWriter;
import galley.testing.Slow;
import org.junit.jupiter.api.Test;

import java.io.OutputStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** GlyphWriter writes, for every character of every bundled font, the bytes OpenPDF writes. */
@Slow
class GlyphWriterTest {

    @Test
    void everyCharacterOfEveryFontIsWrittenAsOpenPdfWritesIt() {
        var document = new Document();
        PdfWriter writer = PdfWriter.getInstance(document, OutputStream.nullOutputStream());
        document.open();
        int escaped = 0;
        for (EmbeddedFont font : FontSet.standard().fonts()) {
            var text = new StringBuilder();
            for (int c = 0x20; c < 0x30000; c++) {
                if (font.glyph(c) >= 0) {
                    text.appendCodePoint(c);
                    int glyph = font.glyph(c);
                    escaped += "()\\\r\n\t\b\f".indexOf(glyph & 0xFF) >= 0 ? 1 : 0;
                }
            }
            var theirs = new PdfContentByte(writer);
            theirs.setFontAndSize(font.baseFont(), 10f);
            var array = new PdfTextArray();
            array.add(text.toString());
            theirs.showText(array);

            var ours = new PdfContentByte(writer);
            ours.setFontAndSize(font.baseFont(), 10f);
            ByteBuffer out = ours.getInternalBuffer();
            out.append("[(");
            new GlyphWriter().append(font, text.toString(), out);
            out.append(")]TJ").append_i('\n');
            assertArrayEquals(theirs.getInternalBuffer().toByteArray(), out.toByteArray(), font.name());
        }
        assertTrue(escaped > 10, "glyph codes that must be escaped were among them");
    }
}
