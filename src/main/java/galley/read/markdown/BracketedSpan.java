package galley.read.markdown;

import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * pandoc's bracketed span {@code [text]{#id .class key=val}} in Flexmark's tree: the bracketed
 * text's inlines as children, the attributes written after it read.
 */
public final class BracketedSpan extends Node {

    private final String id;
    private final List<String> classes;
    private final Map<String, String> attributes;

    BracketedSpan(BasedSequence chars, String id, List<String> classes, Map<String, String> attributes) {
        super(chars);
        this.id = id;
        this.classes = List.copyOf(classes);
        this.attributes = attributes;
    }

    /** The id written on the span, if any. */
    public Optional<String> id() {
        return id.isEmpty() ? Optional.empty() : Optional.of(id);
    }

    List<String> classes() {
        return classes;
    }

    Map<String, String> attributes() {
        return attributes;
    }

    @Override
    public BasedSequence[] getSegments() {
        return EMPTY_SEGMENTS;
    }
}
