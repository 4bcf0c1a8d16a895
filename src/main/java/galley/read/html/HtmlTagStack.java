package galley.read.html;

import galley.read.ChapterScope;
import galley.read.InlineSink;
import galley.read.SizeAttributes;

import galley.model.Blocks;
import galley.model.Inline;
import galley.model.LinkTarget;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Pairs the separate open and close tags Flexmark hands over inside a paragraph ({@code <sup>},
 * text, {@code </sup>}) into the model's styles and links, with a stack of open elements. The
 * elements count towards the chapter's nesting limit: past it a tag is reported and left out, its
 * text kept.
 */
public final class HtmlTagStack {

    /** An open element and the inlines gathered inside it so far. */
    private record Frame(String name, HtmlPolicy.Kind kind, LinkTarget target, String id, InlineSink sink) {
    }

    private final ChapterScope scope;
    private final Deque<Frame> frames = new ArrayDeque<>();
    private final InlineSink root;
    private final int baseDepth;
    private String dropping;
    private int dropDepth;

    /** @param depth how deep the paragraph or span whose tags these are already stands */
    public HtmlTagStack(ChapterScope scope, InlineSink root, int depth) {
        this.scope = scope;
        this.root = root;
        this.baseDepth = depth;
    }

    /** How deep content added now stands: the paragraph's depth and one for each open element. */
    public int depth() {
        return baseDepth + frames.size();
    }

    /** Where content goes now: the innermost open element, or the paragraph. */
    public InlineSink sink() {
        return frames.isEmpty() ? root : frames.peek().sink();
    }

    /** Whether content is being thrown away, inside a removed element such as {@code <script>}. */
    public boolean dropping() {
        return dropping != null;
    }

    public void tag(String raw, int line) {
        Optional<HtmlTag> parsed = HtmlTag.parse(raw);
        if (parsed.isEmpty()) {
            return;
        }
        HtmlTag tag = parsed.get();
        if (dropping != null) {
            if (tag.name().equals(dropping)) {
                dropDepth += tag.closing() ? -1 : tag.selfClosing() ? 0 : 1;
                if (dropDepth == 0) {
                    dropping = null;
                }
            }
            return;
        }
        if (tag.closing()) {
            close(tag.name());
        } else {
            open(tag, line);
        }
    }

    private void open(HtmlTag tag, int line) {
        String name = tag.name();
        HtmlPolicy.Kind kind = HtmlPolicy.kind(name);
        boolean empty = tag.selfClosing() || HtmlPolicy.isVoid(name);
        if (kind == HtmlPolicy.Kind.DROP) {
            scope.html.dropped(name, scope.path(), line);
            if (!empty) {
                dropping = name;
                dropDepth = 1;
            }
            return;
        }
        scope.html.checkAttributes(name, tag.attributes(), scope.path(), line);
        if (kind == HtmlPolicy.Kind.BREAK) {
            sink().add(new Inline.LineBreak());
        } else if (kind == HtmlPolicy.Kind.IMAGE) {
            HtmlPolicy.attribute(tag.attributes(), "src")
                    .flatMap(src -> scope.images.resolve(src, scope.path(), line))
                    .ifPresentOrElse(image -> {
                        String alt = HtmlPolicy.attribute(tag.attributes(), "alt").orElse("");
                        scope.checkAlt(alt, line);
                        String title = HtmlPolicy.attribute(tag.attributes(), "title").orElse("");
                        sink().add(new Inline.Image(image, alt, title, SizeAttributes.read(
                                key -> HtmlPolicy.attribute(tag.attributes(), key), scope.diagnostics, scope.path(), line)));
                    }, () -> sink().text(HtmlPolicy.attribute(tag.attributes(), "alt").orElse("")));
        } else if (!empty) {
            LinkTarget target = null;
            if (kind == HtmlPolicy.Kind.LINK) {
                target = HtmlPolicy.attribute(tag.attributes(), "href")
                        .flatMap(href -> scope.links.resolve(href, scope.path(), line)).orElse(null);
            } else if (kind == HtmlPolicy.Kind.TEXT) {
                scope.html.asText(name, scope.path(), line);
            }
            if (scope.tooDeep(depth() + 1, line)) {
                return;
            }
            // an anchor's id (or an old-style name) is kept as a place links can lead to
            String id = HtmlPolicy.attribute(tag.attributes(), "id")
                    .or(() -> kind == HtmlPolicy.Kind.LINK ? HtmlPolicy.attribute(tag.attributes(), "name") : Optional.empty())
                    .map(written -> scope.anchors.htmlId(scope.path(), line, written)).orElse(null);
            frames.push(new Frame(name, kind, target, id, scope.sink()));
        }
    }

    private void close(String name) {
        if (frames.stream().noneMatch(f -> f.name().equals(name))) {
            return;
        }
        Frame frame;
        do {
            frame = frames.pop();
            emit(frame);
        } while (!frame.name().equals(name));
    }

    /** Closes every element still open at the end of the paragraph or span. */
    public void closeAll() {
        while (!frames.isEmpty()) {
            emit(frames.pop());
        }
        dropping = null;
    }

    private void emit(Frame frame) {
        var content = frame.sink().buildUntrimmed();
        InlineSink parent = sink();
        if (frame.id() != null) {
            // the id stays on what the element becomes; an empty anchor is a place of its own
            InlineSink inner = scope.sink();
            emit(frame, content, inner);
            parent.add(new Inline.Span(frame.id(), List.of(), Map.of(), inner.buildUntrimmed()));
            return;
        }
        emit(frame, content, parent);
    }

    private void emit(Frame frame, List<Inline> content, InlineSink parent) {
        if (content.isEmpty()) {
            return;
        }
        switch (frame.kind()) {
            case STYLE:
                parent.add(new Inline.Styled(HtmlPolicy.style(frame.name()), content));
                break;
            case CODE:
                parent.add(new Inline.Code(Blocks.plainText(content)));
                break;
            case LINK:
                if (frame.target() != null) {
                    parent.add(new Inline.Link(frame.target(), content));
                } else {
                    parent.addAll(content);
                }
                break;
            default:
                parent.addAll(content);
        }
    }
}
