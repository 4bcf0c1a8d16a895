package galley.pdf.layout;

import galley.model.Block;
import galley.model.Inline;
import galley.model.Source;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

class TableFormatterTest {

    @Test
    void aTableOfLongWordsTooWideEvenInSmallTypeStaysInsideTheMeasure() {
        var book = TestBooks.book(1, 1, false);
        BookStyle style = BookStyle.forPage(book.pageSize());
        var measure = new FixedWidthMeasure();
        var formatter = new BlockFormatter(book, style, measure, ImageDensity.assumed(), new galley.diagnostic.Diagnostics(), 300f, 500f);
        var cells = new ArrayList<List<Inline>>();
        for (int c = 0; c < 9; c++) {
            cells.add(List.of(new Inline.Text("Characteristic" + (char) ('A' + c))));
        }
        var row = new Block.TableRow(cells);
        var table = new Block.Table(Collections.nCopies(9, Block.Alignment.DEFAULT), List.of(row), List.of(row, row),
                new Source("x.md", 1));
        var out = new SlabList();
        formatter.block(table, new BlockFormatter.Frame(0f, 300f, style.body(), style.leading(), 0), false, out);

        String text = "";
        for (Slab slab : out.toList()) {
            for (PageItem item : slab.items()) {
                if (item instanceof PageItem.TextRun run) {
                    assertTrue(run.x() + measure.width(run.text(), run.style()) <= 300.01f, run.text() + " at " + run.x());
                    text += run.text();
                } else if (item instanceof PageItem.Rule rule) {
                    assertTrue(rule.x2() <= 300.01f, "rule to " + rule.x2());
                }
            }
        }
        assertTrue(text.contains("Characteristic".substring(0, 6)), text);
    }
}
