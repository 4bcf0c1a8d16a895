package galley.read.markdown;

import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/** pandoc's inline note {@code ^[text]} in Flexmark's tree, the note's inlines as its children. */
public final class InlineNote extends Node {

    InlineNote(BasedSequence chars) {
        super(chars);
    }

    @Override
    public BasedSequence[] getSegments() {
        return EMPTY_SEGMENTS;
    }
}
