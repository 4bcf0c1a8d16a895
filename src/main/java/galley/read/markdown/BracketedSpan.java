package galley.read.markdown;

import galley.read.AttributeList;

import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;

import java.util.Optional;

/**
 * pandoc's bracketed span {@code [text]{#id .class key=val}} in Flexmark's tree: the bracketed
 * text's inlines as children, the attributes written after it read.
 */
public final class BracketedSpan extends Node {

    private final AttributeList attributes;

    BracketedSpan(BasedSequence chars, AttributeList attributes) {
        super(chars);
        this.attributes = attributes;
    }

    /** The id written on the span, if any. */
    public Optional<String> id() {
        return attributes.id().isEmpty() ? Optional.empty() : Optional.of(attributes.id());
    }

    public AttributeList attributes() {
        return attributes;
    }

    @Override
    public BasedSequence[] getSegments() {
        return EMPTY_SEGMENTS;
    }
}
