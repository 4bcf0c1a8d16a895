package galley.manuscript;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.Emphasis;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.HtmlInlineComment;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.StrongEmphasis;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.attributes.AttributesNode;
import com.vladsch.flexmark.ext.footnotes.Footnote;
import com.vladsch.flexmark.ext.gfm.strikethrough.Strikethrough;
import com.vladsch.flexmark.ext.typographic.TypographicQuotes;
import com.vladsch.flexmark.ext.typographic.TypographicSmarts;
import com.vladsch.flexmark.util.ast.Node;
import galley.model.Blocks;
import galley.model.Inline;
import galley.model.LinkTarget;
import org.jsoup.parser.Parser;

import java.util.List;
import java.util.Optional;

/** Turns Flexmark's inline nodes into the model's inlines: text, styles, code, links, images, notes and raw HTML. */
final class InlineReader {

    private final ChapterScope scope;
    private final Notes notes;

    InlineReader(ChapterScope scope, Notes notes) {
        this.scope = scope;
        this.notes = notes;
    }

    /** The children of {@code parent} as inlines, trimmed at both ends. */
    List<Inline> read(Node parent, int depth) {
        var sink = new InlineSink();
        readInto(parent, sink, depth);
        return sink.build();
    }

    private List<Inline> nested(Node parent, int depth) {
        var sink = new InlineSink();
        readInto(parent, sink, depth);
        return sink.buildUntrimmed();
    }

    private void readInto(Node parent, InlineSink root, int depth) {
        if (scope.tooDeep(depth, scope.line(parent))) {
            return;
        }
        var html = new HtmlTagStack(scope, root);
        for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof HtmlInline) {
                html.tag(node.getChars().toString(), scope.line(node));
            } else if (!html.dropping()) {
                node(node, html.sink(), depth);
            }
        }
        html.closeAll();
    }

    private void node(Node node, InlineSink sink, int depth) {
        if (node instanceof Text) {
            sink.text(node.getChars().unescape());
        } else if (node instanceof TypographicSmarts smarts) {
            sink.text(Parser.unescapeEntities(smarts.getTypographicText(), false));
        } else if (node instanceof TypographicQuotes quotes) {
            sink.text(orMarker(quotes.getTypographicOpening(), quotes.getOpeningMarker().toString()));
            readInto(node, sink, depth + 1);
            sink.text(orMarker(quotes.getTypographicClosing(), quotes.getClosingMarker().toString()));
        } else if (node instanceof SoftLineBreak) {
            sink.softBreak();
        } else if (node instanceof HardLineBreak) {
            sink.add(new Inline.LineBreak());
        } else if (node instanceof Emphasis) {
            styled(Inline.Style.EMPHASIS, node, sink, depth);
        } else if (node instanceof StrongEmphasis) {
            styled(Inline.Style.STRONG, node, sink, depth);
        } else if (node instanceof Strikethrough) {
            styled(Inline.Style.STRIKETHROUGH, node, sink, depth);
        } else if (node instanceof Code code) {
            sink.add(new Inline.Code(codeText(code.getText().toString())));
        } else if (node instanceof HtmlEntity) {
            sink.text(Parser.unescapeEntities(node.getChars().toString(), false));
        } else if (node instanceof Link link) {
            link(link.getUrl().unescape(), nested(node, depth + 1), node, sink);
        } else if (node instanceof LinkRef ref) {
            linkRef(ref, sink, depth);
        } else if (node instanceof AutoLink auto) {
            String written = auto.getText().toString();
            String url = BookPaths.hasScheme(written) ? written : "http://" + written;
            link(url, List.of(new Inline.Text(written)), node, sink);
        } else if (node instanceof MailLink mail) {
            String address = mail.getText().toString();
            link("mailto:" + address, List.of(new Inline.Text(address)), node, sink);
        } else if (node instanceof Image image) {
            image(image.getUrl().unescape(), node, sink, depth);
        } else if (node instanceof ImageRef ref) {
            Reference target = ref.isDefined() ? ref.getReferenceNode(scope.document) : null;
            if (target == null) {
                sink.text(node.getChars().toString());
            } else {
                image(target.getUrl().unescape(), node, sink, depth);
            }
        } else if (node instanceof Footnote footnote) {
            sink.add(notes.reference(footnote, depth + 1));
        } else if (node instanceof HtmlInlineComment || node instanceof AttributesNode) {
            return;
        } else if (node.hasChildren()) {
            readInto(node, sink, depth + 1);
        } else {
            sink.text(node.getChars().unescape());
        }
    }

    private void styled(Inline.Style style, Node node, InlineSink sink, int depth) {
        List<Inline> content = nested(node, depth + 1);
        if (!content.isEmpty()) {
            sink.add(new Inline.Styled(style, content));
        }
    }

    private void linkRef(LinkRef ref, InlineSink sink, int depth) {
        Reference target = ref.isDefined() ? ref.getReferenceNode(scope.document) : null;
        if (target == null) {
            sink.text(ref.getChars().toString());
        } else {
            link(target.getUrl().unescape(), nested(ref, depth + 1), ref, sink);
        }
    }

    private void link(String url, List<Inline> content, Node node, InlineSink sink) {
        Optional<LinkTarget> target = scope.links.resolve(url, scope.path(), scope.line(node));
        if (target.isEmpty()) {
            sink.addAll(content);
        } else if (content.isEmpty()) {
            sink.add(new Inline.Link(target.get(), List.of(new Inline.Text(url))));
        } else {
            sink.add(new Inline.Link(target.get(), content));
        }
    }

    private void image(String url, Node node, InlineSink sink, int depth) {
        String alt = Blocks.plainText(nested(node, depth + 1)).strip();
        scope.images.resolve(url, scope.path(), scope.line(node)).ifPresent(asset -> {
            scope.checkAlt(alt, scope.line(node));
            sink.add(new Inline.Image(asset, alt));
        });
    }

    /** The alt text of an image node as inlines, for a figure's caption. */
    List<Inline> alt(Node image, int depth) {
        return read(image, depth);
    }

    // Flexmark leaves some marks as HTML entities (&ndash;) whatever the options say.
    private static String orMarker(String typographic, String marker) {
        return typographic == null ? marker : Parser.unescapeEntities(typographic, false);
    }

    // CommonMark: line endings become spaces, and one space is stripped from each end when both have one.
    static String codeText(String raw) {
        String text = raw.replace('\n', ' ');
        if (text.length() >= 2 && text.startsWith(" ") && text.endsWith(" ") && !text.isBlank()) {
            return text.substring(1, text.length() - 1);
        }
        return text;
    }
}
