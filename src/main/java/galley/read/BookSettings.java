package galley.read;

import galley.diagnostic.Severity;
import galley.model.Language;
import galley.read.links.AutoIdentifiers;
import galley.model.Metadata;
import galley.model.PageSize;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * What book.yaml says, checked: the metadata with pandoc's names and the build settings, with the
 * lines of the values that later steps may still find fault with.
 *
 * @param unfinishedLinks how a link to a file not in the book or to a missing anchor counts: a
 *                        warning, or an error where book.yaml says {@code links: error}
 * @param identifiers     how a heading without an id of its own gets one: pandoc's way, or GitHub's
 *                        where book.yaml says {@code identifiers: gfm}
 */
public record BookSettings(
        String title,
        Optional<String> subtitle,
        List<String> authors,
        Language language,
        Optional<String> date,
        Optional<String> identifier,
        Optional<String> publisher,
        Optional<String> rights,
        Optional<String> description,
        List<String> subjects,
        Optional<Located<String>> coverImage,
        int tocDepth,
        Optional<Located<List<Located<String>>>> chapters,
        Optional<String> name,
        PageSize pageSize,
        Severity unfinishedLinks,
        AutoIdentifiers identifiers) {

    public static final String DEFAULT_LANG = "en";
    public static final int DEFAULT_TOC_DEPTH = 2;

    public BookSettings {
        authors = List.copyOf(authors);
        subjects = List.copyOf(subjects);
    }

    /** The book's metadata; without an identifier, a UUID derived from title and authors, the same every build. */
    Metadata metadata() {
        String id = identifier.orElseGet(() -> {
            String seed = title + "\n" + String.join("\n", authors);
            return "urn:uuid:" + UUID.nameUUIDFromBytes(seed.getBytes(StandardCharsets.UTF_8));
        });
        return new Metadata(title, subtitle, authors, language, date, id, publisher, rights, description, subjects);
    }

    /** The base name of the output files: the {@code name} key, else a short ASCII slug of the title. */
    String outputName() {
        return name.orElseGet(() -> Slug.ascii(title, 40, "book"));
    }
}
