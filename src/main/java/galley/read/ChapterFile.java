package galley.read;

import java.nio.file.Path;
import java.util.Optional;

/**
 * A Markdown file of the manuscript in reading order, with what the book's layout says of it.
 *
 * @param path   the file relative to the book folder, e.g. {@code manuscript/01-intro.md}
 * @param file   the file's real path, checked to lie inside the book folder
 * @param depth  how deep the layout's table of contents nests it: 0 for a chapter, 1 for a
 *               section of the chapter before it, and so on
 * @param title  the title the layout's table of contents gives it, if any, for a file with no heading
 * @param filter what the layout's own syntax makes of the file's text before it is parsed
 */
public record ChapterFile(String path, Path file, int depth, Optional<String> title, SourceFilter filter) {

    /** A file of a plain manuscript: a chapter of its own, its text read as written. */
    public ChapterFile(String path, Path file) {
        this(path, file, 0, Optional.empty(), SourceFilter.NONE);
    }

    /**
     * Whether its parse is made from its own bytes alone, and can be kept by them: not so for a
     * file a layout filters, which may include others, or a part title read from a SUMMARY.md
     * that holds several.
     */
    public boolean ownBytesOnly() {
        return filter == SourceFilter.NONE;
    }
}
