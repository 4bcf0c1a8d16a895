package galley.read;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.util.ast.Node;

import java.util.List;
import java.util.Optional;

/**
 * A chapter as cut from a parsed file, before its content becomes the model.
 *
 * @param heading the level-1 heading that opens it, or empty when the file's text starts without one
 * @param title   the title to give a chapter without a heading (front matter, else the file name)
 * @param nodes   its top-level blocks, the heading first when there is one
 */
public record ChapterDraft(ParsedFile source, Optional<Heading> heading, String title, List<Node> nodes) {

    public ChapterDraft {
        nodes = List.copyOf(nodes);
    }

    public String path() {
        return source.file().path();
    }
}
