package galley.model;

import java.util.List;
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
}
