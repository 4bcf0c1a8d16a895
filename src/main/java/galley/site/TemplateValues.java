package galley.site;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a {@link Template} is filled with: text for each placeholder, and a list of nested values for
 * each section. Values are plain, unescaped text; the template escapes them.
 */
final class TemplateValues {

    private final Map<String, String> texts = new HashMap<>();
    private final Map<String, List<TemplateValues>> lists = new HashMap<>();

    /** Sets {@code {{key}}}. */
    TemplateValues text(String key, String value) {
        texts.put(key, value);
        return this;
    }

    /** Sets {@code {{#key}}…{{/key}}} to repeat once per item. */
    TemplateValues list(String key, List<TemplateValues> items) {
        lists.put(key, List.copyOf(items));
        return this;
    }

    /** Shows {@code {{#key}}…{{/key}}} once, or not at all. */
    TemplateValues flag(String key, boolean shown) {
        return list(key, shown ? List.of(new TemplateValues()) : List.of());
    }

    /** Shows {@code {{#key}}…{{key}}…{{/key}}} once with the value when there is one, else not at all. */
    TemplateValues optional(String key, Optional<String> value) {
        return list(key, value.map(v -> List.of(new TemplateValues().text(key, v))).orElse(List.of()));
    }

    boolean hasText(String key) {
        return texts.containsKey(key);
    }

    boolean hasList(String key) {
        return lists.containsKey(key);
    }

    String text(String key) {
        return texts.get(key);
    }

    List<TemplateValues> items(String key) {
        return lists.get(key);
    }
}
