package galley.read;

import galley.diagnostic.Diagnostics;
import galley.diagnostic.Problem;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * The chapter files a list names (book.yaml's {@code chapters}, a SUMMARY.md, a Book.txt), each
 * checked to exist, to lie inside the book folder and to be named once; a faulty one is reported at
 * its line of the list and left out.
 */
public final class ListedFiles {

    private final BookPaths paths;
    private final Diagnostics diagnostics;
    private final Set<Path> seen = new HashSet<>();

    public ListedFiles(BookPaths paths, Diagnostics diagnostics) {
        this.paths = paths;
        this.diagnostics = diagnostics;
    }

    /**
     * The file {@code name} (relative to {@code folder}, as written at {@code line} of the list at
     * {@code listPath}) as a chapter file nested {@code depth} deep under the title {@code title},
     * or empty when it is reported.
     */
    public Optional<ChapterFile> resolve(String listPath, Path folder, String name, int line, int depth, Optional<String> title,
                                         SourceFilter filter) {
        Optional<Path> lexical = paths.lexical(folder, name);
        if (lexical.isEmpty()) {
            Problem.CHAPTER_OUTSIDE_BOOK.report(diagnostics, listPath, line,
                    "chapter path leads outside the book folder: " + name);
            return Optional.empty();
        }
        if (!Files.isRegularFile(lexical.get())) {
            Problem.CHAPTER_MISSING.report(diagnostics, listPath, line, "chapter not found: " + name);
            return Optional.empty();
        }
        Optional<Path> real = paths.realInside(lexical.get());
        if (real.isEmpty()) {
            Problem.CHAPTER_OUTSIDE_BOOK.report(diagnostics, listPath, line,
                    "chapter path leads outside the book folder: " + name);
            return Optional.empty();
        }
        if (!seen.add(real.get())) {
            Problem.CHAPTER_DUPLICATE.report(diagnostics, listPath, line, "chapter listed twice, read once: " + name);
            return Optional.empty();
        }
        return Optional.of(new ChapterFile(paths.relative(lexical.get()), real.get(), depth, title, filter));
    }

    /** Whether the list named the file whose real path is {@code real}. */
    public boolean named(Path real) {
        return seen.contains(real);
    }
}
