package galley.read;

import galley.diagnostic.Problem;
import galley.read.html.HtmlPolicy;
import galley.read.links.AnchorIndex;
import galley.read.links.LinkResolver;
import galley.read.markdown.MarkdownGuard;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ext.footnotes.FootnoteBlock;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import galley.diagnostic.Diagnostics;
import galley.model.Source;

import java.util.List;
import java.util.Set;

/**
 * What converting one chapter needs: its file, its place in the book, and the book-wide
 * registries of anchors, links, images and HTML warnings.
 */
public final class ChapterScope {

    /** Deepest nesting of blocks and inlines the model may hold, so that no writer's recursion overflows. */
    static final int MAX_DEPTH = MarkdownGuard.MAX_DEPTH;

    final TextFile text;
    /** The parsed file, passed explicitly: Flexmark's own parent walk fails on nodes some extensions move. */
    public final Document document;
    final int chapter;
    public final String chapterId;
    public final AnchorIndex anchors;
    public final LinkResolver links;
    public final ImageRegistry images;
    public final HtmlPolicy html;
    public final Diagnostics diagnostics;
    /** The footnotes of this chapter's file that some reference used, shared by the file's chapters. */
    public final Set<FootnoteBlock> usedNotes;
    /** The numbers of example list items, counted across the book. */
    public final ExampleNumbers examples;
    /** The book language's one-letter words, or null. */
    private final OneLetterWords ties;
    private final ChapterDraft draft;
    private boolean depthReported;

    ChapterScope(ChapterDraft draft, int chapter, Shared book, Set<FootnoteBlock> usedNotes) {
        ParsedFile file = draft.source();
        this.draft = draft;
        this.text = file.text();
        this.document = file.document();
        this.chapter = chapter;
        this.chapterId = book.anchors.chapterId(chapter);
        this.anchors = book.anchors;
        this.links = book.links;
        this.images = book.images;
        this.html = book.html;
        this.diagnostics = book.diagnostics;
        this.ties = book.ties;
        this.examples = book.examples;
        this.usedNotes = usedNotes;
    }

    private ChapterScope(ChapterScope chapter, TextFile text) {
        this.text = text;
        this.document = chapter.document;
        this.chapter = chapter.chapter;
        this.chapterId = chapter.chapterId;
        this.anchors = chapter.anchors;
        this.links = chapter.links;
        this.images = chapter.images;
        this.html = chapter.html;
        this.diagnostics = chapter.diagnostics;
        this.ties = chapter.ties;
        this.examples = chapter.examples;
        this.usedNotes = chapter.usedNotes;
        this.draft = chapter.draft;
    }

    /**
     * The scope of a part of this chapter's file parsed on its own, such as a table cell's text that
     * begins on line {@code firstLine}: its nodes' lines are counted from there, and it shares the
     * chapter's document, anchors and notes.
     */
    public ChapterScope part(String partText, int firstLine) {
        return new ChapterScope(this, TextFile.part(path(), partText, firstLine));
    }

    /** The registries shared by every chapter of the book. */
    record Shared(AnchorIndex anchors, LinkResolver links, ImageRegistry images, HtmlPolicy html, Diagnostics diagnostics,
                  OneLetterWords ties, ExampleNumbers examples) {
    }

    /** The level {@code heading} has in the book, which a book layout may move from the level written. */
    public int level(Heading heading) {
        return draft.levelOf(heading);
    }

    /** The classes of the division that the block quote {@code node} stands for, or empty for a block quote. */
    public List<String> divisionClasses(Node node) {
        return draft.source().classes().getOrDefault(line(node), List.of());
    }

    /** A sink for this chapter's inlines, tying its language's one-letter words. */
    public InlineSink sink() {
        return new InlineSink(ties);
    }

    public String path() {
        return text.path();
    }

    public int line(Node node) {
        return text.lineAt(node.getStartOffset());
    }

    public Source source(Node node) {
        return new Source(path(), line(node));
    }

    /** Reports an image at {@code line} whose alt text is empty, since a reader who cannot see it learns nothing of it. */
    public void checkAlt(String alt, int line) {
        if (alt.isBlank()) {
            Problem.IMAGE_ALT_MISSING.report(diagnostics, path(), line, "image has no alt text");
        }
    }

    /** Whether {@code depth} is past the limit; the first time, reported at {@code line}. */
    public boolean tooDeep(int depth, int line) {
        if (depth <= MAX_DEPTH) {
            return false;
        }
        if (!depthReported) {
            depthReported = true;
            Problem.NESTING_TOO_DEEP.report(diagnostics, path(), line,
                    "content is nested more than " + MAX_DEPTH + " deep (block quotes, lists, emphasis or HTML)");
        }
        return true;
    }
}
