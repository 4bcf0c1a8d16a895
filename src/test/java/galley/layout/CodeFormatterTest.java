package galley.layout;

import galley.text.TextMeasure;
import galley.text.TextStyle;

import galley.model.Block;
import galley.model.PageSize;
import galley.model.Source;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CodeFormatterTest {

    /** Half an em a character, as a monospace face, but a whole em for CJK, as its fallback font sets them. */
    private static final TextMeasure MEASURE = (text, style) -> (float) text.codePoints()
            .mapToDouble(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN ? 1.0 : 0.5)
            .sum() * style.size();

    @Test
    void aLineOfWideCharactersWrapsByItsWidthNotByItsLength() {
        BookStyle style = BookStyle.forPage(PageSize.TRADE_6X9);
        var frame = new BlockFormatter.Frame(0f, 200f, style.body(), style.leading(), 0);
        String line = "// " + "漢字".repeat(40);
        var out = new SlabList();
        CodeFormatter.code(new Block.CodeBlock("", line, new Source("x.md", 1)), frame, style, MEASURE, out);
        var rows = out.toList().stream().flatMap(s -> s.items().stream())
                .filter(i -> i instanceof PageItem.TextRun).map(i -> (PageItem.TextRun) i).toList();
        assertTrue(rows.size() > 3, "rows: " + rows.size());
        StringBuilder joined = new StringBuilder();
        for (PageItem.TextRun row : rows) {
            assertTrue(row.x() + MEASURE.width(row.text(), row.style()) <= 200.01f, row.text());
            joined.append(row.text().replace("\u21aa ", ""));
        }
        assertEquals(line, joined.toString());
    }

    private static List<String> rows(String code, float width) {
        BookStyle style = BookStyle.forPage(PageSize.TRADE_6X9);
        var frame = new BlockFormatter.Frame(0f, width, style.body(), style.leading(), 0);
        var out = new SlabList();
        CodeFormatter.code(new Block.CodeBlock("", code, new Source("x.md", 1)), frame, style, MEASURE, out);
        return out.toList().stream().flatMap(s -> s.items().stream())
                .filter(i -> i instanceof PageItem.TextRun).map(i -> ((PageItem.TextRun) i).text()).toList();
    }

    @Test
    void aLongLineWrapsAfterASpaceOrPunctuationNearTheMarginRatherThanInsideAWord() {
        String line = "/* A function with a very long signature that will certainly not fit in the measure of a six "
                + "by nine inch page */ static int process(const char *request_buffer, size_t request_length, int flags)";
        List<String> rows = rows(line, 200f);
        assertTrue(rows.size() > 3, "rows: " + rows);
        for (int k = 0; k < rows.size() - 1; k++) {
            String row = rows.get(k);
            char last = row.charAt(row.length() - 1);
            assertTrue(" ,;([{|/._".indexOf(last) >= 0, "row ends inside a word: '" + row + "'");
            // and not far short of the margin
            assertTrue(MEASURE.width(row, BookStyle.forPage(PageSize.TRADE_6X9).code()) > 200f * 0.6f, row);
        }
        assertEquals(line, String.join("", rows).replace("\u21aa ", ""));
    }

    @Test
    void aLongIdentifierWrapsAfterOneOfItsUnderscores() {
        String line = "static int process_the_incoming_request_with_many_parameters_of_every_kind(const char *buffer)";
        List<String> rows = rows(line, 200f);
        assertTrue(rows.size() > 1, "rows: " + rows);
        assertTrue(rows.get(0).endsWith("_"), "the first row ends at an underscore: " + rows);
        assertEquals(line, String.join("", rows).replace("\u21aa ", ""));
    }

    @Test
    void aLineWithNoPlaceToBreakIsCutAtTheMargin() {
        String line = "x".repeat(200);
        List<String> rows = rows(line, 200f);
        TextStyle mono = BookStyle.forPage(PageSize.TRADE_6X9).code();
        float inset = BookStyle.forPage(PageSize.TRADE_6X9).body().size();
        assertTrue(MEASURE.width(rows.get(0), mono) > 200f - inset - mono.size(), rows.get(0));
        assertEquals(line, String.join("", rows).replace("\u21aa ", ""));
    }

    @Test
    void tabsStopEveryFourColumnsAsInTheEpub() {
        assertEquals("    return;", CodeFormatter.expandTabs("\treturn;"));
        assertEquals("ab  x", CodeFormatter.expandTabs("ab\tx"));
        assertEquals("abcd    x", CodeFormatter.expandTabs("abcd\tx"));
        assertEquals(List.of("        x = 1;"), rows("\t\tx = 1;", 300f));
    }
}
