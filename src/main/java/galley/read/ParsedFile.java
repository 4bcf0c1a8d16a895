package galley.read;

import com.vladsch.flexmark.util.ast.Document;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A chapter file read and parsed.
 *
 * @param title   the {@code title} of its front matter, if it has one
 * @param classes for a block quote starting at a line, the classes of the division the layout means by it
 * @param titleBlock the pandoc title block the book's first file opens with, taken out of its text
 */
public record ParsedFile(ChapterFile file, TextFile text, Document document, Optional<String> title,
                         Map<Integer, List<String>> classes, Optional<TitleBlock> titleBlock) {

    public ParsedFile {
        classes = Map.copyOf(classes);
    }
}
