package galley.layout;

import galley.text.Alignment;
import galley.text.FixedWidthMeasure;
import galley.text.TextMeasure;

import galley.model.Block;
import galley.model.Book;
import galley.model.Inline;
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
        return Block.TableRow.ofText(cells.stream().map(c -> List.<Inline>of(new Inline.Text(c))).toList(), new Source("x.md", 1));
    }

    private static List<Slab> set(Block.Table table, String lang, TextMeasure measure, float width) {
        Book book = WordTaggedBooks.inLanguage(WordTaggedBooks.book(1, 1, false), lang);
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
        float size = BookStyle.forPage(WordTaggedBooks.book(1, 1, false).pageSize()).body().size() * 0.9f;
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
        float size = BookStyle.forPage(WordTaggedBooks.book(1, 1, false).pageSize()).body().size() * 0.9f;
        assertEquals(size, runs(slabs.get(2)).get(0).style().size(), 0.001f, "the type keeps its size");
    }

    @Test
    void aTableOfLongWordsTooWideEvenInSmallTypeStaysInsideTheMeasure() {
        var book = WordTaggedBooks.book(1, 1, false);
        BookStyle style = BookStyle.forPage(book.pageSize());
        var measure = new FixedWidthMeasure();
        var formatter = new BlockFormatter(book, style, measure, ImageDensity.assumed(), new galley.diagnostic.Diagnostics(), 300f, 500f);
        var cells = new ArrayList<List<Inline>>();
        for (int c = 0; c < 9; c++) {
            cells.add(List.of(new Inline.Text("Characteristic" + (char) ('A' + c))));
        }
        var row = Block.TableRow.ofText(cells, new Source("x.md", 1));
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

    private static final List<String> NAMES = List.of("connection_timeout_milliseconds", "maxConnectionPoolSize",
            "org.example.pool.validationQuery", "idle_eviction_interval", "leakDetectionThreshold");

    /** Each body row's first cell, line by line (pieces on one line run together), in the real fonts. */
    private static List<List<String>> firstCells(List<Slab> slabs) {
        var cells = new ArrayList<List<String>>();
        // the header's cells are one word each, set at the left of their columns
        float next = runs(slabs.get(1)).get(1).x();
        for (Slab slab : slabs.subList(2, slabs.size() - 1)) {
            var lines = new java.util.TreeMap<Float, String>(java.util.Comparator.reverseOrder());
            for (PageItem.TextRun run : runs(slab)) {
                if (run.x() < next) {
                    lines.merge(run.baseline(), run.text(), String::concat);
                }
            }
            cells.add(List.copyOf(lines.values()));
        }
        return cells;
    }

    @Test
    void namesInANarrowColumnBreakWhereCodeWouldAndNothingRunsPastItsCell() {
        var rows = new ArrayList<List<String>>();
        for (String name : NAMES) {
            rows.add(List.of(name, "int", "30000", "0", "600000", "ms", "pool", "1.0", "yes", "how long to wait"));
        }
        var table = table(List.of("Name", "Kind", "Default", "Min", "Max", "Unit", "Scope", "Since", "Reload", "Notes"),
                rows);
        var page = galley.model.PageSize.TRADE_6X9;
        float width = PageGeometry.of(page, BookStyle.forPage(page)).textWidth();
        var fonts = galley.font.FontSet.standard();
        List<Slab> slabs = set(table, "en", fonts, width);
        assertEquals(NAMES, firstCells(slabs).stream().map(lines -> String.join("", lines)).toList(),
                "each name whole, without a hyphen, read down its cell");
        for (Slab slab : slabs) {
            var byLine = runs(slab).stream().collect(Collectors.groupingBy(PageItem.TextRun::baseline));
            for (List<PageItem.TextRun> line : byLine.values()) {
                var sorted = line.stream().sorted((a, b) -> Float.compare(a.x(), b.x())).toList();
                for (int i = 0; i < sorted.size(); i++) {
                    PageItem.TextRun run = sorted.get(i);
                    float end = run.x() + fonts.width(run.text(), run.style());
                    assertTrue(end <= width + 0.01f, run.text() + " runs past the measure");
                    if (i + 1 < sorted.size()) {
                        assertTrue(end <= sorted.get(i + 1).x() + 0.01f, run.text() + " runs into " + sorted.get(i + 1).text());
                    }
                }
            }
        }
    }

    @Test
    void aColumnOfNamesKeepsThemWholeWhereTheTableHasRoom() {
        var rows = new ArrayList<List<String>>();
        for (String name : NAMES) {
            rows.add(List.of(name, "int", "The setting's meaning, told at some length so that this column would take"
                    + " all the room it is given and more, were it not shared."));
        }
        var page = galley.model.PageSize.TRADE_6X9;
        float width = PageGeometry.of(page, BookStyle.forPage(page)).textWidth();
        List<Slab> slabs = set(table(List.of("Setting", "Type", "Description"), rows), "en", galley.font.FontSet.standard(),
                width);
        assertEquals(NAMES.stream().map(List::of).toList(), firstCells(slabs), "each name whole on one line");
    }
    @Test
    void aYearWithItsCounterStaysOnOneLineBesideALongRemark() {
        var table = table(List.of("年", "店舗数", "うち飲食店", "空き店舗", "備考"), List.of(
                List.of("1975年", "84", "12", "2", "最盛期。夏祭りには夜店が百軒以上並んだ"),
                List.of("2020年", "31", "9", "34", "新しいパン屋とカフェが開店")));
        List<Slab> slabs = set(table, "ja", CJK_MEASURE, 300f);
        for (Slab row : slabs.subList(2, 4)) {
            var year = runs(row).stream().filter(r -> r.x() < 20f).toList();
            assertEquals(1, year.stream().map(PageItem.TextRun::baseline).distinct().count(), "the year: " + year);
        }
    }
}
