package galley.read.html;

import galley.read.markdown.TableReader;

import galley.model.Block;
import galley.model.Inline;
import galley.model.Source;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;

/** Turns a raw HTML {@code <table>} into the model's table: header rows, body rows, column alignments. */
final class HtmlTableReader {

    private final BiFunction<Element, Integer, List<Inline>> cellText;

    /** @param cellText converts a cell's content at a nesting depth */
    HtmlTableReader(BiFunction<Element, Integer, List<Inline>> cellText) {
        this.cellText = cellText;
    }

    Block.Table read(Element table, Source source, int depth) {
        var headerRows = new ArrayList<Element>();
        var bodyRows = new ArrayList<Element>();
        for (Element child : table.children()) {
            String name = child.normalName();
            if (name.equals("thead")) {
                headerRows.addAll(rowsOf(child));
            } else if (name.equals("tbody") || name.equals("tfoot")) {
                bodyRows.addAll(rowsOf(child));
            } else if (name.equals("tr")) {
                bodyRows.add(child);
            }
        }
        if (headerRows.isEmpty() && !bodyRows.isEmpty() && allHeaderCells(bodyRows.get(0))) {
            headerRows.add(bodyRows.remove(0));
        }
        var header = cells(headerRows, source, depth);
        var body = cells(bodyRows, source, depth);
        int columns = 0;
        for (List<Block.TableCell> row : header) {
            columns = Math.max(columns, row.size());
        }
        for (List<Block.TableCell> row : body) {
            columns = Math.max(columns, row.size());
        }
        var alignments = new ArrayList<Block.Alignment>();
        List<Element> first = headerRows.isEmpty() ? (bodyRows.isEmpty() ? List.of() : cellsOf(bodyRows.get(0)))
                : cellsOf(headerRows.get(0));
        for (int i = 0; i < columns; i++) {
            alignments.add(i < first.size() ? alignment(first.get(i)) : Block.Alignment.DEFAULT);
        }
        return new Block.Table(alignments, TableReader.rows(header, columns), TableReader.rows(body, columns), source);
    }

    private static List<Element> rowsOf(Element section) {
        return section.children().stream().filter(e -> e.normalName().equals("tr")).toList();
    }

    private static List<Element> cellsOf(Element row) {
        return row.children().stream().filter(e -> e.normalName().equals("td") || e.normalName().equals("th")).toList();
    }

    private static boolean allHeaderCells(Element row) {
        List<Element> cells = cellsOf(row);
        return !cells.isEmpty() && cells.stream().allMatch(c -> c.normalName().equals("th"));
    }

    private List<List<Block.TableCell>> cells(List<Element> rows, Source source, int depth) {
        var out = new ArrayList<List<Block.TableCell>>();
        for (Element row : rows) {
            var cells = new ArrayList<Block.TableCell>();
            for (Element cell : cellsOf(row)) {
                cells.add(Block.TableCell.of(cellText.apply(cell, depth + 1), source));
            }
            out.add(cells);
        }
        return out;
    }

    private static Block.Alignment alignment(Element cell) {
        String align = cell.attr("align").toLowerCase(Locale.ROOT);
        String style = cell.attr("style").toLowerCase(Locale.ROOT).replace(" ", "");
        if (align.equals("center") || style.contains("text-align:center")) {
            return Block.Alignment.CENTER;
        }
        if (align.equals("right") || style.contains("text-align:right")) {
            return Block.Alignment.RIGHT;
        }
        if (align.equals("left") || style.contains("text-align:left")) {
            return Block.Alignment.LEFT;
        }
        return Block.Alignment.DEFAULT;
    }
}
