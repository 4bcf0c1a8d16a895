package galley.read;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.util.ast.Node;

import java.util.List;
import java.util.Optional;

/**
 * A chapter, or a section of the chapter before it, as cut from a parsed file, before its content
 * becomes the model.
 *
 * @param heading the heading that opens it, or empty when the file's text starts without one
 * @param title   the title to give it without a heading (front matter, the layout's contents, else the file name)
 * @param nodes   its top-level blocks, the heading first when there is one
 * @param level   the level its opening heading has in the book: 1 for a chapter, more for a
 *                section that a book layout nests under the chapter before it
 * @param shift   how many levels each of its headings moves up from the level written, so that a
 *                file starting at {@code ##} opens a chapter and a nested file's headings sit under
 *                its parent's (negative to move them down)
 */
public record ChapterDraft(ParsedFile source, Optional<Heading> heading, String title, List<Node> nodes,
                           int level, int shift) {

    public ChapterDraft {
        nodes = List.copyOf(nodes);
    }

    public String path() {
        return source.file().path();
    }

    /** Whether it continues the chapter before it rather than opening one. */
    public boolean continues() {
        return level > 1;
    }

    /** The level {@code heading}, one of this draft's, has in the book. */
    public int levelOf(Heading heading) {
        return Math.max(1, Math.min(6, heading.getLevel() - shift));
    }
}
