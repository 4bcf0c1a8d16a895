package galley.read;

import galley.read.markdown.BracedAttributes;

import com.vladsch.flexmark.util.ast.Node;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The {@code {#id .class}} attributes written on a heading, after a figure's image, a link or inline code. */
public final class Attributes {

    private Attributes() {
    }

    /** The id given at the end of heading {@code owner}, if any. */
    public static Optional<String> id(Node owner) {
        String id = "";
        for (Node child = owner.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof BracedAttributes braces && braces.ofParent() && !braces.attributes().id().isEmpty()) {
                id = braces.attributes().id();
            }
        }
        return id.isEmpty() ? Optional.empty() : Optional.of(id);
    }

    /** The classes given at the end of heading {@code owner}, in order. */
    public static List<String> classes(Node owner) {
        var classes = new ArrayList<String>();
        for (Node child = owner.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof BracedAttributes braces && braces.ofParent()) {
                classes.addAll(braces.attributes().classes());
            }
        }
        return classes;
    }

    /**
     * The attributes written right after {@code node}, a link, image or inline code
     * ({@code ![a](x.png){width=50%}}), or none.
     */
    public static AttributeList following(Node node) {
        return node.getNext() instanceof BracedAttributes braces && !braces.ofParent() ? braces.attributes() : AttributeList.NONE;
    }

    /** The id written right after {@code node}, if any. */
    public static Optional<String> idFollowing(Node node) {
        String id = following(node).id();
        return id.isEmpty() ? Optional.empty() : Optional.of(id);
    }
}
