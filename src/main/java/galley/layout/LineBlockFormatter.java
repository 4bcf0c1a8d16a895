package galley.layout;

import galley.model.Block;
import galley.model.Inline;
import galley.model.TextDirection;
import galley.text.Alignment;
import galley.text.Fragment;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Sets verse (a line block) line by line as the author broke it, never justified: a line too long for
 * the measure wraps with its rest hanging under it, an empty line leaves a line's space between stanzas.
 */
final class LineBlockFormatter {

    private final BlockFormatter formatter;
    private final BookStyle style;

    LineBlockFormatter(BlockFormatter formatter, BookStyle style) {
        this.formatter = formatter;
        this.style = style;
    }

    // a wrapped line's rest is set in a measure indented by the hang, its first part pulled back to the edge
    void lineBlock(Block.LineBlock verse, BlockFormatter.Frame frame, SlabList out) {
        boolean rightToLeft = TextDirection.rightToLeft(verse);
        float hang = style.indent() * 1.5f;
        BlockFormatter.Frame hanging = rightToLeft ? frame.indented(0f, hang) : frame.indented(hang, 0f);
        out.add(Slab.space(frame.leading() * 0.5f, frame.block()));
        for (List<Inline> line : verse.lines()) {
            List<Fragment> fragments = formatter.flattener().flatten(line, frame.text());
            if (fragments.isEmpty()) {
                out.add(Slab.space(frame.leading(), frame.block()));
                continue;
            }
            // the line breaker lets no space open a line, so the spaces the author kept become its indent
            var set = new ArrayList<>(fragments);
            String opening = set.get(0).text();
            int spaces = 0;
            while (spaces < opening.length() && opening.charAt(spaces) == '\u00A0') {
                spaces++;
            }
            float indent = formatter.measure().width(opening.substring(0, spaces), set.get(0).style());
            set.set(0, set.get(0).withText(opening.substring(spaces)));
            int first = out.size();
            formatter.lines(set, hanging, indent, Alignment.LEFT, out, Map.of());
            if (out.size() > first) {
                out.shift(first, rightToLeft ? hang : -hang);
            }
        }
        out.add(Slab.space(frame.leading() * 0.5f, frame.block()));
    }
}
