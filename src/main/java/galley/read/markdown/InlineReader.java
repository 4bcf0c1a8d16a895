package galley.read.markdown;

import galley.read.AttributeList;
import galley.read.Attributes;
import galley.read.BookPaths;
import galley.read.ChapterScope;
import galley.read.InlineSink;
import galley.read.SizeAttributes;
import galley.read.SourceChars;
import galley.read.yaml.BookYaml;
import galley.diagnostic.Problem;
import galley.read.html.HtmlTagStack;

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
import com.vladsch.flexmark.ext.footnotes.Footnote;
import com.vladsch.flexmark.ext.gfm.strikethrough.Strikethrough;
import com.vladsch.flexmark.ext.gfm.strikethrough.Subscript;
import com.vladsch.flexmark.ext.typographic.TypographicQuotes;
import com.vladsch.flexmark.ext.typographic.TypographicSmarts;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import galley.model.Block;
import galley.model.Blocks;
import galley.model.ImageAsset;
import galley.model.Inline;
import galley.model.LinkTarget;
import org.jsoup.parser.Parser;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns Flexmark's inline nodes into the model's inlines: text, styles, code, links, images, notes and raw HTML. */
public final class InlineReader {

    private static final Pattern NUMERIC_ENTITY = Pattern.compile("&#(?:[xX]([0-9a-fA-F]+)|([0-9]+));");

    /** A reference to a labelled example item: {@code (@label)}. */
    private static final Pattern EXAMPLE_REFERENCE = Pattern.compile("\\(@([\\p{L}\\p{N}_-]+)\\)");

    private final ChapterScope scope;
    private final Notes notes;

    public InlineReader(ChapterScope scope, Notes notes) {
        this.scope = scope;
        this.notes = notes;
    }

    /** A reader of the inlines of a part of the chapter parsed on its own (a table cell), with the chapter's notes. */
    InlineReader in(ChapterScope part) {
        return new InlineReader(part, notes);
    }

    /** The children of {@code parent} as inlines, trimmed at both ends. */
    List<Inline> read(Node parent, int depth) {
        var sink = scope.sink();
        readInto(parent, sink, depth);
        return sink.build();
    }

    private List<Inline> nested(Node parent, int depth) {
        var sink = scope.sink();
        readInto(parent, sink, depth);
        return sink.buildUntrimmed();
    }

    private void readInto(Node parent, InlineSink root, int depth) {
        if (scope.tooDeep(depth, scope.line(parent))) {
            return;
        }
        var html = new HtmlTagStack(scope, root, depth);
        for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof HtmlInline) {
                html.tag(node.getChars().toString(), scope.line(node));
            } else if (!html.dropping()) {
                node(node, html.sink(), html.depth());
            }
        }
        html.closeAll();
    }

    private void node(Node node, InlineSink sink, int depth) {
        if (node.getNext() instanceof BracedAttributes braces && !braces.ofParent()) {
            // a link, image or code with attributes: a span around it carries them
            var inner = scope.sink();
            one(node, inner, depth + 1);
            List<Inline> content = inner.buildUntrimmed();
            AttributeList attributes = isImage(node) ? withoutSize(braces.attributes()) : braces.attributes();
            if (!content.isEmpty() && attributes.equals(AttributeList.NONE) && scope.anchors.idOf(braces).isEmpty()) {
                // an image's width and height are its own: it needs no span for them
                sink.addAll(content);
            } else if (!content.isEmpty()) {
                sink.add(span(braces, attributes, content));
            }
        } else {
            one(node, sink, depth);
        }
    }

    private static boolean isImage(Node node) {
        return node instanceof Image || node instanceof ImageRef;
    }

    /** The attributes but an image's width and height, which size the image itself. */
    private static AttributeList withoutSize(AttributeList attributes) {
        var pairs = new java.util.LinkedHashMap<>(attributes.pairs());
        pairs.remove("width");
        pairs.remove("height");
        return pairs.isEmpty() && attributes.id().isEmpty() && attributes.classes().isEmpty()
                ? AttributeList.NONE : new AttributeList(attributes.id(), attributes.classes(), pairs);
    }

    private Inline.Span span(Node node, AttributeList attributes, List<Inline> content) {
        var pairs = new LinkedHashMap<>(attributes.pairs());
        String lang = pairs.get("lang");
        if (lang != null && !BookYaml.isLanguageTag(lang)) {
            pairs.remove("lang");
            Problem.ATTRIBUTE_IGNORED.report(scope.diagnostics, scope.path(), scope.line(node),
                    "lang=" + lang + " is not a language tag such as en, en-GB or ru; the text is taken to be in the book's language");
        }
        String dir = pairs.get("dir");
        if (dir != null && !List.of("ltr", "rtl", "auto").contains(dir)) {
            pairs.remove("dir");
            Problem.ATTRIBUTE_IGNORED.report(scope.diagnostics, scope.path(), scope.line(node),
                    "dir=" + dir + " is none of ltr, rtl and auto; the text takes its direction from its letters");
        }
        return new Inline.Span(scope.anchors.idOf(node).orElse(""), attributes.classes(), pairs, content);
    }

    // pandoc's reference to a labelled example item is its number; one to no item stays as written
    private String exampleReferences(String text, Node node) {
        if (!text.contains("(@")) {
            return text;
        }
        Matcher reference = EXAMPLE_REFERENCE.matcher(text);
        var out = new StringBuilder();
        while (reference.find()) {
            Optional<Integer> number = scope.examples.ofLabel(reference.group(1));
            if (number.isEmpty()) {
                Problem.EXAMPLE_LABEL_UNDEFINED.report(scope.diagnostics, scope.path(), scope.line(node), "(@"
                        + reference.group(1) + ") refers to no example item: it is kept as written");
            }
            reference.appendReplacement(out, Matcher.quoteReplacement(number.map(String::valueOf).orElse(reference.group())));
        }
        reference.appendTail(out);
        return out.toString();
    }

    private void one(Node node, InlineSink sink, int depth) {
        if (node instanceof Text) {
            sink.text(exampleReferences(SourceChars.unescaped(node.getChars()), node));
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
        } else if (node instanceof Subscript) {
            styled(Inline.Style.SUBSCRIPT, node, sink, depth);
        } else if (node instanceof Superscript) {
            styled(Inline.Style.SUPERSCRIPT, node, sink, depth);
        } else if (node instanceof Code code) {
            sink.add(new Inline.Code(codeText(code.getText().toString())));
        } else if (node instanceof HtmlEntity) {
            sink.text(entity(node.getChars().toString()));
        } else if (node instanceof Link link) {
            link(SourceChars.unescaped(link.getUrl()), nested(node, depth + 1), node, sink);
        } else if (node instanceof LinkRef ref) {
            linkRef(ref, sink, depth);
        } else if (node instanceof AutoLink auto) {
            String written = autolinked(auto.getOpeningMarker(), auto.getText());
            String url = BookPaths.hasScheme(written) ? written : "http://" + written;
            link(url, List.of(new Inline.Text(written)), node, sink);
        } else if (node instanceof MailLink mail) {
            String address = autolinked(mail.getOpeningMarker(), mail.getText());
            link("mailto:" + address, List.of(new Inline.Text(address)), node, sink);
        } else if (node instanceof Image image) {
            image(image.getUrl().unescape(), image.getTitle().unescape(), node, sink, depth);
        } else if (node instanceof ImageRef ref) {
            Reference target = ref.isDefined() ? ref.getReferenceNode(scope.document) : null;
            if (target == null) {
                undefined(ref, label(ref.getText(), ref.getReference()), sink, depth);
            } else {
                image(target.getUrl().unescape(), target.getTitle().unescape(), node, sink, depth);
            }
        } else if (node instanceof BracketedSpan span) {
            sink.add(span(span, span.attributes(), nested(span, depth + 1)));
        } else if (node instanceof InlineNote note) {
            sink.add(notes.inline(note, () -> {
                List<Inline> text = read(note, depth + 1);
                return text.isEmpty() ? List.of() : List.of(new Block.Paragraph(text, scope.source(note)));
            }));
        } else if (node instanceof Footnote footnote) {
            sink.add(notes.reference(footnote, depth + 1));
        } else if (node instanceof HtmlInlineComment || node instanceof BracedAttributes) {
            return;
        } else if (node.hasChildren()) {
            readInto(node, sink, depth + 1);
        } else {
            sink.text(SourceChars.unescaped(node.getChars()));
        }
    }

    private void styled(Inline.Style style, Node node, InlineSink sink, int depth) {
        List<Inline> content = nested(node, depth + 1);
        if (style == Inline.Style.SUPERSCRIPT || style == Inline.Style.SUBSCRIPT) {
            // pandoc's way to write a space there: a backslash before it, read as a no-break space
            content = content.stream().map(i -> i instanceof Inline.Text t
                    ? new Inline.Text(t.text().replace("\\ ", "\u00A0")) : i).toList();
        }
        if (!content.isEmpty()) {
            sink.add(new Inline.Styled(style, content));
        }
    }

    private void linkRef(LinkRef ref, InlineSink sink, int depth) {
        Reference target = ref.isDefined() ? ref.getReferenceNode(scope.document) : null;
        if (target == null) {
            undefined(ref, label(ref.getText(), ref.getReference()), sink, depth);
        } else {
            link(target.getUrl().unescape(), nested(ref, depth + 1), ref, sink);
        }
    }

    // CommonMark reads no escapes inside <...>; an address found in running text (no brackets) was
    // written among escapes that apply to it.
    private static String autolinked(BasedSequence opening, BasedSequence text) {
        return opening.isEmpty() ? text.unescape() : text.toString();
    }

    // [label] and [label][] have no text of their own: their label is read as their text
    private static BasedSequence label(BasedSequence text, BasedSequence reference) {
        return text.isNull() ? reference : text;
    }

    // A reference to no definition is text, as CommonMark sets it: its brackets and label as written
    // (escapes resolved), the text between the first brackets read as inlines.
    private void undefined(Node ref, BasedSequence text, InlineSink sink, int depth) {
        BasedSequence chars = ref.getChars();
        if (text.isNull() || text.getStartOffset() < chars.getStartOffset() || text.getEndOffset() > chars.getEndOffset()) {
            sink.text(chars.unescape());
            return;
        }
        sink.text(chars.subSequence(0, text.getStartOffset() - chars.getStartOffset()).unescape());
        sink.addAll(nested(ref, depth + 1));
        sink.text(chars.subSequence(text.getEndOffset() - chars.getStartOffset()).unescape());
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

    private void image(String url, String title, Node node, InlineSink sink, int depth) {
        List<Inline> content = nested(node, depth + 1);
        String alt = Blocks.plainText(content).strip();
        Optional<ImageAsset> asset = scope.images.resolve(url, scope.path(), scope.line(node));
        if (asset.isPresent()) {
            scope.checkAlt(alt, scope.line(node));
            sink.add(new Inline.Image(asset.get(), alt, title.strip(), SizeAttributes.read(
                    name -> Optional.ofNullable(Attributes.following(node).get(name)),
                    scope.diagnostics, scope.path(), scope.line(node))));
        } else {
            // an image not brought into the book (a remote one, Galley never fetches) is read as its alt text
            sink.addAll(content);
        }
    }

    /** The alt text of an image node as inlines, for a figure's caption. */
    List<Inline> alt(Node image, int depth) {
        return read(image, depth);
    }

    /**
     * The character an entity stands for, as CommonMark reads it: a decimal entity has at most 7
     * digits and a hexadecimal one at most 6, else it is text as written; code point 0 and those
     * that are no character become U+FFFD.
     */
    static String entity(String raw) {
        Matcher numeric = NUMERIC_ENTITY.matcher(raw);
        if (numeric.matches()) {
            boolean hex = numeric.group(1) != null;
            String digits = hex ? numeric.group(1) : numeric.group(2);
            if (digits.length() > (hex ? 6 : 7)) {
                return raw;
            }
            int codePoint = Integer.parseInt(digits, hex ? 16 : 10);
            boolean valid = codePoint > 0 && codePoint <= Character.MAX_CODE_POINT
                    && !(codePoint >= Character.MIN_SURROGATE && codePoint <= Character.MAX_SURROGATE);
            return valid ? Character.toString(codePoint) : "\uFFFD";
        }
        return Parser.unescapeEntities(raw, false);
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
