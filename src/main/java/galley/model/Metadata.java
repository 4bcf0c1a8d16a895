package galley.model;

import java.util.List;
import java.util.Optional;

/**
 * The book's bibliographic metadata, with pandoc's names.
 *
 * @param language    the language of the book's text, from its BCP 47 tag
 * @param identifier  ISBN, DOI, URN or URL; the loader derives a stable UUID URN when none is given
 * @param identifiers every identifier book.yaml gives, the first being {@code identifier}; none when it gives none
 * @param creators    the people book.yaml names under {@code creator}, with their roles; the authors among them
 *                    are in {@code authors} too
 * @param titleFileAs how the title sorts in a catalogue, when it differs from the title
 * @param collection  the series the book belongs to, when it does
 * @param tocTitle    the contents' heading, when the book names it; else the word of its language
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
        List<String> subjects,
        List<Identifier> identifiers,
        List<Creator> creators,
        Optional<String> titleFileAs,
        Optional<Collection> collection,
        Optional<String> tocTitle) {

    /** An identifier with its scheme as pandoc names it ({@code ISBN-13}, {@code DOI}, {@code UUID} …), if given. */
    public record Identifier(String value, Optional<String> scheme) {
    }

    /**
     * A person who made the book.
     *
     * @param role   a MARC relator code: {@code aut}, {@code edt}, {@code trl} …
     * @param fileAs the name as a catalogue sorts it ("Tolstoy, Leo"), if given
     */
    public record Creator(String name, String role, Optional<String> fileAs) {
    }

    /** A series (EPUB 3's {@code belongs-to-collection}) and the book's place in it ({@code group-position}), if given. */
    public record Collection(String title, Optional<String> position) {

        /** The line the title page sets: the series' title, and the book's place in it after a middle dot. */
        public String line() {
            return title + position.map(p -> " \u00B7 " + p).orElse("");
        }
    }

    public Metadata {
        authors = List.copyOf(authors);
        subjects = List.copyOf(subjects);
        identifiers = List.copyOf(identifiers);
        creators = List.copyOf(creators);
    }

    /** The metadata of a book that names only what a plain book.yaml does. */
    public Metadata(String title, Optional<String> subtitle, List<String> authors, Language language, Optional<String> date,
                    String identifier, Optional<String> publisher, Optional<String> rights, Optional<String> description,
                    List<String> subjects) {
        this(title, subtitle, authors, language, date, identifier, publisher, rights, description, subjects,
                List.of(), List.of(), Optional.empty(), Optional.empty(), Optional.empty());
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
