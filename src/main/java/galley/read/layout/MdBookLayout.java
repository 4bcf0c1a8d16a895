package galley.read.layout;

import galley.diagnostic.Diagnostics;
import galley.read.BookPaths;
import galley.read.ChapterFile;
import galley.read.ListedFiles;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * An mdBook folder: book.toml at the top, the chapters under its {@code src} folder ({@code src/}
 * unless book.toml says otherwise) in the order of that folder's SUMMARY.md, their includes resolved.
 */
final class MdBookLayout implements ManuscriptLayout {

    static final String MARKER = "book.toml";

    private final BookPaths paths;
    private final MdBookIncludes includes;
    private Optional<BookToml> toml;

    MdBookLayout(BookPaths paths) {
        this.paths = paths;
        this.includes = new MdBookIncludes(paths);
    }

    @Override
    public String name() {
        return "mdBook";
    }

    @Override
    public String marker() {
        return MARKER;
    }

    @Override
    public String settingsPath() {
        return "book.yaml";
    }

    private Optional<BookToml> toml(Diagnostics diagnostics) {
        if (toml == null) {
            toml = Layouts.inside(paths, paths.root().resolve(MARKER), MARKER, diagnostics)
                    .flatMap(file -> BookToml.read(file, MARKER, diagnostics));
        }
        return toml;
    }

    @Override
    public Path folder() {
        // read once metadata() has read book.toml
        String src = toml == null ? "src" : toml.flatMap(t -> t.text("src")).orElse("src");
        return paths.lexical(paths.root(), src).orElse(paths.root().resolve("src"));
    }

    @Override
    public LayoutMetadata metadata(Diagnostics diagnostics) {
        return toml(diagnostics).map(t -> new LayoutMetadata(t.text("title"), t.authors(), t.text("language"),
                t.text("description"))).orElse(LayoutMetadata.none());
    }

    @Override
    public List<ChapterFile> files(ListedFiles listed, Diagnostics diagnostics) {
        toml(diagnostics);
        Path summary = folder().resolve("SUMMARY.md");
        return SummaryContents.files(paths, summary, folder(), listed, includes, diagnostics);
    }

    @Override
    public boolean couldBeChapter(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".md") && !lower.equals("summary.md");
    }

    @Override
    public Set<Path> included() {
        return includes.included();
    }
}
