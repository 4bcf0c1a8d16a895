package galley.read.markdown;

import galley.read.AttributeList;

import com.vladsch.flexmark.util.ast.DoNotDecorate;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * Attribute braces in Flexmark's tree, read: after a link, image or inline code they are its next
 * sibling, at the end of a heading its last child.
 */
public final class BracedAttributes extends Node implements DoNotDecorate {

    private final AttributeList attributes;
    private final boolean ofParent;

    BracedAttributes(BasedSequence chars, AttributeList attributes, boolean ofParent) {
        super(chars);
        this.attributes = attributes;
        this.ofParent = ofParent;
    }

    /** Whether the attributes belong to the parent (a heading's) rather than to the node before them. */
    public boolean ofParent() {
        return ofParent;
    }

    public AttributeList attributes() {
        return attributes;
    }

    @Override
    public BasedSequence[] getSegments() {
        return EMPTY_SEGMENTS;
    }
}
