package galley.read;

import galley.diagnostic.Diagnostics;
import galley.diagnostic.Problem;
import galley.model.Language;
import galley.read.layout.LayoutMetadata;
import galley.read.layout.ManuscriptLayout;
import galley.read.yaml.BookYaml;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A book folder in another tool's layout, read as it stands: the settings from the layout's own
 * files with a book.yaml beside them winning key by key, the chapters in the layout's order, and a
 * note for each file the layout could hold as a chapter but does not list.
 */
final class LayoutBook {

    private static final Pattern LANG = Pattern.compile("[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*");

    private final BookPaths paths;
    private final ManuscriptLayout layout;

    LayoutBook(BookPaths paths, ManuscriptLayout layout) {
        this.paths = paths;
        this.layout = layout;
    }

    /** Where problems of the book as a whole are reported: book.yaml when there is one, else the layout's marker. */
    String settingsPath() {
        return Files.isRegularFile(paths.root().resolve(layout.settingsPath())) ? layout.settingsPath() : layout.marker();
    }

    /** The files whose times say when the book last changed, beside its chapters. */
    List<Path> settingsFiles() {
        return List.of(paths.root().resolve(settingsPath()));
    }

    Optional<BookSettings> settings(Diagnostics diagnostics) {
        String article = layout.name().startsWith("m") ? "an " : "a ";
        Problem.LAYOUT_READ.report(diagnostics, layout.marker(), 1, "reading " + article + layout.name() + " layout");
        LayoutMetadata metadata = layout.metadata(diagnostics);
        String tag = metadata.language().filter(l -> LANG.matcher(l).matches()).orElse(BookSettings.DEFAULT_LANG);
        if (metadata.language().isPresent() && !LANG.matcher(metadata.language().get()).matches()) {
            Problem.LAYOUT_INVALID.report(diagnostics, layout.marker(), 1,
                    "language must be a BCP 47 language tag such as en, en-GB or ru: " + metadata.language().get());
        }
        boolean yaml = Files.isRegularFile(paths.root().resolve(layout.settingsPath()));
        String title = metadata.title().orElseGet(() -> {
            String folder = ChapterSplitter.humanize(paths.root().getFileName().toString() + ".");
            if (!yaml) {
                Problem.TITLE_FROM_FOLDER.report(diagnostics, layout.marker(), 1,
                        "the " + layout.name() + " layout gives no title; the book is titled after its folder: " + folder);
            }
            return folder;
        });
        var defaults = BookSettings.of(title, metadata.authors(), Language.of(tag), metadata.description());
        return yaml ? BookYaml.read(paths, layout.settingsPath(), defaults, diagnostics) : Optional.of(defaults);
    }

    /** The chapter files: those book.yaml's {@code chapters} lists, else those of the layout's contents. */
    List<ChapterFile> files(BookSettings settings, Diagnostics diagnostics) {
        if (settings.chapters().isPresent()) {
            return new ChapterOrder(paths, layout.folder(), layout.settingsPath(), diagnostics).files(settings);
        }
        return layout.files(new ListedFiles(paths, diagnostics), diagnostics);
    }

    /** Notes, once each, the files under the layout's folder that could be chapters but are neither listed nor included. */
    void noteUnlisted(List<ChapterFile> files, Diagnostics diagnostics) {
        Set<Path> used = new HashSet<>(layout.included());
        files.forEach(f -> used.add(f.file()));
        var unlisted = new ArrayList<Path>();
        try (Stream<Path> walk = Files.walk(layout.folder(), 8)) {
            walk.filter(Files::isRegularFile)
                    .filter(p -> layout.couldBeChapter(p.getFileName().toString()))
                    .filter(p -> !hidden(layout.folder().relativize(p)))
                    .filter(p -> paths.realInside(p).filter(used::contains).isEmpty())
                    .sorted()
                    .forEach(unlisted::add);
        } catch (IOException | UncheckedIOException e) {
            return;
        }
        for (Path file : unlisted) {
            Problem.FILE_NOT_LISTED.report(diagnostics, paths.relative(file), 1,
                    "not listed in the " + layout.name() + " contents, so not in the book");
        }
    }

    private static boolean hidden(Path relative) {
        for (Path part : relative) {
            String name = part.toString();
            if (name.startsWith(".") || name.startsWith("_") || name.equals("node_modules") || name.equals("book")) {
                return true;
            }
        }
        return false;
    }
}
