package galley.book;

import galley.book.GeneratedBook.TablePlan;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The GFM tables of a generated chapter: a small one with a column of each alignment, a long one
 * that must break across pages, and one wider than any text block.
 */
final class TableWriter {

    /**
     * A table as Markdown, with what each body row shows (its cells' text run together), and the plan
     * the tests check it by (null for the small table).
     */
    record Written(String markdown, List<String> rows, TablePlan plan) {
    }

    private TableWriter() {
    }

    static Written aligned(Script script, Random random, int n) {
        var md = new StringBuilder("| " + script.word(random) + " | " + script.word(random) + " | #" + n + " |\n");
        md.append("|:-----|:------:|------:|\n");
        var rows = new ArrayList<String>();
        for (int r = 0; r < 3; r++) {
            String a = script.phrase(random, 2);
            String b = script.word(random);
            String c = (r + 1) * n + ".5";
            md.append("| ").append(a).append(" | ").append(b).append(" | ").append(c).append(" |\n");
            rows.add(a + b + c);
        }
        return new Written(md.toString().stripTrailing(), rows, null);
    }

    /** Seventy rows, each starting with a token such as {@code R3K17} that tells which table and row it is. */
    static Written longTable(Script script, Random random, int n) {
        String token = "R" + n + "K";
        var md = new StringBuilder("| Number" + n + " | " + script.word(random) + " | Value" + n + " |\n|---|---|--:|\n");
        int count = 70;
        for (int r = 1; r <= count; r++) {
            md.append("| ").append(token).append(r).append(" | ").append(script.phrase(random, 2)).append(" | ")
                    .append(r * 17).append(" |\n");
        }
        return new Written(md.toString().stripTrailing(), List.of(),
                new TablePlan(List.of("Number" + n, "Value" + n), token, count, false));
    }

    /** Nine columns headed by words too long to fit side by side in any text block. */
    static Written wide(Script script, Random random, int n) {
        var header = new ArrayList<String>();
        var md = new StringBuilder("|");
        for (int c = 0; c < 9; c++) {
            String cell = "Characteristic" + (char) ('A' + c) + n;
            header.add(cell);
            md.append(' ').append(cell).append(" |");
        }
        md.append("\n|").append("---|".repeat(9)).append('\n');
        for (int r = 0; r < 4; r++) {
            md.append("| W").append(n).append('Q').append(r).append(" |");
            for (int c = 1; c < 9; c++) {
                md.append(' ').append(script.phrase(random, 2)).append(" |");
            }
            md.append('\n');
        }
        return new Written(md.toString().stripTrailing(), List.of(), new TablePlan(header, "W" + n + "Q", 4, true));
    }
}
