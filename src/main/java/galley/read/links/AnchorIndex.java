package galley.read.links;

import galley.diagnostic.Problem;
import galley.read.Attributes;
import galley.read.ChapterDraft;
import galley.read.Slug;
import galley.read.html.HtmlAnchors;
import galley.read.markdown.ContentText;
import galley.read.markdown.BracedAttributes;
import galley.read.markdown.BracketedSpan;
import galley.read.markdown.FencedDiv;
import galley.read.markdown.FigureShape;
import galley.read.markdown.NodeText;
import galley.read.markdown.TableCaption;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlBlockBase;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.util.ast.Node;
import galley.diagnostic.Diagnostics;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Every anchor of the book, decided before any chapter is converted so that links can point
 * forward: the ids of chapters, headings, figures, fenced divs, bracketed spans and raw HTML elements, made unique across the book,
 * and where each id an author wrote (or would expect from a heading's text) now leads.
 */
public final class AnchorIndex {

    /** A place a link can lead to: a chapter and the final, unique id inside it. */
    record Anchor(int chapter, String id) {
    }

    private final IdAllocator allocator;
    private final AutoIdentifiers style;
    private final Diagnostics diagnostics;
    private final Map<Node, String> nodeIds = new IdentityHashMap<>();
    private final List<String> chapterIds = new ArrayList<>();
    private final Map<ChapterDraft, String> titleIds = new IdentityHashMap<>();
    private final Map<String, Integer> firstChapterOfFile = new HashMap<>();
    private final Map<String, Map<String, Anchor>> fileAnchors = new HashMap<>();
    private final Map<String, Anchor> bookAnchors = new HashMap<>();
    // ids written in raw HTML, by file and id as written: decided here, taken once each by the conversion
    private final Map<String, List<HtmlAnchors.Written>> htmlIds = new HashMap<>();
    private int figures;

    private AnchorIndex(IdAllocator allocator, AutoIdentifiers style, Diagnostics diagnostics) {
        this.allocator = allocator;
        this.style = style;
        this.diagnostics = diagnostics;
    }

    public static AnchorIndex build(List<ChapterDraft> drafts, IdAllocator allocator, Diagnostics diagnostics) {
        return build(drafts, allocator, AutoIdentifiers.PANDOC, diagnostics);
    }

    /** The anchors of {@code drafts}, a heading without an id of its own given one as {@code style} makes it. */
    public static AnchorIndex build(List<ChapterDraft> drafts, IdAllocator allocator, AutoIdentifiers style,
                                    Diagnostics diagnostics) {
        var index = new AnchorIndex(allocator, style, diagnostics);
        // a draft that continues the chapter before it (a layout's nested file) is of that chapter
        int chapter = -1;
        for (ChapterDraft draft : drafts) {
            chapter += draft.continues() && chapter >= 0 ? 0 : 1;
            index.visit(chapter, draft);
        }
        for (int i = 0; i <= chapter; i++) {
            index.chapterIds.add(allocator.allocate("ch" + (i + 1)));
        }
        return index;
    }

    private void visit(int chapter, ChapterDraft draft) {
        firstChapterOfFile.putIfAbsent(draft.path(), chapter);
        if (draft.heading().isEmpty()) {
            String id = allocator.allocate(style.of(draft.title()));
            titleIds.put(draft, id);
            registerAuto(draft.path(), draft.title(), new Anchor(chapter, id));
        }
        var pending = new ArrayDeque<Node>();
        for (int i = draft.nodes().size() - 1; i >= 0; i--) {
            pending.push(draft.nodes().get(i));
        }
        while (!pending.isEmpty()) {
            Node node = pending.pop();
            if (node instanceof Heading heading) {
                Optional<String> given = Attributes.id(heading).map(id -> validId(id, heading, draft));
                String text = given.isPresent() ? "" : NodeText.of(heading);
                String id = allocator.allocate(given.orElseGet(() -> style.of(text)));
                nodeIds.put(heading, id);
                if (given.isPresent()) {
                    register(draft.path(), given.get(), new Anchor(chapter, id));
                } else {
                    registerAuto(draft.path(), text, new Anchor(chapter, id));
                }
                pushChildren(heading, pending);
            } else if (node instanceof Paragraph paragraph && FigureShape.imageOf(paragraph).isPresent()) {
                Node image = FigureShape.imageOf(paragraph).get();
                Optional<String> wanted = Attributes.idFollowing(image).map(id -> validId(id, paragraph, draft));
                String id = figureId(wanted);
                nodeIds.put(paragraph, id);
                register(draft.path(), wanted.orElse(id), new Anchor(chapter, id));
            } else if (node instanceof HtmlBlockBase block) {
                htmlIds(chapter, draft, HtmlAnchors.inBlock(ContentText.of(block), line(draft, node)));
            } else if (node instanceof Paragraph paragraph && FigureShape.htmlOf(paragraph).isPresent()) {
                htmlIds(chapter, draft, HtmlAnchors.inBlock(FigureShape.htmlOf(paragraph).get(), line(draft, node)));
            } else if (node instanceof HtmlInline) {
                int line = line(draft, node);
                HtmlAnchors.inTag(node.getChars().toString()).ifPresent(id ->
                        htmlIds(chapter, draft, List.of(new HtmlAnchors.Written(id, line))));
            } else if (TableCaption.isTable(node)) {
                tableId(chapter, node, draft);
                pushChildren(node, pending);
            } else {
                inlineId(node, chapter, draft);
                pushChildren(node, pending);
            }
        }
    }

    private static void pushChildren(Node node, ArrayDeque<Node> pending) {
        for (Node child = node.getLastChild(); child != null; child = child.getPrevious()) {
            pending.push(child);
        }
    }

    // the id of a fenced div or a bracketed span, or written after a link, image or inline code
    private void inlineId(Node node, int chapter, ChapterDraft draft) {
        Optional<String> written = Optional.empty();
        if (node instanceof BracketedSpan span) {
            written = span.id();
        } else if (node instanceof FencedDiv div && !div.attributes().id().isBlank()) {
            written = Optional.of(div.attributes().id().strip());
        } else if (node instanceof BracedAttributes braces && !braces.ofParent() && !braces.attributes().id().isEmpty()) {
            written = Optional.of(braces.attributes().id());
        }
        if (written.isPresent()) {
            String wanted = validId(written.get(), node, draft);
            String id = allocator.allocate(wanted);
            nodeIds.put(node, id);
            register(draft.path(), wanted, new Anchor(chapter, id));
        }
    }

    private static int line(ChapterDraft draft, Node node) {
        return draft.source().text().lineAt(node.getStartOffset());
    }

    private void htmlIds(int chapter, ChapterDraft draft, List<HtmlAnchors.Written> written) {
        for (HtmlAnchors.Written one : written) {
            String wanted = Slug.isValidId(one.id()) ? one.id() : Slug.anchor(one.id());
            String id = allocator.allocate(wanted);
            htmlIds.computeIfAbsent(key(draft.path(), one.id()), k -> new ArrayList<>())
                    .add(new HtmlAnchors.Written(id, one.line()));
            register(draft.path(), one.id(), new Anchor(chapter, id));
            register(draft.path(), wanted, new Anchor(chapter, id));
        }
    }

    private static String key(String path, String written) {
        return path + '#' + written;
    }

    // pandoc-crossref's "tbl:name" leads to the id "tbl-name", since an XML id holds no colon
    private void tableId(int chapter, Node table, ChapterDraft draft) {
        Optional<String> written = TableCaption.of(table).flatMap(TableCaption::id);
        if (written.isPresent()) {
            String wanted = written.get();
            String colonless = wanted.replace(':', '-');
            String id = allocator.allocate(Slug.isValidId(colonless) ? colonless : validId(wanted, table, draft));
            nodeIds.put(table, id);
            register(draft.path(), wanted, new Anchor(chapter, id));
        }
    }

    // A heading's own id is known by the pandoc form before it was made an XML name and by the
    // form Galley made before it followed pandoc (marks of Indic scripts kept), as well as by its id.
    private void registerAuto(String path, String text, Anchor anchor) {
        register(path, style.wanted(text), anchor);
        register(path, Slug.anchor(text), anchor);
    }

    private String validId(String id, Node node, ChapterDraft draft) {
        if (Slug.isValidId(id)) {
            return id;
        }
        String fixed = Slug.anchor(id);
        Problem.HEADING_ID_INVALID.report(diagnostics, draft.path(), draft.source().text().lineAt(node.getStartOffset()),
                "id '" + id + "' is not a valid anchor; '" + fixed + "' is used");
        return fixed;
    }

    private void register(String path, String wanted, Anchor anchor) {
        Map<String, Anchor> inFile = fileAnchors.computeIfAbsent(path, p -> new HashMap<>());
        inFile.putIfAbsent(wanted, anchor);
        inFile.putIfAbsent(anchor.id(), anchor);
        bookAnchors.putIfAbsent(wanted, anchor);
        bookAnchors.put(anchor.id(), anchor);
    }

    /** A new unique figure id: the one written when given, else the next {@code fig-N}. */
    public String figureId(Optional<String> wanted) {
        figures++;
        return allocator.allocate(wanted.orElse("fig-" + figures));
    }

    /**
     * The id decided for HTML id {@code written} on line {@code line} of file {@code path} (any line
     * when none matches), taken once; else a new unique one, for an id the pass did not meet.
     */
    public synchronized String htmlId(String path, int line, String written) {
        return takeHtmlId(path, line, written).orElseGet(() -> allocator.allocate(written));
    }

    /** A figure's id when raw HTML wrote {@code written} around it: the one the pass decided, if it met it. */
    public synchronized String htmlFigureId(String path, Optional<String> written, Optional<String> wanted) {
        Optional<String> decided = written.flatMap(id -> takeHtmlId(path, -1, id));
        if (decided.isPresent()) {
            figures++;
            return decided.get();
        }
        return figureId(wanted);
    }

    private Optional<String> takeHtmlId(String path, int line, String written) {
        List<HtmlAnchors.Written> decided = htmlIds.getOrDefault(key(path, written), List.of());
        for (int i = 0; i < decided.size(); i++) {
            if (decided.get(i).line() == line) {
                return Optional.of(decided.remove(i).id());
            }
        }
        return decided.isEmpty() ? Optional.empty() : Optional.of(decided.remove(0).id());
    }

    /** A new unique id for a heading met only while converting, such as one inside a footnote, made from its text. */
    public String allocateHeading(String text) {
        return allocator.allocate(style.of(text));
    }

    /** A new unique id for an anchor met only while converting, such as a heading inside a footnote. */
    public String allocate(String wanted) {
        return allocator.allocate(wanted);
    }

    /** A new unique id for a footnote, of the form the EPUB's back references build on. */
    public String noteId(String chapterId, int number) {
        return allocator.allocateGenerated(chapterId + "-note-" + number);
    }

    /** The id decided for a heading, figure paragraph, fenced div, bracketed span or attribute braces, if the pass met it. */
    public Optional<String> idOf(Node node) {
        return Optional.ofNullable(nodeIds.get(node));
    }

    public String chapterId(int chapter) {
        return chapterIds.get(chapter);
    }

    /** The id of the heading made for {@code draft}, which has none of its own; null for one that has. */
    public String titleId(ChapterDraft draft) {
        return titleIds.get(draft);
    }

    /** The first chapter cut from file {@code path} (relative to the book folder). */
    OptionalInt firstChapterOf(String path) {
        Integer chapter = firstChapterOfFile.get(path);
        return chapter == null ? OptionalInt.empty() : OptionalInt.of(chapter);
    }

    /** Where anchor {@code id} leads inside file {@code path}. */
    Optional<Anchor> inFile(String path, String id) {
        return Optional.ofNullable(fileAnchors.getOrDefault(path, Map.of()).get(id));
    }

    /**
     * The anchor a reader most likely meant by missing {@code id}: one in file {@code path} (or, when
     * {@code anywhere}, in the book) that differs from it only in case or in a {@code -N} suffix.
     */
    Optional<String> nearest(String path, String id, boolean anywhere) {
        Optional<String> near = AnchorHint.nearest(id, fileAnchors.getOrDefault(path, Map.of()).keySet());
        return near.isPresent() || !anywhere ? near : AnchorHint.nearest(id, bookAnchors.keySet());
    }

    /** Where anchor {@code id} leads anywhere in the book. */
    Optional<Anchor> inBook(String id) {
        return Optional.ofNullable(bookAnchors.get(id));
    }
}
