package galley.i18n;

import galley.model.Language;
import galley.model.Metadata;

import java.util.List;

/**
 * A book's authors joined for display in its language, as the cover, the title page, the imprint,
 * the PDF's metadata and the download page set them: "A", "A and B", "A, B and C"; Chinese and
 * Japanese list names with the ideographic comma, Korean with a comma, and Hebrew and Arabic prefix
 * their "and" to the last name.
 */
public final class AuthorLine {

    private AuthorLine() {
    }

    /** The book's authors joined in its language; empty when there are none. */
    public static String of(Metadata metadata) {
        List<String> authors = metadata.authors();
        Language language = metadata.language();
        if (authors.size() <= 1) {
            return authors.isEmpty() ? "" : authors.get(0);
        }
        if (language.setsOnCjkGrid()) {
            return String.join("、", authors);
        }
        String and = Words.of(language).get(Word.AND);
        return switch (language.primary()) {
            case "ko" -> String.join(", ", authors);
            // Hebrew's "and" is a letter prefixed to the last name, joined by a maqaf to one in another script
            case "he" -> joinedWithPrefix(authors, ", ", and, Character.UnicodeScript.HEBREW, "\u05BE");
            // so is Arabic's, after names listed with the Arabic comma
            case "ar" -> joinedWithPrefix(authors, "\u060C ", and, Character.UnicodeScript.ARABIC, " ");
            default -> String.join(", ", authors.subList(0, authors.size() - 1)) + " " + and + " "
                    + authors.get(authors.size() - 1);
        };
    }

    // the names but the last joined by {@code comma}, then the last with {@code and} prefixed to it, through
    // {@code joiner} when the name is written in another script than {@code script}
    private static String joinedWithPrefix(List<String> authors, String comma, String and,
                                           Character.UnicodeScript script, String joiner) {
        String last = authors.get(authors.size() - 1);
        boolean sameScript = !last.isEmpty() && Character.UnicodeScript.of(last.codePointAt(0)) == script;
        return String.join(comma, authors.subList(0, authors.size() - 1)) + " " + and + (sameScript ? "" : joiner) + last;
    }
}
