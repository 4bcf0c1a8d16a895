package galley.text;

import galley.model.TextDirection;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class VisualOrderTest {

    // pieces of the given widths, two points apart, as the line breaker sets them
    private static Line line(Object... textsAndWidths) {
        var pieces = new ArrayList<Line.Piece>();
        float x = 0f;
        for (int i = 0; i < textsAndWidths.length; i += 2) {
            float width = ((Number) textsAndWidths[i + 1]).floatValue();
            pieces.add(new Line.Piece(x, width, (String) textsAndWidths[i], null));
            x += width + 2f;
        }
        return new Line(pieces, x - 2f);
    }

    private static String placed(Line line) {
        var out = new ArrayList<String>();
        for (Line.Piece p : line.pieces()) {
            out.add(p.text() + "@" + Math.round(p.x()));
        }
        return String.join(" ", out);
    }

    @Test
    void aLineWithoutRightToLeftTextIsLeftAsItIs() {
        Line latin = line("Hello,", 30, "world", 25);
        assertSame(latin, VisualOrder.of(latin, false, 100f, Alignment.JUSTIFY));
    }

    @Test
    void hebrewWordsInAnEnglishLineRunRightToLeftInTheirPlace() {
        Line set = VisualOrder.of(line("a", 10, "שלום", 20, "עולם", 30, "b", 10), false, 100f, Alignment.JUSTIFY);
        // the two Hebrew words swap places and each is spelt from the right; the English stays put
        assertEquals("a@0 םלוע@12 םולש@44 b@66", placed(set));
    }

    @Test
    void bracketsAroundRightToLeftTextAreMirroredOnlyWhereTheyBelongToIt() {
        Line set = VisualOrder.of(line("see", 15, "(שלום),", 30), false, 100f, Alignment.JUSTIFY);
        assertEquals("see@0 (םולש),@17", placed(set));
        Line inside = VisualOrder.of(line("שלום", 20, "(עולם)", 30), true, 52f, Alignment.JUSTIFY);
        assertEquals("(םלוע)@0 םולש@32", placed(inside));
    }

    @Test
    void aRightToLeftParagraphSetsItsShortLinesAgainstTheRightEdge() {
        Line set = VisualOrder.of(line("שלום", 20, "עולם", 20), true, 100f, Alignment.JUSTIFY);
        assertEquals("םלוע@58 םולש@80", placed(set));
        Line centred = VisualOrder.of(line("שלום", 20, "עולם", 20), true, 100f, Alignment.CENTER);
        assertEquals("םלוע@0 םולש@22", placed(centred));
    }

    @Test
    void aRightToLeftLineSetFlushRightStaysAtTheRightEdge() {
        // as the breaker sets a line flush right (a table cell's): moved by the room it leaves, its width the measure
        Line flushRight = new Line(List.of(new Line.Piece(58f, 20f, "שלום", null), new Line.Piece(80f, 20f, "עולם", null)), 100f);
        assertEquals("םלוע@58 םולש@80", placed(VisualOrder.of(flushRight, true, 100f, Alignment.RIGHT)));
    }

    @Test
    void numbersAndLatinInsideRightToLeftTextKeepTheirOwnOrder() {
        Line set = VisualOrder.of(line("שנת", 15, "2024", 20, "Galley", 30), true, 69f, Alignment.JUSTIFY);
        assertEquals("Galley@0 2024@32 תנש@54", placed(set));
    }

    @Test
    void theParagraphsDirectionIsItsFirstStrongLetters() {
        assertTrue(TextDirection.rightToLeft("«שלום» world"));
        assertTrue(TextDirection.rightToLeft("123 مرحبا"));
        assertFalse(TextDirection.rightToLeft("Hello שלום"));
        assertFalse(TextDirection.rightToLeft("123"));
        assertTrue(VisualOrder.mayReorder("a שלום") && VisualOrder.mayReorder("x \uFEFB") && VisualOrder.mayReorder("\u202Eab"));
        assertFalse(VisualOrder.mayReorder("Привет, 東京, Ελλάδα, ﬁ"));
    }

    @Test
    void aRunningHeadIsShapedAndReorderedAsOneLine() {
        assertEquals("Chapter םולש one", VisualOrder.text("Chapter שלום one"));
        // a number after Hebrew joins its run, as a browser shows it
        assertEquals("Chapter 2 םולש", VisualOrder.text("Chapter שלום 2"));
        // Arabic: joined forms, then spelt from the right
        assertEquals("\uFE8E\uFE92\uFEA3\uFEAE\uFEE3", VisualOrder.text("مرحبا"));
        assertSame("Plain", VisualOrder.text("Plain"));
    }

    @Test
    void aRightToLeftLinesIndentIsOnItsRight() {
        // a first line indented 10 points, justified to the full 100
        var pieces = List.of(new Line.Piece(10f, 40f, "שלום", null), new Line.Piece(60f, 40f, "עולם", null));
        Line set = VisualOrder.of(new Line(pieces, 100f), true, 100f, Alignment.JUSTIFY);
        assertEquals("םלוע@0 םולש@50", placed(set));
        assertEquals(90f, set.width(), 0.001f);
    }

    @Test
    void aHyphenStaysWithTheLatinWordItBreaksInsideRightToLeftText() {
        var pieces = new ArrayList<>(line("שלום", 20, "Eng", 15).pieces());
        pieces.add(new Line.Piece(37f, 3f, "-", null));
        Line set = VisualOrder.of(new Line(pieces, 40f), true, 40f, Alignment.JUSTIFY);
        assertEquals("Eng@0 -@15 םולש@20", placed(set));
    }

    @Test
    void widthsAndGapsAreKept() {
        Line before = line("x", 10, "אב", 12, "גד", 14, "y", 10);
        Line after = VisualOrder.of(before, false, 100f, Alignment.JUSTIFY);
        List<Line.Piece> pieces = after.pieces();
        assertEquals(before.width(), after.width(), 0.001f);
        float covered = 0f;
        for (Line.Piece p : pieces) {
            covered += p.width();
        }
        assertEquals(46f, covered, 0.001f);
        assertEquals(before.pieces().get(3).x(), pieces.get(3).x(), 0.001f);
    }

    @Test
    void aNumberTheBreakerLeftInTwoPiecesIsDrawnAsOneRun() {
        // "בשעה 9:00." with the time broken after its colon, each character 5 points wide
        var style = new TextStyle(TextStyle.Face.SERIF, false, false, 10f);
        Fragment fragment = Fragment.text("בשעה 9:00.", style);
        var pieces = List.of(new Line.Piece(0f, 20f, "בשעה", fragment), new Line.Piece(23f, 10f, "9:", fragment),
                new Line.Piece(33f, 15f, "00.", fragment));
        Line set = VisualOrder.of(new Line(pieces, 48f), true, 48f, Alignment.JUSTIFY, new FixedWidthMeasure());
        // the stop at the far left, then the time as it is read, then the word
        assertEquals(".@0 9:@5 00@15 העשב@28", placed(set));
        assertEquals(48f, set.width(), 0.001f);
    }
}
