package galley.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Pandoc's title block at the very top of a manuscript: up to three lines opening with {@code %}
 * (title, authors separated by {@code ;}, date), each continued by lines that open with a space or
 * a tab; a field left empty ({@code %} alone) is unset.
 *
 * @param title   the title, continuation lines joined by a space
 * @param authors the authors, split at {@code ;} and at continuation lines
 * @param date    the date as written
 * @param lines   how many lines of the file the block takes
 * @param fieldLines the line each field (title, authors, date) starts on, for those written
 */
public record TitleBlock(Optional<String> title, List<String> authors, Optional<String> date, int lines,
                         List<Integer> fieldLines) {

    public TitleBlock {
        authors = List.copyOf(authors);
        fieldLines = List.copyOf(fieldLines);
    }

    /** The line the field at {@code index} (0 title, 1 authors, 2 date) starts on. */
    public int lineOf(int index) {
        return index < fieldLines.size() ? fieldLines.get(index) : 1;
    }

    /** The title block {@code text} (its lines ended by {@code \n} alone, as a {@link TextFile}'s are) opens with, if any. */
    public static Optional<TitleBlock> read(String text) {
        // split as without() counts lines, so that a stray \r can never make it empty more than the block
        List<String> all = List.of(text.split("\n", -1));
        var fields = new ArrayList<List<String>>();
        var starts = new ArrayList<Integer>();
        int line = 0;
        while (line < all.size() && fields.size() < 3 && all.get(line).startsWith("%")) {
            var field = new ArrayList<String>();
            starts.add(line + 1);
            field.add(all.get(line).substring(1).strip());
            line++;
            while (line < all.size() && continues(all.get(line))) {
                field.add(all.get(line).strip());
                line++;
            }
            fields.add(field);
        }
        if (fields.isEmpty()) {
            return Optional.empty();
        }
        List<String> authors = fields.size() < 2 ? List.of() : fields.get(1).stream()
                .flatMap(part -> List.of(part.split(";")).stream()).map(String::strip).filter(a -> !a.isEmpty()).toList();
        return Optional.of(new TitleBlock(joined(fields, 0), authors, joined(fields, 2), line, starts));
    }

    /** {@code text} with the block's lines emptied, so that every later line keeps its number. */
    public String without(String text) {
        int offset = 0;
        for (int i = 0; i < lines; i++) {
            int end = text.indexOf('\n', offset);
            offset = end < 0 ? text.length() : end + 1;
        }
        return "\n".repeat(lines) + text.substring(offset);
    }

    private static boolean continues(String line) {
        return !line.isBlank() && (line.charAt(0) == ' ' || line.charAt(0) == '\t');
    }

    private static Optional<String> joined(List<List<String>> fields, int index) {
        if (index >= fields.size()) {
            return Optional.empty();
        }
        String text = String.join(" ", fields.get(index)).strip();
        return text.isEmpty() ? Optional.empty() : Optional.of(text);
    }
}
