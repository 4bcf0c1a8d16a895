package galley.read.layout;

import galley.diagnostic.Diagnostics;
import galley.read.BookPaths;
import galley.read.ChapterFile;
import galley.read.ListedFiles;
import galley.read.SourceFilter;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A GitBook folder: SUMMARY.md gives the chapters' order and nesting, README.md is the
 * introduction (first, when SUMMARY.md does not list it), book.json (if present) the metadata and
 * the {@code root} folder the files are under.
 */
final class GitBookLayout implements ManuscriptLayout {

    static final String SUMMARY = "SUMMARY.md";
    static final String JSON = "book.json";

    private final BookPaths paths;
    private BookJson json;

    GitBookLayout(BookPaths paths) {
        this.paths = paths;
    }

    @Override
    public String name() {
        return "GitBook";
    }

    @Override
    public String marker() {
        return Files.isRegularFile(paths.root().resolve(SUMMARY)) ? SUMMARY : JSON;
    }

    @Override
    public String settingsPath() {
        return "book.yaml";
    }

    @Override
    public Path folder() {
        Optional<String> root = json == null ? Optional.empty() : json.text("root");
        return root.flatMap(r -> paths.lexical(paths.root(), r)).orElse(paths.root());
    }

    @Override
    public LayoutMetadata metadata(Diagnostics diagnostics) {
        json = BookJson.read(Layouts.inside(paths, paths.root().resolve(JSON), JSON, diagnostics), JSON, diagnostics);
        return json.metadata();
    }

    @Override
    public List<ChapterFile> files(ListedFiles listed, Diagnostics diagnostics) {
        Path summary = folder().resolve(SUMMARY);
        var files = new ArrayList<>(SummaryContents.files(paths, summary, folder(), listed, SourceFilter.NONE,
                diagnostics));
        Path readme = folder().resolve("README.md");
        if (Files.isRegularFile(readme) && paths.realInside(readme).filter(listed::named).isEmpty()) {
            listed.resolve(paths.relative(summary), folder(), "README.md", 1, 0, Optional.of("Introduction"), SourceFilter.NONE)
                    .ifPresent(intro -> files.add(0, intro));
        }
        return files;
    }

    @Override
    public boolean couldBeChapter(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".md") && !lower.equals("summary.md") && !lower.equals("glossary.md");
    }
}
