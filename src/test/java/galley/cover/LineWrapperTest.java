package galley.cover;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Font;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class LineWrapperTest {

    private static Font font;

    @BeforeAll
    static void headless() {
        System.setProperty("java.awt.headless", "true");
        font = LiberationFace.SERIF.at(100);
    }

    @Test
    void shortTextStaysOnOneLine() {
        LineWrapper wrapper = new LineWrapper(font, CoverComposer.FRC);
        assertEquals(List.of("Galley"), wrapper.wrap("  Galley \n", 1000));
    }

    @Test
    void linesAreEvenRatherThanGreedy() {
        LineWrapper wrapper = new LineWrapper(font, CoverComposer.FRC);
        String text = "one two three four five six seven";
        double width = wrapper.measure("one two three four five six") + 1;

        List<String> lines = wrapper.wrap(text, width);

        // a greedy fill would leave "seven" alone on the second line
        assertEquals(2, lines.size());
        double first = wrapper.measure(lines.get(0));
        double second = wrapper.measure(lines.get(1));
        assertTrue(Math.abs(first - second) < 0.35 * width, lines.toString());
    }

    @Test
    void prefersToBreakAfterAColon() {
        LineWrapper wrapper = new LineWrapper(font, CoverComposer.FRC);
        String text = "Belarus Protests: Putin Ready To Send Russian Police If Necessary";
        double width = wrapper.measure("Police If Necessary") + 2;

        List<String> lines = wrapper.wrap(text, width);

        assertEquals("Belarus Protests:", lines.get(0));
        assertEquals(text, String.join(" ", lines));
        lines.forEach(line -> assertTrue(wrapper.measure(line) <= width, line));
    }

    @Test
    void textWithoutSpacesBreaksBetweenCharacters() {
        LineWrapper wrapper = new LineWrapper(font, CoverComposer.FRC);
        String text = "ΑΒΓΔΕΖΗΘΙΚΛΜΝΞΟΠΡΣΤΥΦΧΨΩ";
        double width = wrapper.measure("ΑΒΓΔΕΖ");

        List<String> lines = wrapper.wrap(text, width);

        assertTrue(lines.size() >= 4, lines.toString());
        assertEquals(text, String.join("", lines));
        lines.forEach(line -> assertTrue(wrapper.measure(line) <= width, line));
    }
}
