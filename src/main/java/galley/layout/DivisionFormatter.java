package galley.layout;

import galley.i18n.Word;
import galley.i18n.Words;
import galley.model.Admonition;
import galley.model.Block;
import galley.model.TextDirection;
import galley.text.Alignment;
import galley.text.Fragment;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Sets a division in the text flow: its blocks as they would stand without it, its id a destination
 * at its first line; an admonition set apart by space, its localised label in bold, and a rule down
 * the side its lines begin on, beside every strip of it and so across a page break, printing the same
 * in black and white.
 */
final class DivisionFormatter {

    private final BlockFormatter formatter;
    private final BookStyle style;
    private final Words words;

    DivisionFormatter(BlockFormatter formatter, BookStyle style, Words words) {
        this.formatter = formatter;
        this.style = style;
        this.words = words;
    }

    void division(Block.Division d, BlockFormatter.Frame frame, SlabList out) {
        int start = out.size();
        Optional<Admonition> admonition = Admonition.of(d);
        if (admonition.isEmpty()) {
            formatter.blocks(d.blocks(), frame, out);
        } else {
            admonition(d, admonition.get(), frame, out);
        }
        if (!d.id().isEmpty()) {
            out.anchor(start, d.id(), frame.block());
        }
    }

    private void admonition(Block.Division d, Admonition kind, BlockFormatter.Frame frame, SlabList out) {
        boolean rightToLeft = TextDirection.rightToLeft(d);
        float inset = style.indent();
        BlockFormatter.Frame inside = rightToLeft ? frame.indented(0f, inset) : frame.indented(inset, 0f);
        float ruleX = rightToLeft ? frame.x() + frame.width() - inset * 0.3f : frame.x() + inset * 0.3f;
        out.add(Slab.space(frame.leading() * 0.5f, frame.block()));
        int first = out.size();
        formatter.lines(List.of(Fragment.text(words.get(Word.label(kind)), frame.text().withBold(true))), inside, 0f,
                rightToLeft ? Alignment.RIGHT : Alignment.LEFT, out, Map.of());
        out.keepNext(1);
        formatter.blocks(d.blocks(), inside, out);
        float thickness = style.body().size() * 0.08f;
        for (int i = first; i < out.size(); i++) {
            out.ruleBeside(i, ruleX, thickness);
        }
        out.add(Slab.space(frame.leading() * 0.5f, frame.block()));
    }
}
