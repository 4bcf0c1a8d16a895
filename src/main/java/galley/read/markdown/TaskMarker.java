package galley.read.markdown;

import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.Paragraph;
import galley.model.Block;
import galley.model.Inline;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The marker of a GitHub task-list item, {@code [ ]} or {@code [x]}: as GFM defines it, the first
 * thing of the item's first paragraph, followed by white space. Flexmark without its task-list
 * extension reads it as text, so it is taken off the text here.
 */
final class TaskMarker {

    private static final Pattern MARKER = Pattern.compile("^\\[([ \\txX])\\][ \\t\\n]+");

    private TaskMarker() {
    }

    /** Whether {@code item} is a task that is done, not done, or (empty) not a task at all. */
    static Optional<Boolean> of(ListItem item) {
        if (!(item.getFirstChild() instanceof Paragraph paragraph)) {
            return Optional.empty();
        }
        Matcher marker = MARKER.matcher(paragraph.getChars());
        return marker.lookingAt() ? Optional.of(!marker.group(1).isBlank()) : Optional.empty();
    }

    /**
     * The blocks of a task item read as text, without its marker; empty when the first paragraph
     * does not begin with the marker as text (as when {@code [x]} is a link to a reference "x").
     */
    static Optional<List<Block>> without(List<Block> blocks) {
        if (blocks.isEmpty() || !(blocks.get(0) instanceof Block.Paragraph first)
                || first.content().isEmpty() || !(first.content().get(0) instanceof Inline.Text text)) {
            return Optional.empty();
        }
        Matcher marker = MARKER.matcher(text.text());
        if (!marker.lookingAt()) {
            return Optional.empty();
        }
        var content = new ArrayList<>(first.content());
        String rest = text.text().substring(marker.end());
        if (rest.isEmpty()) {
            content.remove(0);
        } else {
            content.set(0, new Inline.Text(rest));
        }
        if (content.isEmpty()) {
            return Optional.empty();
        }
        var out = new ArrayList<>(blocks);
        out.set(0, new Block.Paragraph(content, first.source()));
        return Optional.of(out);
    }
}
