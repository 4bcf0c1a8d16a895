package galley.site;

import galley.i18n.AuthorLine;
import galley.i18n.Word;
import galley.i18n.Words;
import galley.model.Book;
import galley.model.Language;
import galley.model.Metadata;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The book, its editions and its cover copy as the values both templates read: the page and the
 * catalogue are filled from the same values, so they cannot disagree.
 */
final class SiteValues {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);
    private static final Pattern URI_SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:\\S+$");
    private static final Pattern ISBN = Pattern.compile("^(?:ISBN[: ]*)?([0-9][0-9 -]{8,15}[0-9Xx])$");
    private static final Pattern BLANK_LINE = Pattern.compile("\\n[ \\t]*\\n\\s*");

    private SiteValues() {
    }

    static TemplateValues of(Book book, List<Download> downloads, Optional<CoverThumbnail> cover) {
        Metadata m = book.metadata();
        var values = new TemplateValues()
                .text("title", m.title())
                .optional("subtitle", m.subtitle())
                .optional("author-line", Optional.of(AuthorLine.of(m)).filter(a -> !a.isEmpty()))
                .list("authors", m.authors().stream().map(a -> new TemplateValues().text("author", a)).toList())
                .text("lang", m.lang())
                .text("language", languageName(m.language()))
                .optional("description", m.description())
                .list("paragraphs", paragraphs(m.description().orElse("")))
                .text("identifier", m.identifier())
                .optional("publisher", m.publisher())
                .optional("published", m.date())
                .optional("keywords", Optional.of(String.join(", ", m.subjects())).filter(s -> !s.isEmpty()))
                .list("subjects", m.subjects().stream().map(s -> new TemplateValues().text("subject", s)).toList())
                .optional("rights", m.rights())
                .text("built", DAY.format(book.modified().atZone(ZoneOffset.UTC)))
                .text("built-date", DateTimeFormatter.ISO_LOCAL_DATE.format(book.modified().atZone(ZoneOffset.UTC)))
                .text("updated", atomDate(book.modified()))
                .text("entry-id", entryId(m.identifier()))
                .text("feed-id", "urn:uuid:" + UUID.nameUUIDFromBytes(
                        ("galley opds catalog " + m.identifier()).getBytes(StandardCharsets.UTF_8)))
                .list("downloads", downloads.stream().map(SiteValues::download).toList());
        values.list("cover", cover.map(c -> List.of(new TemplateValues()
                .text("cover-href", href(c.fileName()))
                .text("cover-type", c.mediaType())
                .text("cover-width", Integer.toString(c.width()))
                .text("cover-height", Integer.toString(c.height()))
                // the download page is written in English (its lang is en), so its alt text is too
                .text("cover-alt", Words.of(Language.ENGLISH).format(Word.COVER_OF, m.title())))).orElse(List.of()));
        return values;
    }

    private static TemplateValues download(Download d) {
        return new TemplateValues()
                .text("href", href(d.fileName()))
                .text("file-name", d.fileName())
                .text("format", d.format().label())
                .text("media-type", d.format().mediaType())
                .text("purpose", d.format().purpose())
                .text("size", d.humanSize())
                .text("bytes", Long.toString(d.size()))
                .text("sha256", d.sha256())
                .optional("pages", d.pageCount().isPresent()
                        ? Optional.of(Integer.toString(d.pageCount().getAsInt()))
                        : Optional.empty());
    }

    /** The language's English name, "English (United Kingdom)" for {@code en-GB}; the tag itself if Java knows none. */
    static String languageName(Language language) {
        String name = language.locale().getDisplayName(Locale.ENGLISH);
        return name.isBlank() ? language.tag() : name;
    }

    /** The description's paragraphs: a blank line in book.yaml separates two. */
    private static List<TemplateValues> paragraphs(String description) {
        var items = new ArrayList<TemplateValues>();
        for (String paragraph : BLANK_LINE.split(description.strip())) {
            if (!paragraph.isBlank()) {
                items.add(new TemplateValues().text("paragraph", paragraph.strip()));
            }
        }
        return items;
    }

    /** An Atom date: RFC 3339 in UTC, to the second. */
    static String atomDate(Instant instant) {
        return DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.SECONDS));
    }

    /**
     * The entry's Atom id, which must be an IRI: a URN or URL identifier as it is, an ISBN as
     * {@code urn:isbn:}, anything else as a UUID derived from it (the same book keeps the same id).
     */
    static String entryId(String identifier) {
        String id = identifier.strip();
        var isbn = ISBN.matcher(id);
        if (isbn.matches()) {
            String digits = isbn.group(1).replaceAll("[ -]", "").toUpperCase(Locale.ROOT);
            if (digits.length() == 10 || digits.length() == 13) {
                return "urn:isbn:" + digits;
            }
        }
        if (URI_SCHEME.matcher(id).matches()) {
            return id;
        }
        return "urn:uuid:" + UUID.nameUUIDFromBytes(id.getBytes(StandardCharsets.UTF_8));
    }

    /** A file name as a relative URL: every byte but the unreserved ones percent-encoded. */
    static String href(String fileName) {
        var out = new StringBuilder();
        for (byte b : fileName.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xFF);
            if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || "-._~".indexOf(c) >= 0) {
                out.append(c);
            } else {
                out.append('%').append(String.format(Locale.ROOT, "%02X", b & 0xFF));
            }
        }
        return out.toString();
    }
}
