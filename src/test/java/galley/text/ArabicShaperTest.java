package galley.text;

import org.junit.jupiter.api.Test;

import java.awt.Font;
import java.io.InputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ArabicShaperTest {

    @Test
    void lettersJoinTheirNeighboursAndRightJoiningLettersBreakTheChain() {
        // marhaban: meem initial, reh final (it joins nothing after it), hah initial again, beh medial, alef final
        assertEquals("\uFEE3\uFEAE\uFEA3\uFE92\uFE8E", ArabicShaper.shape("مرحبا"));
    }

    @Test
    void lamFollowedByAlefIsOneLigature() {
        // salaam: seen initial, lam-alef final (joined to the seen), a joiner in the alef's place, meem alone after the alef
        assertEquals("\uFEB3\uFEFC\u200D\uFEE1", ArabicShaper.shape("سلام"));
        assertEquals("\uFEFB\u200D", ArabicShaper.shape("لا"));
    }

    @Test
    void marksDoNotBreakAJoinAndStayInPlace() {
        // beh with a fatha, then teh: the beh is still initial, the teh final
        assertEquals("\uFE91\u064E\uFE96", ArabicShaper.shape("بَت"));
    }

    @Test
    void aLoneLetterAndPersianLettersTakeTheirForms() {
        assertEquals("\uFE8F", ArabicShaper.shape("ب"));
        // Persian "pedar": peh initial, dal final, reh alone
        assertEquals("\uFB58\uFEAA\uFEAD", ArabicShaper.shape("پدر"));
    }

    @Test
    void otherTextIsReturnedAsItIs() {
        String latin = "Hello, world — Привет";
        assertSame(latin, ArabicShaper.shape(latin));
        assertFalse(ArabicShaper.needsShaping("שלום"));
        assertTrue(ArabicShaper.needsShaping("a ب b"));
        assertEquals("a \uFE8F b", ArabicShaper.shape("a ب b"));
    }

    @Test
    void everyFormTheShaperWritesIsDrawnByThePdfsArabicFont() throws Exception {
        Font dejaVu;
        try (InputStream in = ArabicShaperTest.class.getResourceAsStream("/galley/fonts/DejaVuSans.ttf")) {
            dejaVu = Font.createFont(Font.TRUETYPE_FONT, in);
        }
        StringBuilder every = new StringBuilder();
        for (char c = '\u0621'; c <= '\u06D2'; c++) {
            // each letter alone, at the start, in the middle and at the end of a word of beh
            every.append(c).append(' ').append(c).append('ب').append(' ').append('ب').append(c).append('ب')
                    .append(' ').append('ب').append(c).append(' ');
        }
        String shaped = ArabicShaper.shape(every.toString());
        for (int i = 0; i < shaped.length(); i++) {
            char c = shaped.charAt(i);
            if (c >= '\uFB50') {
                assertTrue(dejaVu.canDisplay(c), String.format("U+%04X has no glyph in DejaVu Sans", (int) c));
            }
        }
    }
}
