package galley.book;

import galley.book.PrintedBook.Glyph;
import galley.book.PrintedBook.PrintedPage;
import galley.testing.TestBook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The print edition's contents page as PDFBox reads it back: leader dots that line up from entry to
 * entry, and a title that wraps hung in and kept clear of the page numbers.
 */
class ContentsPageTest {

    private static final String LONG = "Appendix A Heading That Is Rather Long So That It Must Wrap Onto Two Or Even "
            + "Three Lines In Print";

    @TempDir
    static Path dir;

    private static List<List<Glyph>> lines;
    private static float textRight;

    @BeforeAll
    static void build() throws IOException {
        String[] titles = {"Introduction", "Who Should Read This Book", "Data and Errors", LONG};
        String[] chapters = new String[titles.length];
        for (int i = 0; i < titles.length; i++) {
            chapters[i] = "# " + titles[i] + "\n\nSome text.\n\n## A Section of Chapter " + "ABCD".charAt(i) + "\n\nMore text.\n";
        }
        TestBook.Run build = TestBook.written(dir, "title: Leaders\nlang: en\nname: leaders\n", chapters).build();
        assertEquals(0, build.status(), build.err());
        PrintedPage contents = PrintedBook.read(build.pdf()).pages().stream()
                .filter(p -> p.text().startsWith("Contents")).findFirst().orElseThrow();
        // glyphs by baseline (measured up from the page's foot), top down, the heading left out
        Map<Float, List<Glyph>> byLine = new TreeMap<>(Comparator.reverseOrder());
        for (Glyph g : contents.glyphs()) {
            byLine.computeIfAbsent(Math.round(g.y() * 10f) / 10f, y -> new ArrayList<>()).add(g);
        }
        lines = new ArrayList<>(byLine.values());
        lines.removeIf(line -> text(line).equals("Contents"));
        textRight = (float) lines.stream().flatMap(List::stream).mapToDouble(g -> g.x() + g.width()).max().orElseThrow();
    }

    private static String text(List<Glyph> line) {
        return line.stream().filter(ContentsPageTest::isTitle).map(Glyph::text).collect(Collectors.joining());
    }

    private static boolean isDot(Glyph g) {
        return g.text().equals(".");
    }

    private static boolean isTitle(Glyph g) {
        return !isDot(g) && !Character.isDigit(g.text().charAt(0)) && !g.text().isBlank();
    }

    @Test
    void theLeaderDotsOfEveryEntryStandOnOneGrid() {
        float pitch = Float.MAX_VALUE;
        float origin = Float.NaN;
        int withDots = 0;
        for (List<Glyph> line : lines) {
            List<Glyph> dots = line.stream().filter(ContentsPageTest::isDot).toList();
            for (int k = 1; k < dots.size(); k++) {
                pitch = Math.min(pitch, dots.get(k).x() - dots.get(k - 1).x());
            }
            if (!dots.isEmpty()) {
                origin = dots.get(0).x();
                withDots++;
            }
        }
        assertTrue(withDots >= 8, "entries with leaders: " + withDots);
        for (List<Glyph> line : lines) {
            for (Glyph dot : line.stream().filter(ContentsPageTest::isDot).toList()) {
                float steps = (dot.x() - origin) / pitch;
                assertEquals(Math.round(steps), steps, 0.02f, "dot at " + dot.x() + " off the grid of pitch " + pitch);
            }
        }
    }

    @Test
    void aWrappedTitleHangsInAndStaysClearOfThePageNumbers() {
        float em = 10.5f;
        List<List<Glyph>> wrapped = new ArrayList<>();
        for (List<Glyph> line : lines) {
            String text = text(line);
            if (text.startsWith("ASection") && !wrapped.isEmpty()) {
                break;
            }
            if (text.startsWith("Appendix") || !wrapped.isEmpty()) {
                wrapped.add(line);
            }
        }
        assertTrue(wrapped.size() >= 2, "the long title wraps: " + wrapped.size());
        float firstLeft = wrapped.get(0).get(0).x();
        for (List<Glyph> line : wrapped) {
            float left = line.stream().filter(ContentsPageTest::isTitle).findFirst().orElseThrow().x();
            float right = (float) line.stream().filter(ContentsPageTest::isTitle).mapToDouble(g -> g.x() + g.width())
                    .max().orElseThrow();
            if (line != wrapped.get(0)) {
                assertTrue(left >= firstLeft + em, "continuation line hung in: " + left + " against " + firstLeft);
            }
            assertTrue(right <= textRight - 3.25f * em, "title line ends at " + right + ", numbers end at " + textRight);
        }
    }
}
