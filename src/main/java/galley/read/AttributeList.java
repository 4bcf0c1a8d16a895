package galley.read;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The attributes written in braces after a heading, span, link, image or code, as pandoc reads
 * {@code {#id .class key=value}}: the id ("" when none), the classes and the other pairs in source order.
 */
public record AttributeList(String id, List<String> classes, Map<String, String> pairs) {

    public static final AttributeList NONE = new AttributeList("", List.of(), Map.of());

    public AttributeList {
        classes = List.copyOf(classes);
        pairs = Collections.unmodifiableMap(new LinkedHashMap<>(pairs));
    }

    /** The value of {@code key}, or null when it is not given. */
    public String get(String key) {
        return pairs.get(key);
    }
}
