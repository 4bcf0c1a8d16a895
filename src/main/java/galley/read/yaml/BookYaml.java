package galley.read.yaml;

import galley.diagnostic.Problem;
import galley.read.BookPaths;
import galley.read.BookSettings;
import galley.read.Located;
import galley.read.NearestKey;
import galley.read.PageSizes;
import galley.read.TextFile;
import galley.read.links.AutoIdentifiers;

import galley.diagnostic.Diagnostics;
import galley.diagnostic.Severity;
import galley.model.Language;
import galley.model.PageSize;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** Reads manuscript/book.yaml into {@link BookSettings}, reporting each faulty key at its line. */
public final class BookYaml {

    public static final String PATH = "manuscript/book.yaml";
    static final Set<String> KEYS = Set.of("title", "subtitle", "author", "lang", "date", "identifier",
            "publisher", "rights", "description", "subject", "cover-image", "toc-depth", "chapters", "name",
            "page-size", "links", "identifiers");

    private static final long MAX_BYTES = YamlDocument.MAX_CODE_POINTS;
    private static final Pattern LANG = Pattern.compile("[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*");
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");
    private static final Pattern DATE = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");

    private final YamlDocument yaml = new YamlDocument(PATH, 1);
    private final Diagnostics diagnostics;
    private final Map<String, Node> values = new HashMap<>();
    private final Map<String, Integer> lines = new HashMap<>();

    private BookYaml(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    /** The settings, or empty when book.yaml is missing, unreadable or not a mapping of keys. */
    public static Optional<BookSettings> read(BookPaths paths, Diagnostics diagnostics) {
        Path file = paths.root().resolve(PATH);
        if (!Files.isRegularFile(file)) {
            Problem.BOOK_YAML_MISSING.report(diagnostics, PATH, 1,
                    "book.yaml is missing: a book needs manuscript/book.yaml with at least a title");
            return Optional.empty();
        }
        if (paths.realInside(file).isEmpty()) {
            Problem.FILE_OUTSIDE_BOOK.report(diagnostics, PATH, 1, "book.yaml is a link leading outside the book folder");
            return Optional.empty();
        }
        var reader = new BookYaml(diagnostics);
        Optional<TextFile> text = TextFile.read(file, PATH, MAX_BYTES, diagnostics);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        int problems = diagnostics.all().size();
        Optional<Node> root = reader.yaml.compose(text.get().text(), diagnostics);
        if (root.isEmpty() && diagnostics.all().size() == problems) {
            // an empty file, or one of comments only, holds no YAML document at all
            Problem.TITLE_MISSING.report(diagnostics, PATH, 1, "book.yaml is empty: it needs at least a title");
        }
        return root.flatMap(reader::settings);
    }

    private Optional<BookSettings> settings(Node root) {
        if (YamlDocument.isNull(root)) {
            Problem.TITLE_MISSING.report(diagnostics, PATH, 1, "book.yaml is empty: it needs at least a title");
            return Optional.empty();
        }
        if (YamlDocument.entries(root).isEmpty()) {
            Problem.YAML_INVALID.report(diagnostics, PATH, yaml.line(root),
                    "book.yaml must be a list of keys and values, such as 'title: My Book'");
            return Optional.empty();
        }
        collect(root);
        Optional<String> title = text("title");
        if (title.isEmpty() || title.get().isBlank()) {
            Problem.TITLE_MISSING.report(diagnostics, PATH, lines.getOrDefault("title", 1),
                    "title is missing: book.yaml must give the book a title");
        }
        // A faulty value falls back to its default, so that the chapters are still read and every
        // problem of the manuscript is reported in the same run.
        return Optional.of(new BookSettings(
                title.orElse("").strip(),
                text("subtitle"),
                texts("author"),
                Language.of(lang()),
                date(),
                text("identifier"),
                text("publisher"),
                text("rights"),
                text("description"),
                texts("subject"),
                text("cover-image").map(v -> new Located<>(v, lines.get("cover-image"))),
                tocDepth(),
                chapters(),
                name(),
                pageSize(),
                links(),
                identifiers()));
    }

    private void collect(Node root) {
        for (NodeTuple tuple : YamlDocument.entries(root)) {
            int line = yaml.line(tuple.getKeyNode());
            Optional<String> key = YamlDocument.keyText(tuple);
            if (key.isEmpty()) {
                Problem.YAML_INVALID.report(diagnostics, PATH, line, "a key must be a plain word such as 'title'");
            } else if (values.containsKey(key.get())) {
                Problem.YAML_DUPLICATE_KEY.report(diagnostics, PATH, line,
                        "key '" + key.get() + "' is given twice (first on line " + lines.get(key.get()) + ")");
            } else if (KEYS.contains(key.get())) {
                values.put(key.get(), tuple.getValueNode());
                lines.put(key.get(), line);
            } else {
                String hint = NearestKey.to(key.get(), KEYS.stream().sorted().toList())
                        .map(k -> " (did you mean '" + k + "'?)").orElse(" is ignored");
                Problem.YAML_UNKNOWN_KEY.report(diagnostics, PATH, line, "unknown key '" + key.get() + "'" + hint);
            }
        }
    }

    private Optional<Node> value(String key) {
        Node node = values.get(key);
        return node == null || YamlDocument.isNull(node) ? Optional.empty() : Optional.of(node);
    }

    private void invalid(String key, String message) {
        Problem.YAML_INVALID.report(diagnostics, PATH, lines.getOrDefault(key, 1), message);
    }

    private Optional<String> text(String key) {
        Optional<Node> node = value(key);
        if (node.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> text = YamlDocument.scalar(node.get()).map(v -> fit(key, v, lines.getOrDefault(key, 1)).strip());
        if (text.isEmpty()) {
            invalid(key, key + " must be text, not a list or a mapping");
        }
        return text.filter(t -> !t.isEmpty());
    }

    private List<String> texts(String key) {
        Optional<Node> node = value(key);
        if (node.isEmpty()) {
            return List.of();
        }
        Optional<List<Located<String>>> list = yaml.scalarList(node.get());
        if (list.isEmpty()) {
            invalid(key, key + " must be text or a list of texts");
            return List.of();
        }
        return list.get().stream().map(v -> fit(key, v.value(), v.line()).strip()).filter(v -> !v.isEmpty()).toList();
    }

    // a control or non-character reaches the EPUB's NCX and the PDF's XMP, which XML and PDF/A refuse
    private String fit(String key, String value, int line) {
        int unfit = UnfitCharacters.first(value);
        if (unfit < 0) {
            return value;
        }
        Problem.METADATA_CHARACTER_REMOVED.report(diagnostics, PATH, line, String.format(
                "%s holds a character no edition can carry (U+%04X); it is removed", key, unfit));
        return UnfitCharacters.removed(value);
    }

    private String lang() {
        Optional<String> lang = text("lang");
        if (lang.isPresent() && !LANG.matcher(lang.get()).matches()) {
            String fixed = lang.get().replace('_', '-');
            String hint = LANG.matcher(fixed).matches() ? " (did you mean '" + fixed + "'?)" : "";
            invalid("lang", "lang must be a BCP 47 language tag such as en, en-GB or ru" + hint);
        }
        return lang.orElse(BookSettings.DEFAULT_LANG);
    }

    private Optional<String> date() {
        Optional<String> date = text("date");
        if (date.isPresent() && !isDate(date.get())) {
            invalid("date", "date must be written YYYY-MM-DD (or YYYY, YYYY-MM, or an ISO 8601 date and time)");
        }
        return date;
    }

    /** Whether {@code text} is a date or time the EPUB's dc:date accepts. */
    public static boolean isDate(String text) {
        try {
            if (DATE.matcher(text).matches()) {
                if (text.length() == 10) {
                    LocalDate.parse(text);
                } else if (text.length() == 7) {
                    YearMonth.parse(text);
                }
            } else if (text.matches(".*([Zz]|[+-]\\d{2}:\\d{2})$")) {
                OffsetDateTime.parse(text);
            } else {
                LocalDateTime.parse(text);
            }
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private int tocDepth() {
        Optional<String> depth = text("toc-depth");
        if (depth.isEmpty()) {
            return BookSettings.DEFAULT_TOC_DEPTH;
        }
        if (!depth.get().matches("[1-6]")) {
            invalid("toc-depth", "toc-depth must be a number from 1 to 6");
            return BookSettings.DEFAULT_TOC_DEPTH;
        }
        return Integer.parseInt(depth.get());
    }

    private Optional<Located<List<Located<String>>>> chapters() {
        Optional<Node> node = value("chapters");
        if (node.isEmpty()) {
            return values.containsKey("chapters")
                    ? Optional.of(new Located<>(List.of(), lines.get("chapters"))) : Optional.empty();
        }
        Optional<List<Located<String>>> list = yaml.scalarList(node.get());
        if (list.isEmpty()) {
            invalid("chapters", "chapters must be a list of file names, such as '- 01-intro.md'");
            return Optional.empty();
        }
        return Optional.of(new Located<>(list.get(), lines.get("chapters")));
    }

    private Optional<String> name() {
        Optional<String> name = text("name");
        if (name.isPresent() && !NAME.matcher(name.get()).matches()) {
            invalid("name", "name must be a file name of letters, digits, '.', '-' and '_' (at most 100)");
            return Optional.empty();
        }
        return name;
    }

    private Severity links() {
        Optional<String> links = text("links");
        if (links.isEmpty() || links.get().equals("warning")) {
            return Severity.WARNING;
        }
        if (!links.get().equals("error")) {
            invalid("links", "links must be 'warning' (a broken link keeps its text, the default) or 'error'");
            return Severity.WARNING;
        }
        return Severity.ERROR;
    }

    private AutoIdentifiers identifiers() {
        Optional<String> style = text("identifiers");
        if (style.isEmpty() || style.get().equals("pandoc")) {
            return AutoIdentifiers.PANDOC;
        }
        if (!style.get().equals("gfm")) {
            invalid("identifiers", "identifiers must be 'pandoc' (the default) or 'gfm' (GitHub's heading ids)");
            return AutoIdentifiers.PANDOC;
        }
        return AutoIdentifiers.GFM;
    }

    private PageSize pageSize() {
        Optional<String> size = text("page-size");
        if (size.isEmpty()) {
            return PageSize.TRADE_6X9;
        }
        Optional<PageSize> parsed = PageSizes.parse(size.get());
        if (parsed.isEmpty()) {
            invalid("page-size", "page-size must be a4, a5, letter, 6x9in or a size such as 140x216mm or "
                    + "5.5x8.5in (each side from 2 to 50 in)");
        }
        return parsed.orElse(PageSize.TRADE_6X9);
    }
}
