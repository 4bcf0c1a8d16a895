package galley.read.markdown;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The attributes pandoc writes in braces after a fence, {@code {#id .class key=value key="two words"}}:
 * an id, classes in order, and the other attributes in order.
 */
public record FenceAttributes(String id, List<String> classes, Map<String, String> attributes) {

    public FenceAttributes {
        classes = List.copyOf(classes);
        attributes = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
    }

    /** The attributes of {@code text}, braces included, or empty when it is not written as pandoc writes them. */
    public static Optional<FenceAttributes> parse(String text) {
        String body = text.strip();
        if (body.length() < 2 || body.charAt(0) != '{' || body.charAt(body.length() - 1) != '}') {
            return Optional.empty();
        }
        body = body.substring(1, body.length() - 1);
        String id = "";
        var classes = new ArrayList<String>();
        var attributes = new LinkedHashMap<String, String>();
        int i = 0;
        while (true) {
            while (i < body.length() && Character.isWhitespace(body.charAt(i))) {
                i++;
            }
            if (i == body.length()) {
                return Optional.of(new FenceAttributes(id, classes, attributes));
            }
            char c = body.charAt(i);
            if (c == '#' || c == '.') {
                int end = wordEnd(body, i + 1);
                if (end == i + 1) {
                    return Optional.empty();
                }
                if (c == '#') {
                    id = body.substring(i + 1, end);
                } else {
                    classes.add(body.substring(i + 1, end));
                }
                i = end;
                continue;
            }
            int equals = body.indexOf('=', i);
            int name = wordEnd(body, i);
            if (equals < 0 || name != equals || name == i) {
                return Optional.empty();
            }
            String key = body.substring(i, name);
            i = equals + 1;
            String value;
            if (i < body.length() && (body.charAt(i) == '"' || body.charAt(i) == '\'')) {
                int close = body.indexOf(body.charAt(i), i + 1);
                if (close < 0) {
                    return Optional.empty();
                }
                value = body.substring(i + 1, close);
                i = close + 1;
            } else {
                int end = wordEnd(body, i);
                value = body.substring(i, end);
                i = end;
            }
            // pandoc adds classes written as class="a b" to the others
            if (key.equals("class")) {
                classes.addAll(List.of(value.strip().split("\\s+")).stream().filter(s -> !s.isEmpty()).toList());
            } else if (key.equals("id")) {
                id = value;
            } else {
                attributes.put(key, value);
            }
        }
    }

    private static int wordEnd(String text, int from) {
        int i = from;
        while (i < text.length() && !Character.isWhitespace(text.charAt(i)) && "=#.{}\"'".indexOf(text.charAt(i)) < 0) {
            i++;
        }
        return i;
    }
}
