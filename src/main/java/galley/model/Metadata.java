package galley.model;

import java.util.List;
import java.util.Optional;

/**
 * The book's bibliographic metadata, with pandoc's names.
 *
 * @param lang       BCP 47 language tag of the book's text
 * @param identifier ISBN, DOI, URN or URL; the loader derives a stable UUID URN when none is given
 */
public record Metadata(
        String title,
        Optional<String> subtitle,
        List<String> authors,
        String lang,
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

    /** The authors joined for display, "A", "A and B", "A, B and C". */
    public String authorLine() {
        if (authors.isEmpty()) {
            return "";
        }
        if (authors.size() == 1) {
            return authors.get(0);
        }
        return String.join(", ", authors.subList(0, authors.size() - 1)) + " and " + authors.get(authors.size() - 1);
    }
}
