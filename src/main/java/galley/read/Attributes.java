package galley.read;

import com.vladsch.flexmark.ext.attributes.AttributeNode;
import com.vladsch.flexmark.ext.attributes.AttributesNode;
import com.vladsch.flexmark.util.ast.Node;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The {@code {#id .class}} attributes written on a heading or after a figure's image. */
public final class Attributes {

    private Attributes() {
    }

    /** The id given among {@code owner}'s direct children, if any. */
    public static Optional<String> id(Node owner) {
        for (AttributeNode attribute : attributes(owner)) {
            if (attribute.isId() || attribute.getName().toString().equals("id")) {
                String value = attribute.getValue().toString().strip();
                if (!value.isEmpty()) {
                    return Optional.of(value);
                }
            }
        }
        return Optional.empty();
    }

    /** The classes given among {@code owner}'s direct children, in order. */
    public static List<String> classes(Node owner) {
        var classes = new ArrayList<String>();
        for (AttributeNode attribute : attributes(owner)) {
            if (attribute.isClass() || attribute.getName().toString().equals("class")) {
                for (String name : attribute.getValue().toString().strip().split("\\s+")) {
                    if (!name.isEmpty()) {
                        classes.add(name);
                    }
                }
            }
        }
        return classes;
    }

    /** The value of attribute {@code name} given among {@code owner}'s direct children, if any. */
    public static Optional<String> value(Node owner, String name) {
        return valueIn(attributes(owner), name);
    }

    /** The value of attribute {@code name} in the {@code {…}} written right after {@code node}, as after an image. */
    public static Optional<String> after(Node node, String name) {
        var found = new ArrayList<AttributeNode>();
        if (node.getNext() instanceof AttributesNode following) {
            for (Node a = following.getFirstChild(); a != null; a = a.getNext()) {
                if (a instanceof AttributeNode attribute) {
                    found.add(attribute);
                }
            }
        }
        return valueIn(found, name);
    }

    private static Optional<String> valueIn(List<AttributeNode> attributes, String name) {
        for (AttributeNode attribute : attributes) {
            if (attribute.getName().toString().equals(name)) {
                return Optional.of(attribute.getValue().toString());
            }
        }
        return Optional.empty();
    }

    private static List<AttributeNode> attributes(Node owner) {
        var found = new ArrayList<AttributeNode>();
        for (Node child = owner.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof AttributesNode) {
                for (Node a = child.getFirstChild(); a != null; a = a.getNext()) {
                    if (a instanceof AttributeNode attribute) {
                        found.add(attribute);
                    }
                }
            }
        }
        return found;
    }
}
