package galley.pdf;

import galley.model.Book;
import galley.model.PageMap;
import galley.pdf.layout.LaidOutBook;
import galley.pdf.layout.Page;
import galley.pdf.layout.PageItem;
import galley.pdf.layout.TextStyle;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A character no font has is shown as U+FFFD in its place, not dropped. */
class MissingGlyphTest {

    @TempDir
    Path dir;

    private static final TextStyle BODY = new TextStyle(TextStyle.Face.SERIF, false, false, 10f);
    private static final FontSet FONTS = FontSet.standard();

    @Test
    void aMissingIdeographIsAReplacementCharacterAFullEmWide() throws IOException {
        String text = "\uD842\uDFB7野家（つちよし）、\uD867\uDE3D（ほっけ）";
        assertFalse(FONTS.covers(text.codePointAt(0), BODY), "the check still reports it");
        List<TextPosition> glyphs = drawn(text);

        String read = glyphs.stream().map(TextPosition::getUnicode).reduce("", String::concat);
        assertEquals("\uFFFD野家（つちよし）、\uFFFD（ほっけ）", read);
        // each ideograph, shown or missing, takes a full em: 野 begins where it would
        assertEquals(72f + 10f, glyphs.get(1).getX(), 0.01f);
        assertEquals(10f * 10, FONTS.width(text.substring(0, text.indexOf('、') + 1), BODY), 0.01f);
        // the replacement is centred in its em
        TextPosition replacement = glyphs.get(0);
        assertEquals(72f + 5f, replacement.getX() + replacement.getWidth() / 2, 0.05f);
        assertEquals("DejaVuSans", replacement.getFont().getName().replaceFirst("^[A-Z]{6}\\+", ""));
    }

    @Test
    void aMissingLatinCharacterTakesTheReplacementsOwnWidth() throws IOException {
        String linearB = Character.toString(0x10000);
        float replacement = FONTS.width("\uFFFD", BODY);
        assertTrue(replacement > 5f);
        assertEquals(FONTS.width("ab", BODY) + replacement, FONTS.width("a" + linearB + "b", BODY), 0.001f);
        List<TextPosition> glyphs = drawn("a" + linearB + "b");
        assertEquals("a\uFFFDb", glyphs.stream().map(TextPosition::getUnicode).reduce("", String::concat));
        assertEquals(72f + FONTS.width("a", BODY) + replacement, glyphs.get(2).getX(), 0.01f);
    }

    private List<TextPosition> drawn(String text) throws IOException {
        var layout = new LaidOutBook(List.of(new Page(0, "1", 432, 648, List.of(
                new PageItem.TextRun(72, 500, text, BODY, PageItem.Tone.BLACK)))), List.of(), Map.of(), List.of(),
                PageMap.none());
        Book book = SampleBook.book(dir);
        var out = new ByteArrayOutputStream();
        new PdfPainter(FONTS).paint(book, layout, out);
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
}
