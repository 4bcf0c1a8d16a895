package galley.read.layout;

import galley.diagnostic.Diagnostics;
import galley.read.ChapterFile;
import galley.read.ListedFiles;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/** A kind of book folder another tool writes (mdBook, GitBook, Leanpub), read as it stands. */
public interface ManuscriptLayout {

    /** The layout's name as the author knows it: {@code mdBook}. */
    String name();

    /** The file, relative to the book folder, whose presence made the folder this layout. */
    String marker();

    /** Where a book.yaml that overrides the layout's own metadata stands, relative to the book folder. */
    String settingsPath();

    /** The folder the chapter files are named from. */
    Path folder();

    /** What the layout's own files say of the book. */
    LayoutMetadata metadata(Diagnostics diagnostics);

    /** The chapter files in reading order, as the layout's contents list them. */
    List<ChapterFile> files(ListedFiles listed, Diagnostics diagnostics);

    /** Whether a file named {@code name} could be a chapter of this layout, were it listed. */
    boolean couldBeChapter(String name);

    /** The files read into chapters other than as chapters (by an include), so far. */
    default Set<Path> included() {
        return Set.of();
    }
}
