package galley.pdf.layout;

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
}
