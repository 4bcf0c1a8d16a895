package galley.read.layout;

import galley.diagnostic.Diagnostics;
import galley.read.ChapterFile;
import galley.read.SourceFilter;
import galley.read.TextFile;

import java.util.Map;

/**
 * A part title of a SUMMARY.md ({@code # Part one}) read as a chapter of its own, holding only its
 * heading, at the line where the contents give it.
 */
record PartTitle(int line, String heading) implements SourceFilter {

    @Override
    public Filtered apply(TextFile text, ChapterFile file, Diagnostics diagnostics) {
        return new Filtered(new TextFile(text.path(), "\n".repeat(line - 1) + heading + "\n"), Map.of());
    }
}
