package galley.model;

import java.util.Locale;

/**
 * The quotation marks a language prints, outer (double) and inner (single), with French's
 * no-break spaces inside its guillemets.
 */
public record QuoteStyle(String doubleOpen, String doubleClose, String singleOpen, String singleClose) {

    private static final String NBSP = "\u00A0";

    /** The marks of {@code language}; English's when it is not one Galley knows. */
    static QuoteStyle of(Language language) {
        String tag = language.tag().toLowerCase(Locale.ROOT);
        switch (language.primary()) {
            case "de", "cs", "sk", "sl", "bg", "lt", "is", "et", "lv":
                return new QuoteStyle("„", "“", "‚", "‘");
            case "ru", "uk", "be":
                return new QuoteStyle("«", "»", "„", "“");
            case "fr":
                return new QuoteStyle("«" + NBSP, NBSP + "»", "“", "”");
            case "es", "it", "pt", "ca", "el", "nb", "nn", "no":
                return tag.equals("pt-br") ? english() : new QuoteStyle("«", "»", "“", "”");
            case "pl", "ro", "hu", "hr":
                return new QuoteStyle("„", "”", "‚", "’");
            case "ja":
                return new QuoteStyle("「", "」", "『", "』");
            case "zh":
                return tag.contains("hant") || tag.endsWith("-tw") || tag.endsWith("-hk")
                        ? new QuoteStyle("「", "」", "『", "』") : english();
            default:
                return english();
        }
    }

    private static QuoteStyle english() {
        return new QuoteStyle("“", "”", "‘", "’");
    }
}
