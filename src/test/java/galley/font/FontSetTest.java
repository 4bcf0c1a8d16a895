package galley.font;

import galley.text.TextStyle;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FontSetTest {

    private static final FontSet FONTS = FontSet.standard();
    private static final TextStyle SERIF = new TextStyle(TextStyle.Face.SERIF, false, false, 10f);
    private static final TextStyle MONO = new TextStyle(TextStyle.Face.MONO, false, false, 10f);

    @Test
    void widthsAreThoseOfRealLetters() {
        assertTrue(FONTS.width("mmm", SERIF) > 2 * FONTS.width("iii", SERIF));
        // Liberation Serif's "m" is 0.778 em and its "i" 0.278 em
        assertEquals(7.78f, FONTS.width("m", SERIF), 0.02f);
        assertEquals(2.78f, FONTS.width("i", SERIF), 0.02f);
        assertEquals(FONTS.width("mmm", MONO), FONTS.width("iii", MONO), 0.001f);
        assertEquals(18f, FONTS.width("mmm", MONO), 0.01f);
        assertTrue(FONTS.width("Galley", SERIF.withBold(true)) > FONTS.width("Galley", SERIF));
        assertEquals(2 * FONTS.width("Galley", SERIF), FONTS.width("Galley", SERIF.withSize(20f)), 0.001f);
        assertEquals(0f, FONTS.width("", SERIF));
    }

    @Test
    void ascentAndDescentAreThoseOfTheStylesFont() {
        assertEquals(8.91f, FONTS.ascent(SERIF), 0.01f);
        assertEquals(2.16f, FONTS.descent(SERIF), 0.01f);
        assertTrue(FONTS.ascent(SERIF.withSize(20f)) > FONTS.ascent(SERIF));
    }

    @Test
    void eachCharacterTakesTheFirstFontThatHasIt() {
        List<FontRun> runs = FONTS.runs("Latin Ελλάδα Русь 日本語 한국어 ⇒ ok", SERIF);
        assertEquals(List.of("Latin Ελλάδα Русь ", "日本語", " ", "한국어", " ", "⇒", " ok"),
                runs.stream().map(FontRun::text).toList());
        assertEquals(List.of("LiberationSerif-Regular", "DroidSansFallback", "LiberationSerif-Regular", "DroidSansFallback",
                        "LiberationSerif-Regular", "DejaVuSans", "LiberationSerif-Regular"),
                runs.stream().map(r -> r.font().name()).toList());
        assertEquals("LiberationMono-Regular", FONTS.runs("code", MONO).get(0).font().name());
        assertEquals("LiberationSans-BoldItalic",
                FONTS.runs("x", SERIF.withFace(TextStyle.Face.SANS).withBold(true).withItalic(true)).get(0).font().name());
    }

    @Test
    void theWidthIsTheSumOfTheRuns() {
        String text = "Mixed 漢字 and Ελληνικά, 😀 and a thin\u2009space";
        float sum = 0;
        for (FontRun run : FONTS.runs(text, SERIF)) {
            sum += run.advance(SERIF.size());
        }
        assertEquals(FONTS.width(text, SERIF), sum, 0.001f);
        // CJK ideographs are a full em wide
        assertEquals(10f, FONTS.width("漢", SERIF), 0.01f);
    }

    @Test
    void invisibleCharactersTakeNoRoomAndAreNotDrawn() {
        String text = "soft\u00ADhyphen zero\u200Bwidth joiner\u200D heart\uFE0F";
        assertEquals(FONTS.width("softhyphen zerowidth joiner heart", SERIF), FONTS.width(text, SERIF), 0.001f);
        assertEquals(List.of("softhyphen zerowidth joiner heart"), FONTS.runs(text, SERIF).stream().map(FontRun::text).toList());
        assertTrue(FONTS.covers(0x00AD, SERIF));
        assertTrue(FONTS.covers(0xFE0F, SERIF));
    }

    @Test
    void charactersNoFontHasAreNotCoveredAndTakeTheReplacementsRoom() {
        int linearB = 0x10000;
        assertFalse(FONTS.covers(linearB, SERIF));
        assertFalse(FONTS.covers(linearB, MONO));
        assertEquals(FONTS.width("a\uFFFDb", SERIF), FONTS.width("a" + Character.toString(linearB) + "b", SERIF), 0.001f);
        assertTrue(FONTS.covers('中', SERIF));
        assertTrue(FONTS.covers('ж', MONO));
        assertTrue(FONTS.covers(0x1F600, SERIF), "DejaVu Sans has the emoticons, in outline");
    }

    @Test
    void aSpaceNoFontHasIsDrawnAsRoom() {
        // Liberation Serif lacks U+205F MEDIUM MATHEMATICAL SPACE (DejaVu Sans, later in the real chain, has it)
        FontChain liberationOnly = new FontChain(List.of(EmbeddedFont.load("/liberation/LiberationSerif-Regular.ttf")));
        int packed = liberationOnly.lookup(0x205F);
        assertEquals(FontChain.BLANK, FontChain.slot(packed));
        assertEquals(222, FontChain.units(packed));
        assertEquals(FontChain.MISSING, FontChain.slot(liberationOnly.lookup('中')));
        assertEquals(FontChain.IGNORED, FontChain.slot(liberationOnly.lookup(0x200B)));
        assertTrue(FontChain.drawn(liberationOnly.lookup('a')));
    }

    @Test
    void aRocketHasNoGlyphAndIsShownAsTheReplacementCharacter() {
        assertFalse(FONTS.covers(0x1F680, SERIF));
        List<FontRun> runs = FONTS.runs("\uD83D\uDE80", SERIF);
        assertEquals(List.of("\uFFFD"), runs.stream().map(FontRun::text).toList());
        assertEquals("DejaVuSans", runs.get(0).font().name());
    }

    @Test
    void measuringFromManyThreadsAgrees() throws Exception {
        String text = "Съешь же ещё 日本語のテキスト 한국어 Ελληνικά ⇒ ∑ 😀 and plain Latin text";
        List<TextStyle> styles = List.of(SERIF, MONO, SERIF.withBold(true), SERIF.withFace(TextStyle.Face.SANS).withItalic(true));
        float[] expected = new float[styles.size()];
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<float[]>> results = IntStream.range(0, 32).mapToObj(i -> pool.submit(() -> {
                float[] widths = new float[styles.size()];
                for (int k = 0; k < styles.size(); k++) {
                    widths[k] = FONTS.width(text, styles.get(k));
                }
                return widths;
            })).toList();
            for (int k = 0; k < styles.size(); k++) {
                expected[k] = FONTS.width(text, styles.get(k));
            }
            for (Future<float[]> result : results) {
                float[] widths = result.get();
                for (int k = 0; k < styles.size(); k++) {
                    assertEquals(expected[k], widths[k]);
                }
            }
        } finally {
            pool.shutdown();
        }
    }
}
