package galley.pdf;

import galley.font.FontSet;

import galley.pdf.DrawnGlyphs;

import galley.text.TextStyle;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import static galley.pdf.DrawnGlyphs.X;
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
        List<TextPosition> glyphs = DrawnGlyphs.of(FONTS, text, BODY, dir);

        assertEquals("\uFFFD野家（つちよし）、\uFFFD（ほっけ）", DrawnGlyphs.text(glyphs));
        // each ideograph, shown or missing, takes a full em: 野 begins where it would
        assertEquals(X + 10f, glyphs.get(1).getX(), 0.01f);
        assertEquals(10f * 10, FONTS.width(text.substring(0, text.indexOf('、') + 1), BODY), 0.01f);
        // the replacement is centred in its em
        TextPosition replacement = glyphs.get(0);
        assertEquals(X + 5f, replacement.getX() + replacement.getWidth() / 2, 0.05f);
        assertEquals("DejaVuSans", DrawnGlyphs.font(replacement));
    }

    @Test
    void aMissingLatinCharacterTakesTheReplacementsOwnWidth() throws IOException {
        String linearB = Character.toString(0x10000);
        float replacement = FONTS.width("\uFFFD", BODY);
        assertTrue(replacement > 5f);
        assertEquals(FONTS.width("ab", BODY) + replacement, FONTS.width("a" + linearB + "b", BODY), 0.001f);
        List<TextPosition> glyphs = DrawnGlyphs.of(FONTS, "a" + linearB + "b", BODY, dir);
        assertEquals("a\uFFFDb", DrawnGlyphs.text(glyphs));
        assertEquals(X + FONTS.width("a", BODY) + replacement, glyphs.get(2).getX(), 0.01f);
    }
}
