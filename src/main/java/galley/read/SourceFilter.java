package galley.read;

import galley.diagnostic.Diagnostics;

import java.util.List;
import java.util.Map;

/**
 * What a book layout's own syntax makes of a chapter file's text before Flexmark reads it
 * (mdBook's includes, Leanpub's markers and asides); a filter keeps every line where it was, or
 * says where the lines it inserted came from, so that problems are still reported at the author's lines.
 */
public interface SourceFilter {

    /** The text as written. */
    SourceFilter NONE = (text, file, diagnostics) -> new Filtered(text, Map.of());

    /** {@code text}, the content of {@code file}, as the layout means it; problems reported against the file. */
    Filtered apply(TextFile text, ChapterFile file, Diagnostics diagnostics);

    /**
     * A filtered text.
     *
     * @param text    the text to parse
     * @param classes     for a block quote that starts at a line (1-based) of {@code text}, the classes of
     *                    the division it stands for (a Leanpub aside)
     * @param markersOnly whether the file held only the layout's markers (Leanpub's {@code {mainmatter}}):
     *                    no chapter, and not an empty one either
     */
    record Filtered(TextFile text, Map<Integer, List<String>> classes, boolean markersOnly) {

        public Filtered(TextFile text, Map<Integer, List<String>> classes) {
            this(text, classes, false);
        }
    }
}
