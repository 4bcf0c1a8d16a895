package galley.layout;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ColumnWidthsTest {

    private static float sum(float[] values) {
        float s = 0f;
        for (float v : values) {
            s += v;
        }
        return s;
    }

    @Test
    void whenTheWordsFitEveryColumnGetsItsLongestWordAndTheRestGoesToColumnsThatWantMore() {
        // one column of a single long value, two of short words in long cells
        float[] words = {100f, 20f, 30f};
        float[] lines = {100f, 200f, 300f};
        ColumnWidths shared = ColumnWidths.share(new float[] {50f, 10f, 15f}, words, words, lines, 250f, 0.7f);
        assertEquals(1f, shared.scale());
        assertEquals(250f, sum(shared.widths()), 0.01f);
        // the long value wants no more than its own width, so it gets none of the spare room
        assertEquals(100f, shared.widths()[0], 0.01f);
        // the rest is shared by how much more each column would like: 180 and 270 of 450
        assertEquals(20f + 100f * 180f / 450f, shared.widths()[1], 0.01f);
        assertEquals(30f + 100f * 270f / 450f, shared.widths()[2], 0.01f);
        assertArrayEquals(new boolean[3], shared.hyphenated());
    }

    @Test
    void aShortHeaderIsKeptWholeBeforeAnyColumnGetsMoreThanItsWords() {
        // a CJK header may break between its two characters, but it fits whole
        float[] least = {10f, 20f};
        float[] headers = {20f, 20f};
        ColumnWidths shared = ColumnWidths.share(least, least, headers, new float[] {20f, 900f}, 100f, 0.7f);
        assertEquals(20f, shared.widths()[0], 0.01f);
        assertEquals(80f, shared.widths()[1], 0.01f);
    }

    @Test
    void wordsAreHyphenatedOnlyInColumnsNarrowerThanTheirLongestWordAndTheTypeKeepsItsSize() {
        float[] hyphenated = {30f, 30f, 20f};
        float[] words = {60f, 30f, 50f};
        float[] lines = {60f, 200f, 90f};
        ColumnWidths shared = ColumnWidths.share(hyphenated, words, words, lines, 120f, 0.7f);
        assertEquals(1f, shared.scale());
        assertEquals(120f, sum(shared.widths()), 0.01f);
        for (int c = 0; c < 3; c++) {
            assertTrue(shared.widths()[c] >= hyphenated[c], "column " + c);
            assertEquals(shared.widths()[c] < words[c], shared.hyphenated()[c], "column " + c);
        }
        assertFalse(shared.hyphenated()[1]);
    }

    @Test
    void theTypeShrinksOnlyAsFarAsTheHyphenatedWordsNeed() {
        float[] hyphenated = {50f, 50f};
        ColumnWidths shared = ColumnWidths.share(hyphenated, new float[] {80f, 80f}, new float[2],
                new float[] {300f, 300f}, 90f, 0.7f);
        assertEquals(0.9f, shared.scale(), 0.001f);
        assertEquals(45f, shared.widths()[0], 0.01f);
        assertEquals(45f, shared.widths()[1], 0.01f);
        assertTrue(shared.hyphenated()[0] && shared.hyphenated()[1]);
    }

    @Test
    void pastTheSmallestTypeOnlyTheColumnsWithTheLongestWordsGiveUpRoom() {
        // a long identifier among short words: only its column is cut, the short words stay whole
        float[] least = {200f, 20f, 20f, 20f};
        ColumnWidths shared = ColumnWidths.share(least, least, least, least, 100f, 0.7f);
        assertEquals(0.7f, shared.scale(), 0.001f);
        assertEquals(100f, sum(shared.widths()), 0.01f);
        for (int c = 1; c < 4; c++) {
            assertEquals(14f, shared.widths()[c], 0.01f);
        }
        assertEquals(58f, shared.widths()[0], 0.01f);
    }

    @Test
    void aTableThatFitsOnSingleLinesSharesTheRestEvenly() {
        float[] lines = {10f, 30f};
        ColumnWidths shared = ColumnWidths.share(lines, lines, lines, lines, 100f, 0.7f);
        assertArrayEquals(new float[] {40f, 60f}, shared.widths(), 0.01f);
    }
    @Test
    void theColumnWithTheLongestCellsIsTheWidestAndShortColumnsStayOnOneLine() {
        // the widths of a five-column table of file formats: format, kind, open specification, readers, verdict
        float[] words = {60.3f, 43f, 50.4f, 35.1f, 40.9f};
        float[] lines = {101.2f, 43f, 74.8f, 35.1f, 148.9f};
        ColumnWidths shared = ColumnWidths.share(words, words, words, lines, 284.85f, 0.7f);
        float[] w = shared.widths();
        assertEquals(284.85f, sum(w), 0.01f);
        // the short columns whole, the verdict the widest, the others narrowed in proportion to their longest cells
        assertEquals(43f, w[1], 0.01f);
        assertEquals(35.1f, w[3], 0.01f);
        assertTrue(w[4] > w[0] && w[0] > w[2], java.util.Arrays.toString(w));
        assertEquals(w[0] / lines[0], w[4] / lines[4], 0.001f);
        assertEquals(50.4f, w[2], 0.01f);
    }

    @Test
    void aShortColumnGetsItsWholeCellsBeforeTheLongTextColumnGetsMore() {
        // a year that CJK text could break before its counter, three numbers, and a long remark
        float[] words = {21f, 28.4f, 47.3f, 37.8f, 18.9f};
        float[] lines = {30.5f, 28.4f, 47.3f, 37.8f, 179.6f};
        ColumnWidths shared = ColumnWidths.share(words, words, words, lines, 276.15f, 0.7f);
        assertEquals(30.5f, shared.widths()[0], 0.01f);
        assertEquals(276.15f - 30.5f - 28.4f - 47.3f - 37.8f, shared.widths()[4], 0.01f);
    }
}
