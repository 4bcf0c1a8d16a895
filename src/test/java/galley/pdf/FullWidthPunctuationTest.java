package galley.pdf;

import galley.model.Language;
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
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A Chinese or Japanese book sets the punctuation it shares with Latin text a full em wide, and
 * a CJK book its Latin text in Liberation Sans, to match its gothic CJK font.
 */
class FullWidthPunctuationTest {

    @TempDir
    Path dir;

    private static final TextStyle BODY = new TextStyle(TextStyle.Face.SERIF, false, false, 10f);
    private static final TextStyle CODE = BODY.withFace(TextStyle.Face.MONO);

    @Test
    void quotesInAChineseBookTakeAFullEmWithTheGlyphAgainstTheTextTheyQuote() throws IOException {
        FontSet zh = FontSet.forLanguage(Language.of("zh-Hans"));
        String text = "他说“好”·完……";
        // every character of it is a full em
        assertEquals(10f * text.length(), zh.width(text, BODY), 0.01f);
        List<TextPosition> glyphs = DrawnGlyphs.of(zh, text, BODY, dir);
        assertEquals(text, DrawnGlyphs.text(glyphs));
        TextPosition open = glyphs.get(2);
        TextPosition close = glyphs.get(4);
        // the opening quote ends where 好 begins; the closing one begins where 好 ends
        assertEquals(X + 30f, open.getX() + open.getWidth(), 0.05f);
        assertEquals(X + 30f, glyphs.get(3).getX(), 0.01f);
        assertEquals(X + 40f, close.getX(), 0.01f);
        assertEquals(X + 60f, glyphs.get(6).getX(), 0.01f);
        // the middle dot is centred in its em
        TextPosition dot = glyphs.get(5);
        assertEquals(X + 55f, dot.getX() + dot.getWidth() / 2, 0.05f);
        assertEquals("LiberationSans", DrawnGlyphs.font(open));
    }

    @Test
    void westernAndKoreanBooksAndCodeKeepProportionalPunctuation() {
        FontSet western = FontSet.standard();
        assertTrue(western.width("“", BODY) < 5f);
        assertTrue(FontSet.forLanguage(Language.of("ko")).width("“", BODY) < 5f);
        assertTrue(FontSet.forLanguage(Language.of("ja")).width("“", CODE) < 10f);
        assertEquals(10f, FontSet.forLanguage(Language.of("ja")).width("“", BODY), 0.01f);
        assertSame(western, FontSet.forLanguage(Language.of("en-GB")));
        assertSame(western, FontSet.forLanguage(Language.of("ru")));
    }

    @Test
    void latinInACjkBookIsSetInTheSansSerif() {
        for (String lang : List.of("ja", "zh-TW", "ko")) {
            FontSet cjk = FontSet.forLanguage(Language.of(lang));
            assertEquals("LiberationSans-Regular", cjk.runs("Latin", BODY).get(0).font().name(), lang);
            assertEquals("LiberationSans-BoldItalic",
                    cjk.runs("Latin", BODY.withBold(true).withItalic(true)).get(0).font().name(), lang);
            assertEquals("LiberationMono-Regular", cjk.runs("code", CODE).get(0).font().name(), lang);
        }
        assertEquals("LiberationSerif-Regular", FontSet.standard().runs("Latin", BODY).get(0).font().name());
    }
}
