package galley.read.yaml;

import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One value of a pandoc metadata key that may be written plainly or in its structured form: a text,
 * or a mapping of a {@code text} and its qualifiers ({@code scheme}, {@code type}, {@code role},
 * {@code file-as} …); a key takes one value or a list of them.
 *
 * @param fields the qualifiers, by name
 */
record StructuredValue(String text, Map<String, String> fields, int line) {

    StructuredValue {
        fields = Map.copyOf(fields);
    }

    Optional<String> field(String name) {
        return Optional.ofNullable(fields.get(name)).map(String::strip).filter(v -> !v.isEmpty());
    }

    /** The values of {@code node}, or empty when it holds anything but texts and mappings of texts with a {@code text}. */
    static Optional<List<StructuredValue>> of(Node node, YamlDocument yaml) {
        var out = new ArrayList<StructuredValue>();
        List<Node> items = node instanceof SequenceNode seq ? seq.getValue() : List.of(node);
        for (Node item : items) {
            Optional<StructuredValue> value = one(item, yaml);
            if (value.isEmpty()) {
                return Optional.empty();
            }
            out.add(value.get());
        }
        return Optional.of(out);
    }

    private static Optional<StructuredValue> one(Node item, YamlDocument yaml) {
        if (item instanceof ScalarNode scalar && !YamlDocument.isNull(item)) {
            return Optional.of(new StructuredValue(scalar.getValue(), Map.of(), yaml.line(item)));
        }
        if (!(item instanceof MappingNode)) {
            return Optional.empty();
        }
        var fields = new HashMap<String, String>();
        for (NodeTuple tuple : YamlDocument.entries(item)) {
            Optional<String> key = YamlDocument.keyText(tuple);
            Optional<String> value = YamlDocument.scalar(tuple.getValueNode());
            if (key.isEmpty() || value.isEmpty()) {
                return Optional.empty();
            }
            fields.put(key.get(), value.get());
        }
        String text = fields.remove("text");
        return text == null ? Optional.empty() : Optional.of(new StructuredValue(text, fields, yaml.line(item)));
    }
}
