package galley.book;

/**
 * The quotation marks a reader expects in a language, outer and inner, written out here
 * independently of Galley's own table so that the tests judge it.
 */
record Quotes(String open, String close, String innerOpen, String innerClose) {

    static Quotes of(String lang) {
        return switch (lang) {
            case "ru" -> new Quotes("«", "»", "„", "“");
            case "de" -> new Quotes("„", "“", "‚", "‘");
            case "fr" -> new Quotes("«\u00A0", "\u00A0»", "“", "”");
            case "ja" -> new Quotes("「", "」", "『", "』");
            default -> new Quotes("“", "”", "‘", "’");
        };
    }
}
