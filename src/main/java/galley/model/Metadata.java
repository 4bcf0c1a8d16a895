package galley.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The book's bibliographic metadata, with pandoc's names.
 *
 * @param language   the language of the book's text, from its BCP 47 tag
 * @param identifier ISBN, DOI, URN or URL; the loader derives a stable UUID URN when none is given
 */
public record Metadata(
        String title,
        Optional<String> subtitle,
        List<String> authors,
        Language language,
        Optional<String> date,
        String identifier,
        Optional<String> publisher,
        Optional<String> rights,
        Optional<String> description,
        List<String> subjects) {

    public Metadata {
        authors = List.copyOf(authors);
        subjects = List.copyOf(subjects);
    }

    /** The metadata of a book whose language is given by its BCP 47 tag. */
    public Metadata(String title, Optional<String> subtitle, List<String> authors, String lang, Optional<String> date,
                    String identifier, Optional<String> publisher, Optional<String> rights, Optional<String> description,
                    List<String> subjects) {
        this(title, subtitle, authors, Language.of(lang), date, identifier, publisher, rights, description, subjects);
    }

    /** The BCP 47 tag of the book's language, as book.yaml writes it. */
    public String lang() {
        return language.tag();
    }

    /**
     * The word that joins the last two authors, by primary language; Chinese and Japanese list
     * names with the ideographic comma instead, and Korean with a comma, with no word; Hebrew and
     * Arabic prefix their "and" to the last name.
     */
    private static final Map<String, String> AND = Map.ofEntries(
            Map.entry("en", "and"), Map.entry("ru", "и"), Map.entry("uk", "і"), Map.entry("be", "і"),
            Map.entry("de", "und"), Map.entry("fr", "et"), Map.entry("es", "y"), Map.entry("it", "e"),
            Map.entry("pt", "e"), Map.entry("nl", "en"), Map.entry("pl", "i"), Map.entry("el", "και"),
            Map.entry("cs", "a"), Map.entry("sv", "och"), Map.entry("da", "og"), Map.entry("nb", "og"),
            Map.entry("no", "og"), Map.entry("fi", "ja"));

    /** The authors joined for display in the book's language: "A", "A and B", "A, B and C". */
    public String authorLine() {
        if (authors.size() <= 1) {
            return authors.isEmpty() ? "" : authors.get(0);
        }
        if (language.setsOnCjkGrid()) {
            return String.join("、", authors);
        }
        String primary = language.primary();
        if (primary.equals("ko")) {
            return String.join(", ", authors);
        }
        return switch (primary) {
            // Hebrew's "and" is a letter prefixed to the last name, joined by a maqaf to one in another script
            case "he" -> joinedWithPrefix(", ", "ו", Character.UnicodeScript.HEBREW, "\u05BE");
            // so is Arabic's, after names listed with the Arabic comma
            case "ar" -> joinedWithPrefix("\u060C ", "و", Character.UnicodeScript.ARABIC, " ");
            default -> String.join(", ", authors.subList(0, authors.size() - 1)) + " " + AND.getOrDefault(primary, "and")
                    + " " + authors.get(authors.size() - 1);
        };
    }

    // the names but the last joined by {@code comma}, then the last with {@code and} prefixed to it, through
    // {@code joiner} when the name is written in another script than {@code script}
    private String joinedWithPrefix(String comma, String and, Character.UnicodeScript script, String joiner) {
        String last = authors.get(authors.size() - 1);
        boolean sameScript = !last.isEmpty() && Character.UnicodeScript.of(last.codePointAt(0)) == script;
        return String.join(comma, authors.subList(0, authors.size() - 1)) + " " + and + (sameScript ? "" : joiner) + last;
    }
}
