package galley.text;

import galley.model.Language;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A word whose letters change style inside it (half bold, a superscript, a soft hyphen after a style
 * change) breaks like a word of one style: hyphenated where its language allows, cut as a last resort,
 * and a soft hyphen prints a hyphen where the line breaks at it.
 */
class StyledWordBreaksTest {

    private static final TextStyle REGULAR = new TextStyle(TextStyle.Face.SERIF, false, false, 10f);
    private static final TextStyle BOLD = REGULAR.withBold(true);
    private static final float WIDTH = 150f;

    private static String text(List<Line> lines) {
        return lines.stream().map(l -> l.pieces().stream().map(Line.Piece::text).collect(Collectors.joining()))
                .collect(Collectors.joining("\n"));
    }

    private static void assertInsideTheMeasure(List<Line> lines) {
        for (Line line : lines) {
            for (Line.Piece piece : line.pieces()) {
                assertTrue(piece.x() >= -0.01f && piece.x() + piece.width() <= WIDTH + 0.01f,
                        "'" + piece.text() + "' runs from " + piece.x() + " to " + (piece.x() + piece.width())
                                + " on a line " + WIDTH + " wide:\n" + text(lines));
            }
        }
    }

    @Test
    void aLongRunHalfBoldHalfRegularIsCutToTheMeasure() {
        List<Fragment> fragments = List.of(Fragment.text("Before it ", REGULAR), Fragment.text("x".repeat(100), BOLD),
                Fragment.text("y".repeat(100) + " and after it.", REGULAR));
        List<Line> lines = new LineBreaker(new FixedWidthMeasure(), Language.ENGLISH)
                .breakLines(fragments, WIDTH, 0f, Alignment.JUSTIFY);
        assertInsideTheMeasure(lines);
        assertEquals("Beforeit" + "x".repeat(100) + "y".repeat(100) + "andafterit.", text(lines).replace("\n", ""));
    }

    @Test
    void aCompoundHalfInBoldIsHyphenatedAcrossTheStyles() {
        String bold = "Donaudampfschifffahrts";
        String regular = "gesellschaftskapitänsmützenabzeichen";
        List<Fragment> fragments = List.of(Fragment.text("Das ", REGULAR), Fragment.text(bold, BOLD),
                Fragment.text(regular + " ist lang.", REGULAR));
        List<Line> lines = new LineBreaker(new FixedWidthMeasure(), Language.of("de"))
                .breakLines(fragments, WIDTH, 0f, Alignment.JUSTIFY);
        assertInsideTheMeasure(lines);
        String all = text(lines);
        assertTrue(lines.stream().allMatch(l -> l == lines.get(lines.size() - 1)
                || l.pieces().get(l.pieces().size() - 1).text().equals("-")), "hyphenated, not cut:\n" + all);
        assertEquals("Das" + bold + regular + "istlang.", all.replace("-\n", "").replace("\n", ""));
    }

    @Test
    void aSoftHyphenAfterASuperscriptPrintsAHyphenInTheWordsStyle() {
        var sup = new Fragment("x", REGULAR.withSize(7f), 3f, null, null, null, false);
        List<Fragment> fragments = List.of(Fragment.text("Aaaa aaaa Bcdfghj", REGULAR), sup,
                Fragment.text("\u00ADklmnpqrst aaaa aaaa.", REGULAR));
        // a language without patterns: the soft hyphen is the word's one place to break
        List<Line> lines = new LineBreaker(new FixedWidthMeasure(), Language.of("xx"))
                .breakLines(fragments, 100f, 0f, Alignment.JUSTIFY);
        assertEquals("AaaaaaaaBcdfghjx\u00AD-\nklmnpqrstaaaaaaaa.", text(lines));
        Line.Piece hyphen = lines.get(0).pieces().get(lines.get(0).pieces().size() - 1);
        assertEquals(REGULAR, hyphen.fragment().style());
        assertEquals(0f, hyphen.fragment().rise());
    }

    @Test
    void aSoftHyphenInPlainTextPrintsAHyphenWhereTheLineBreaks() {
        List<Line> lines = new LineBreaker(new FixedWidthMeasure(), Language.of("xx")).breakLines(
                List.of(Fragment.text("Aaaa aaaa Bcdfghjx\u00ADklmnpqrst aaaa aaaa.", REGULAR)), 100f, 0f,
                Alignment.JUSTIFY);
        assertEquals("AaaaaaaaBcdfghjx\u00AD-\nklmnpqrstaaaaaaaa.", text(lines));
    }
}
