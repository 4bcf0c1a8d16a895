package galley.epub;

import galley.model.Admonition;
import galley.model.Block;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The attributes of the {@code div} a division is written as: its id, its classes ({@code admonition}
 * added to an admonition's), its language, its direction, an admonition's {@code role="note"}, and the
 * author's other attributes as {@code data-*}, which is how pandoc writes them in HTML too.
 */
final class DivisionTag {

    private static final Pattern LANGUAGE_TAG = Pattern.compile("[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*");
    private static final Pattern DATA_NAME = Pattern.compile("data-[a-z_][a-z0-9._-]*");
    private static final List<String> OWN = List.of("id", "class", "lang", "dir", "role");

    private DivisionTag() {
    }

    /** The name/value pairs for {@link XmlWriter#start}, a null value for an attribute left out; {@code dir} as decided. */
    static String[] attributes(Block.Division d, String dir) {
        Optional<Admonition> admonition = Admonition.of(d);
        var classes = new ArrayList<>(d.classes());
        admonition.ifPresent(kind -> classes.add("admonition"));
        String lang = LANGUAGE_TAG.matcher(d.lang()).matches() ? d.lang() : null;
        var attributes = new ArrayList<>(Arrays.asList("id", BlockRenderer.idOrNull(d.id()),
                "class", classes.isEmpty() ? null : String.join(" ", classes), "lang", lang, "xml:lang", lang,
                "dir", dir, "role", admonition.isPresent() ? "note" : null));
        var data = new LinkedHashMap<String, String>();
        d.attributes().forEach((name, value) -> {
            String dataName = "data-" + name.toLowerCase(Locale.ROOT);
            if (!OWN.contains(name) && DATA_NAME.matcher(dataName).matches()) {
                data.putIfAbsent(dataName, value);
            }
        });
        data.forEach((name, value) -> attributes.addAll(List.of(name, value)));
        return attributes.toArray(String[]::new);
    }
}
