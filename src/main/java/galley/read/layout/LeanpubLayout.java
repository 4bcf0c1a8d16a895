package galley.read.layout;

import galley.diagnostic.Diagnostics;
import galley.read.BookPaths;
import galley.read.ChapterFile;
import galley.read.ListedFiles;
import galley.read.TextFile;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A Leanpub folder: {@code manuscript/Book.txt} names the chapter files under {@code manuscript/},
 * one a line, in reading order; their markers and asides are Leanpub's ({@link LeanpubMarkup}).
 * Leanpub keeps the book's metadata on its web site, so nothing here gives it.
 */
final class LeanpubLayout implements ManuscriptLayout {

    static final String MARKER = "manuscript/Book.txt";

    private final BookPaths paths;
    private final LeanpubMarkup markup = new LeanpubMarkup();

    LeanpubLayout(BookPaths paths) {
        this.paths = paths;
    }

    @Override
    public String name() {
        return "Leanpub";
    }

    @Override
    public String marker() {
        return MARKER;
    }

    @Override
    public String settingsPath() {
        return "manuscript/book.yaml";
    }

    @Override
    public Path folder() {
        return paths.root().resolve("manuscript");
    }

    @Override
    public LayoutMetadata metadata(Diagnostics diagnostics) {
        return LayoutMetadata.none();
    }

    @Override
    public List<ChapterFile> files(ListedFiles listed, Diagnostics diagnostics) {
        var files = new ArrayList<ChapterFile>();
        Optional<TextFile> text = Layouts.inside(paths, paths.root().resolve(MARKER), MARKER, diagnostics)
                .flatMap(file -> TextFile.read(file, MARKER, 1024 * 1024, diagnostics));
        if (text.isEmpty()) {
            return files;
        }
        String[] lines = text.get().text().split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String name = lines[i].strip();
            if (!name.isEmpty() && !name.startsWith("#")) {
                listed.resolve(MARKER, folder(), name, i + 1, 0, Optional.empty(), markup).ifPresent(files::add);
            }
        }
        return files;
    }

    @Override
    public boolean couldBeChapter(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return (lower.endsWith(".md") || lower.endsWith(".txt") || lower.endsWith(".markdown"))
                && !List.of("book.txt", "sample.txt", "subset.txt", "preview.txt").contains(lower);
    }
}
