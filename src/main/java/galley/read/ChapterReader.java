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
import java.util.function.Function;

/**
 * Converts one chapter draft into the model's chapter, opening with its heading: the author's
 * level-1 heading, or one made from the front matter title or file name.
 */
final class ChapterReader {

    private ChapterReader() {
    }

    /** The chapter {@code index}, made of {@code first} and the sections a layout nests under it. */
    static Chapter read(List<ChapterDraft> parts, int index, ChapterScope.Shared shared,
                        Function<ParsedFile, Set<FootnoteBlock>> usedNotes) {
        ChapterDraft first = parts.get(0);
        var content = new ArrayList<Block>();
        Block.Heading heading = null;
        int[] notes = {0};
        for (ChapterDraft part : parts) {
            List<Block> blocks = blocks(part, index, shared, usedNotes.apply(part.source()), notes);
            heading = heading == null ? (Block.Heading) blocks.get(0) : heading;
            content.addAll(blocks);
        }
        String title = Blocks.plainText(heading.content()).strip().replaceAll("\\s+", " ");
        return new Chapter(index, shared.anchors().chapterId(index), title.isEmpty() ? first.title() : title,
                first.path(), content);
    }

    // A part's blocks, its heading first; its notes numbered on from notesBefore[0], which it advances.
    private static List<Block> blocks(ChapterDraft draft, int index, ChapterScope.Shared shared,
                                      Set<FootnoteBlock> usedNotes, int[] notesBefore) {
        var scope = new ChapterScope(draft, index, shared, usedNotes);
        var notes = new Notes(scope, notesBefore[0]);
        var inlines = new InlineReader(scope, notes);
        var blocks = new BlockReader(scope, inlines, new HtmlReader(scope));
        notes.use(blocks);
        var content = new ArrayList<Block>();
        try {
            Optional<Heading> own = draft.heading();
            List<Node> rest = own.isPresent() ? draft.nodes().subList(1, draft.nodes().size()) : draft.nodes();
            content.add(own.map(h -> blocks.heading(h, 1)).orElseGet(() -> madeHeading(draft, scope)));
            content.addAll(blocks.read(rest, 1));
        } catch (RuntimeException | AssertionError e) {
            Problem.MARKDOWN_UNREADABLE.report(shared.diagnostics(), draft.path(), 1,
                    "the Markdown could not be converted: " + e.getClass().getSimpleName());
            content.clear();
            content.add(madeHeading(draft, scope));
        }
        notesBefore[0] = notes.count();
        return content;
    }

    private static Block.Heading madeHeading(ChapterDraft draft, ChapterScope scope) {
        int line = draft.nodes().isEmpty() ? 1 : scope.line(draft.nodes().get(0));
        String id = scope.anchors.titleId(draft);
        if (id == null) {
            id = scope.anchors.allocateHeading(draft.title());
        }
        return new Block.Heading(draft.level(), id, List.of(new Inline.Text(draft.title())), List.of(),
                new Source(draft.path(), line));
    }
}
