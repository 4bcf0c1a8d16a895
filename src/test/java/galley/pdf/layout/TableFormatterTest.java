package galley.pdf.layout;

import galley.model.Block;
import galley.model.Book;
import galley.model.Inline;
import galley.model.Metadata;
import galley.model.Source;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TableFormatterTest {

    /** Half an em a character, but a whole em for CJK, as a Japanese font sets them. */
    private static final TextMeasure CJK_MEASURE = (text, style) -> (float) text.codePoints()
            .mapToDouble(c -> Character.isIdeographic(c)
                    || Character.UnicodeScript.of(c) == Character.UnicodeScript.HIRAGANA
                    || Character.UnicodeScript.of(c) == Character.UnicodeScript.KATAKANA
                    || (c >= 0x3000 && c <= 0x303f) ? 1.0 : 0.5)
            .sum() * style.size();

    private static Block.Table table(List<String> header, List<List<String>> body) {
        var rows = new ArrayList<Block.TableRow>();
        for (List<String> cells : body) {
            rows.add(row(cells));
        }
        return new Block.Table(Collections.nCopies(header.size(), Block.Alignment.DEFAULT), List.of(row(header)), rows,
                new Source("x.md", 1));
    }

    private static Block.TableRow row(List<String> cells) {
        return new Block.TableRow(cells.stream().map(c -> List.<Inline>of(new Inline.Text(c))).toList());
    }

    private static List<Slab> set(Block.Table table, String lang, TextMeasure measure, float width) {
        Book english = TestBooks.book(1, 1, false);
        Metadata m = english.metadata();
        var meta = new Metadata(m.title(), m.subtitle(), m.authors(), lang, m.date(), m.identifier(), m.publisher(),
                m.rights(), m.description(), m.subjects());
        var book = new Book(meta, english.chapters(), english.cover(), english.name(), english.modified(),
                english.tocDepth(), english.pageSize());
        BookStyle style = BookStyle.forPage(book.pageSize());
        var formatter = new BlockFormatter(book, style, measure, ImageDensity.assumed(),
                new galley.diagnostic.Diagnostics(), width, 500f);
        var out = new SlabList();
        formatter.block(table, new BlockFormatter.Frame(0f, width, style.body(), style.leading(), 0), false, out);
        return out.toList();
    }

    private static List<PageItem.TextRun> runs(Slab slab) {
        return slab.items().stream().filter(i -> i instanceof PageItem.TextRun).map(i -> (PageItem.TextRun) i).toList();
    }

    @Test
    void aJapaneseTableWrapsItsLongCellAtFullSizeAndKeepsItsShortHeaderWhole() {
        var table = table(List.of("項目", "備考"), List.of(List.of("A",
                "卵、ハム、野菜の三種類から選べます。季節限定メニューもあります。朝食の時間帯のみの提供となりますので、ご注意ください。")));
        List<Slab> slabs = set(table, "ja", CJK_MEASURE, 300f);
        float size = BookStyle.forPage(TestBooks.book(1, 1, false).pageSize()).body().size() * 0.9f;
        Slab header = slabs.get(1);
        Slab body = slabs.get(2);
        List<PageItem.TextRun> headerRuns = runs(header);
        assertTrue(headerRuns.stream().allMatch(r -> r.baseline() == headerRuns.get(0).baseline()),
                "the header on one line: " + headerRuns);
        for (PageItem.TextRun run : runs(body)) {
            assertEquals(size, run.style().size(), 0.001f, run.text());
        }
        long lines = runs(body).stream().map(PageItem.TextRun::baseline).distinct().count();
        assertTrue(lines >= 3, "the long cell wraps: " + lines + " lines");
    }

    @Test
    void aWideTableHyphenatesItsLongWordsRatherThanCuttingThem() {
        var words = List.of("Configuration", "Implementation", "Representation", "Characteristic", "Administration",
                "Documentation", "Responsibility", "Understanding", "International", "Organization");
        var table = table(words, List.of(words.stream().map(w -> w.toLowerCase() + " value").toList()));
        List<Slab> slabs = set(table, "en", new FixedWidthMeasure(), 400f);
        var whole = words.stream().flatMap(w -> java.util.stream.Stream.of(w, w.toLowerCase(), "value"))
                .collect(Collectors.toSet());
        var measure = new FixedWidthMeasure();
        for (Slab slab : slabs) {
            List<PageItem.TextRun> runs = runs(slab);
            for (int i = 0; i < runs.size(); i++) {
                PageItem.TextRun run = runs.get(i);
                float end = run.x() + measure.width(run.text(), run.style());
                // cells are set column by column, line by line: the next run on this line follows within a space
                boolean lineGoesOn = i + 1 < runs.size() && runs.get(i + 1).baseline() == run.baseline()
                        && runs.get(i + 1).x() - end <= measure.width(" ", run.style()) + 0.01f;
                boolean endsWord = run.text().equals("-") || whole.stream().anyMatch(w -> w.endsWith(run.text()));
                assertTrue(lineGoesOn || endsWord,
                        "line ends inside a word without a hyphen: " + runs.stream().map(PageItem.TextRun::text).toList());
            }
        }
        float size = BookStyle.forPage(TestBooks.book(1, 1, false).pageSize()).body().size() * 0.9f;
        assertEquals(size, runs(slabs.get(2)).get(0).style().size(), 0.001f, "the type keeps its size");
    }

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
        assertTrue(text.replace("-", "").contains("CharacteristicA"), text);
    }
}
