package galley.read.yaml;

import java.util.Locale;
import java.util.Map;

/** The MARC relator code of a creator's role, written as pandoc's manual writes it ({@code author}) or as a code ({@code aut}). */
final class Relators {

    private static final Map<String, String> CODES = Map.ofEntries(
            Map.entry("author", "aut"), Map.entry("editor", "edt"), Map.entry("translator", "trl"),
            Map.entry("illustrator", "ill"), Map.entry("contributor", "ctb"), Map.entry("narrator", "nrt"),
            Map.entry("photographer", "pht"), Map.entry("designer", "dsr"), Map.entry("publisher", "pbl"),
            Map.entry("compiler", "com"), Map.entry("foreword", "aui"), Map.entry("afterword", "aft"),
            Map.entry("introduction", "win"), Map.entry("annotator", "ann"));

    private Relators() {
    }

    /** The code for {@code role}: a known word's, a three-letter code as written, else {@code ctb} (contributor). */
    static String code(String role) {
        String lower = role.strip().toLowerCase(Locale.ROOT);
        if (CODES.containsKey(lower)) {
            return CODES.get(lower);
        }
        return lower.matches("[a-z]{3}") ? lower : "ctb";
    }
}
