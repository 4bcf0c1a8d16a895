package galley.read.layout;

import galley.diagnostic.Diagnostics;
import galley.diagnostic.Problem;
import galley.read.BookPaths;
import galley.read.ChapterFile;
import galley.read.ListedFiles;
import galley.read.SourceFilter;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The chapter files a SUMMARY.md lists, in its order: each link a chapter nested as deep as its
 * item, each part title a chapter holding only that title, each draft left out with a note.
 */
final class SummaryContents {

    private SummaryContents() {
    }

    static List<ChapterFile> files(BookPaths paths, Path lexical, Path folder, ListedFiles listed,
                                   SourceFilter filter, Diagnostics diagnostics) {
        var files = new ArrayList<ChapterFile>();
        String summaryPath = paths.relative(lexical);
        if (!Files.isRegularFile(lexical)) {
            Problem.LAYOUT_INVALID.report(diagnostics, summaryPath, 1,
                    summaryPath + " is missing: it lists the book's chapters");
            return files;
        }
        Optional<Path> found = Layouts.inside(paths, lexical, summaryPath, diagnostics);
        if (found.isEmpty()) {
            return files;
        }
        Path summary = found.get();
        for (SummaryFile.Entry entry : SummaryFile.read(summary, summaryPath, diagnostics).orElse(List.of())) {
            switch (entry.kind()) {
                case CHAPTER -> listed.resolve(summaryPath, folder, source(folder, entry.target()), entry.line(), entry.depth(),
                        Optional.of(entry.text()).filter(t -> !t.isBlank()), filter).ifPresent(files::add);
                case PART -> files.add(new ChapterFile(summaryPath, summary, 0, Optional.of(entry.text()),
                        new PartTitle(entry.line(), entry.source())));
                case DRAFT -> Problem.CHAPTER_DRAFT.report(diagnostics, summaryPath, entry.line(),
                        "'" + entry.text() + "' is a draft chapter (listed without a file) and is left out");
            }
        }
        return files;
    }

    // a contents that links x.html, the page mdBook makes of x.md, means x.md
    private static String source(Path folder, String target) {
        if (target.endsWith(".html") && !Files.exists(folder.resolve(target).normalize())) {
            return target.substring(0, target.length() - ".html".length()) + ".md";
        }
        return target;
    }
}
