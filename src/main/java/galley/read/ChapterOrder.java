package galley.read;

import galley.diagnostic.Problem;
import galley.read.yaml.BookYaml;

import galley.diagnostic.Diagnostics;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Decides which Markdown files make the book and in which order: those listed under
 * {@code chapters}, else every {@code .md} file under manuscript/ in file-name order.
 */
final class ChapterOrder {

    private final BookPaths paths;
    private final Diagnostics diagnostics;

    ChapterOrder(BookPaths paths, Diagnostics diagnostics) {
        this.paths = paths;
        this.diagnostics = diagnostics;
    }

    /** The chapter files in reading order; each missing or unsafe one reported and left out. */
    List<ChapterFile> files(BookSettings settings) {
        return settings.chapters().map(list -> listed(list.value())).orElseGet(this::discovered);
    }

    private List<ChapterFile> listed(List<Located<String>> entries) {
        var files = new ArrayList<ChapterFile>();
        Set<Path> seen = new HashSet<>();
        for (Located<String> entry : entries) {
            String name = entry.value().strip();
            Optional<Path> lexical = paths.lexical(paths.manuscript(), name);
            if (lexical.isEmpty()) {
                Problem.CHAPTER_OUTSIDE_BOOK.report(diagnostics, BookYaml.PATH, entry.line(),
                        "chapter path leads outside the book folder: " + name);
                continue;
            }
            if (!Files.isRegularFile(lexical.get())) {
                Problem.CHAPTER_MISSING.report(diagnostics, BookYaml.PATH, entry.line(), "chapter not found: " + name);
                continue;
            }
            Optional<Path> real = paths.realInside(lexical.get());
            if (real.isEmpty()) {
                Problem.CHAPTER_OUTSIDE_BOOK.report(diagnostics, BookYaml.PATH, entry.line(),
                        "chapter path leads outside the book folder: " + name);
            } else if (!seen.add(real.get())) {
                Problem.CHAPTER_DUPLICATE.report(diagnostics, BookYaml.PATH, entry.line(),
                        "chapter listed twice, read once: " + name);
            } else {
                files.add(new ChapterFile(paths.relative(lexical.get()), real.get()));
            }
        }
        reportUnlisted(seen);
        return files;
    }

    /** A Markdown file that the list leaves out is named, so that no text is dropped unseen. */
    private void reportUnlisted(Set<Path> listed) {
        for (Path path : markdownFiles().orElse(List.of())) {
            Optional<Path> real = paths.realInside(path);
            if (real.isPresent() && !listed.contains(real.get())) {
                Problem.CHAPTER_UNLISTED.report(diagnostics, paths.relative(path), 1,
                        "not listed under chapters in " + BookYaml.PATH + ": left out of the book");
            }
        }
    }

    private List<ChapterFile> discovered() {
        Optional<List<Path>> markdown = markdownFiles();
        if (markdown.isEmpty()) {
            Problem.FILE_UNREADABLE.report(diagnostics, "manuscript", 1, "cannot list the manuscript folder");
            return List.of();
        }
        var files = new ArrayList<ChapterFile>();
        for (Path path : markdown.get()) {
            String relative = paths.relative(path);
            paths.realInside(path).ifPresentOrElse(
                    real -> files.add(new ChapterFile(relative, real)),
                    () -> Problem.CHAPTER_OUTSIDE_BOOK.report(diagnostics, relative, 1,
                            "chapter file is a link leading outside the book folder"));
        }
        return files;
    }

    /** The visible .md files under manuscript/ in reading order; empty when the folder cannot be listed. */
    private Optional<List<Path>> markdownFiles() {
        Path manuscript = paths.manuscript();
        if (!Files.isDirectory(manuscript)) {
            return Optional.of(List.of());
        }
        try (Stream<Path> walk = Files.walk(manuscript)) {
            return Optional.of(walk.filter(p -> !p.equals(manuscript))
                    .filter(p -> !isHidden(manuscript.relativize(p)))
                    .filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".md"))
                    .filter(Files::isRegularFile)
                    // each file's sort key made once, not once per comparison
                    .map(p -> Map.entry(segments(manuscript.relativize(p)), p))
                    .sorted(Map.Entry.comparingByKey(ChapterOrder::compareSegments))
                    .map(Map.Entry::getValue)
                    .toList());
        } catch (IOException | UncheckedIOException e) {
            return Optional.empty();
        }
    }

    private static boolean isHidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    private static List<String> segments(Path relative) {
        var out = new ArrayList<String>();
        relative.forEach(p -> out.add(p.toString()));
        return out;
    }

    private static int compareSegments(List<String> a, List<String> b) {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            int c = a.get(i).compareTo(b.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.size(), b.size());
    }
}
