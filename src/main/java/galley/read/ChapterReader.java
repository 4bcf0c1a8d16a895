package galley.read;

import galley.diagnostic.Problem;
import galley.read.html.HtmlReader;
import galley.read.markdown.BlockReader;
import galley.read.markdown.InlineReader;
import galley.read.markdown.Notes;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ext.footnotes.FootnoteBlock;
import com.vladsch.flexmark.util.ast.Node;
import galley.model.Block;
import galley.model.Blocks;
import galley.model.Chapter;
import galley.model.Inline;
import galley.model.Source;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Converts one chapter draft into the model's chapter, opening with its heading: the author's
 * level-1 heading, or one made from the front matter title or file name.
 */
final class ChapterReader {

    private ChapterReader() {
    }

    static Chapter read(ChapterDraft draft, int index, ChapterScope.Shared shared, Set<FootnoteBlock> usedNotes) {
        var scope = new ChapterScope(draft.source(), index, shared, usedNotes);
        var notes = new Notes(scope);
        var inlines = new InlineReader(scope, notes);
        var blocks = new BlockReader(scope, inlines, new HtmlReader(scope));
        notes.use(blocks);
        var content = new ArrayList<Block>();
        Block.Heading heading;
        try {
            Optional<Heading> own = draft.heading();
            List<Node> rest = own.isPresent() ? draft.nodes().subList(1, draft.nodes().size()) : draft.nodes();
            heading = own.map(h -> blocks.heading(h, 1)).orElseGet(() -> madeHeading(draft, index, scope));
            content.add(heading);
            content.addAll(blocks.read(rest, 1));
        } catch (RuntimeException | AssertionError e) {
            Problem.MARKDOWN_UNREADABLE.report(shared.diagnostics(), draft.path(), 1,
                    "the Markdown could not be converted: " + e.getClass().getSimpleName());
            heading = madeHeading(draft, index, scope);
            content.clear();
            content.add(heading);
        }
        String title = Blocks.plainText(heading.content()).strip().replaceAll("\\s+", " ");
        return new Chapter(index, scope.chapterId, title.isEmpty() ? draft.title() : title, draft.path(), content);
    }

    private static Block.Heading madeHeading(ChapterDraft draft, int index, ChapterScope scope) {
        int line = draft.nodes().isEmpty() ? 1 : scope.line(draft.nodes().get(0));
        String id = scope.anchors.titleId(index);
        if (id == null) {
            id = scope.anchors.allocateHeading(draft.title());
        }
        return new Block.Heading(1, id, List.of(new Inline.Text(draft.title())), List.of(),
                new Source(draft.path(), line));
    }
}
