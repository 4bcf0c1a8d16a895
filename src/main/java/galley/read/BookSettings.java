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
 * @param pandoc          what only pandoc's keys say (identifiers with schemes, creators with roles, the
 *                        title's file-as, the series, the contents' title), carried by a {@link Metadata}
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
        AutoIdentifiers identifiers,
        Metadata pandoc) {

    public static final String DEFAULT_LANG = "en";
    public static final int DEFAULT_TOC_DEPTH = 2;

    public BookSettings {
        authors = List.copyOf(authors);
        subjects = List.copyOf(subjects);
    }

    /**
     * Settings with the defaults of every key but those a book layout's own files give, and
     * GitHub's heading ids, which mdBook's and GitBook's links to headings are written for.
     */
    public static BookSettings of(String title, List<String> authors, Language language, Optional<String> description) {
        return new BookSettings(title, Optional.empty(), authors, language, Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), description, List.of(), Optional.empty(), DEFAULT_TOC_DEPTH,
                Optional.empty(), Optional.empty(), PageSize.TRADE_6X9, Severity.WARNING, AutoIdentifiers.GFM,
                new Metadata(title, Optional.empty(), authors, language, Optional.empty(), "", Optional.empty(),
                        Optional.empty(), description, List.of()));
    }

    /** These settings with {@code authors} and {@code date} in place of theirs. */
    BookSettings withAuthorsAndDate(List<String> authors, Optional<String> date) {
        return new BookSettings(title, subtitle, authors, language, date, identifier, publisher, rights, description,
                subjects, coverImage, tocDepth, chapters, name, pageSize, unfinishedLinks, identifiers, pandoc);
    }

    /** The book's metadata; without an identifier, a UUID derived from title and authors, the same every build. */
    Metadata metadata() {
        String id = identifier.orElseGet(() -> {
            String seed = title + "\n" + String.join("\n", authors);
            return "urn:uuid:" + UUID.nameUUIDFromBytes(seed.getBytes(StandardCharsets.UTF_8));
        });
        return new Metadata(title, subtitle, authors, language, date, id, publisher, rights, description, subjects,
                pandoc.identifiers(), pandoc.creators(), pandoc.titleFileAs(), pandoc.collection(), pandoc.tocTitle());
    }

    /** The base name of the output files: the {@code name} key, else a short ASCII slug of the title. */
    String outputName() {
        return name.orElseGet(() -> Slug.ascii(title, 40, "book"));
    }
}
