package galley.read.markdown;

import galley.diagnostic.Problem;
import galley.read.ChapterScope;

import com.vladsch.flexmark.ext.footnotes.Footnote;
import com.vladsch.flexmark.ext.footnotes.FootnoteBlock;
import com.vladsch.flexmark.util.ast.Node;
import galley.model.Block;
import galley.model.Inline;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The footnotes of one chapter, {@code [^label]} and inline {@code ^[text]} alike: numbered from 1 in
 * the order of their first reference, each body converted once and carried by every reference to it.
 */
public final class Notes {

    private final ChapterScope scope;
    private final Map<Node, Integer> numbers = new IdentityHashMap<>();
    private final Map<FootnoteBlock, List<Block>> bodies = new IdentityHashMap<>();
    private final Set<FootnoteBlock> converting = Collections.newSetFromMap(new IdentityHashMap<>());
    private BlockReader blocks;

    public Notes(ChapterScope scope) {
        this.scope = scope;
    }

    public void use(BlockReader blocks) {
        this.blocks = blocks;
    }

    /** The model's reference for {@code footnote}, or its text when it cannot be one (reported). */
    Inline reference(Footnote footnote, int depth) {
        String label = footnote.getText().toString();
        int line = scope.line(footnote);
        FootnoteBlock block = footnote.getFootnoteBlock();
        if (block == null && footnote.isDefined()) {
            block = footnote.getReferenceNode(scope.document);
        }
        if (block == null) {
            Problem.FOOTNOTE_UNDEFINED.report(scope.diagnostics, scope.path(), line,
                    "footnote [^" + label + "] is not defined");
            return new Inline.Text("[^" + label + "]");
        }
        if (converting.contains(block)) {
            Problem.FOOTNOTE_RECURSIVE.report(scope.diagnostics, scope.path(), line,
                    "footnote [^" + label + "] refers to itself");
            return new Inline.Text("[^" + label + "]");
        }
        scope.usedNotes.add(block);
        int number = numbers.computeIfAbsent(block, b -> numbers.size() + 1);
        String id = scope.anchors.noteId(scope.chapterId, number);
        return new Inline.NoteRef(number, id, body(block, depth));
    }

    /** The model's reference for inline note {@code note}, numbered before its text, and so any note in it, is read. */
    Inline inline(InlineNote note, Supplier<List<Block>> body) {
        int number = numbers.computeIfAbsent(note, n -> numbers.size() + 1);
        return new Inline.NoteRef(number, scope.anchors.noteId(scope.chapterId, number), body.get());
    }

    private List<Block> body(FootnoteBlock block, int depth) {
        List<Block> body = bodies.get(block);
        if (body == null) {
            converting.add(block);
            body = blocks.readChildren(block, depth + 1);
            converting.remove(block);
            bodies.put(block, body);
        }
        return body;
    }
}
