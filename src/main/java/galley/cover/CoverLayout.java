package galley.cover;

import java.util.List;

/**
 * Where everything on a typographic cover goes, in pixels: the text block's left and right
 * edges, the accent bar above the title, the rule above the author line (or a negative value
 * when there is no author), and every line of type.
 */
public record CoverLayout(int width, int height, float textLeft, float textRight,
                          float accentTop, float authorRule, List<SetLine> lines) {

    public CoverLayout {
        lines = List.copyOf(lines);
    }

    /** The lines of one part of the cover's text, top to bottom. */
    public List<SetLine> linesOf(SetLine.Part part) {
        return lines.stream().filter(line -> line.part() == part).toList();
    }
}
