package galley.read.markdown;

import galley.read.AttributeList;

import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/** A pandoc fenced div in Flexmark's tree: the blocks between {@code ::: {attributes}} and {@code :::}. */
public final class FencedDiv extends Block {

    private final AttributeList attributes;
    private final BasedSequence openingFence;

    FencedDiv(BasedSequence openingFence, AttributeList attributes) {
        super(openingFence);
        this.openingFence = openingFence;
        this.attributes = attributes;
    }

    /** What the opening fence gives: id, classes and other attributes. */
    public AttributeList attributes() {
        return attributes;
    }

    BasedSequence openingFence() {
        return openingFence;
    }

    @Override
    public BasedSequence[] getSegments() {
        return new BasedSequence[] {openingFence};
    }

    /** The closing fence of a div, kept in the tree only so that its line is accounted for. */
    public static final class End extends Block {
        End(BasedSequence fence) {
            super(fence);
        }

        @Override
        public BasedSequence[] getSegments() {
            return EMPTY_SEGMENTS;
        }
    }
}
