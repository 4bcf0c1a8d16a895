package galley.read.markdown;

import galley.diagnostic.Problem;
import galley.read.AttributeList;
import galley.read.Attributes;
import galley.read.SizeAttributes;
import galley.read.ChapterScope;
import galley.read.ChapterSplitter;
import galley.read.Slug;
import galley.read.TextFile;
import galley.read.html.HtmlReader;

import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlBlockBase;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.ListBlock;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.OrderedList;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ast.ThematicBreak;
import com.vladsch.flexmark.ext.definition.DefinitionItem;
import com.vladsch.flexmark.ext.definition.DefinitionList;
import com.vladsch.flexmark.ext.definition.DefinitionTerm;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import galley.model.Block;
import galley.model.Blocks;
import galley.model.ImageAsset;
import galley.model.ImageSize;
import galley.model.Inline;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** Turns Flexmark's block nodes into the model's blocks, with the manuscript line of each. */
public final class BlockReader {

    /** A fenced block's info string that makes it pandoc's raw block: {@code {=html}}, {@code {=latex}} … */
    private static final Pattern RAW_FORMAT = Pattern.compile("\\s*\\{=([A-Za-z0-9_+-]+)}\\s*");

    private final ChapterScope scope;
    private final InlineReader inlines;
    private final HtmlReader html;

    public BlockReader(ChapterScope scope, InlineReader inlines, HtmlReader html) {
        this.scope = scope;
        this.inlines = inlines;
        this.html = html;
    }

    public List<Block> read(List<Node> nodes, int depth) {
        var out = new ArrayList<Block>();
        for (int i = 0; i < nodes.size(); i++) {
            Node node = nodes.get(i);
            if (scope.tooDeep(depth, scope.line(node))) {
                break;
            }
            if (node instanceof ExampleItem) {
                // consecutive example items make one ordered list, numbered on from the book's last item;
                // an item after one holding items of its own starts a list at its own number
                int end = i + 1;
                while (end < nodes.size() && nodes.get(end) instanceof ExampleItem next
                        && scope.examples.numberOf(next) == scope.examples.numberOf((ExampleItem) nodes.get(end - 1)) + 1) {
                    end++;
                }
                out.add(examples(nodes.subList(i, end), depth));
                i = end - 1;
            } else if (!TableCaption.captions(node)) {
                // a table's caption is read with its table
                block(node, out, depth);
            }
        }
        return out;
    }

    List<Block> readChildren(Node parent, int depth) {
        var nodes = new ArrayList<Node>();
        for (Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
            nodes.add(child);
        }
        return read(nodes, depth);
    }

    private void block(Node node, List<Block> out, int depth) {
        if (node instanceof Heading heading) {
            out.add(heading(heading, depth));
        } else if (node instanceof Paragraph paragraph) {
            Optional<Node> image = FigureShape.imageOf(paragraph);
            Optional<String> html = FigureShape.htmlOf(paragraph);
            String line = paragraph.getChars().toString().strip();
            if (line.equals("\\newpage") || line.equals("\\pagebreak")) {
                out.add(new Block.PageBreak(scope.source(node)));
            } else if (image.isPresent()) {
                figure(paragraph, image.get(), depth).ifPresent(out::add);
            } else if (html.isPresent()) {
                out.addAll(this.html.blocks(html.get(), scope.line(node), depth + 1));
            } else {
                List<Inline> content = inlines.read(paragraph, depth + 1);
                if (!content.isEmpty()) {
                    out.add(new Block.Paragraph(content, scope.source(node)));
                }
            }
        } else if (node instanceof LineBlocks.VerseBlock verse) {
            out.add(lineBlock(verse, depth));
        } else if (node instanceof FencedDiv div) {
            out.add(division(div, depth));
        } else if (node instanceof BlockQuote) {
            List<String> classes = node.getParent() instanceof Document ? scope.divisionClasses(node) : List.of();
            // a Leanpub aside (W> …) is read as a block quote that the layout marks as a division
            out.add(classes.isEmpty() ? new Block.BlockQuote(readChildren(node, depth + 1), scope.source(node))
                    : new Block.Division("", classes, Map.of(), readChildren(node, depth + 1), scope.source(node)));
        } else if (node instanceof DefinitionList list) {
            out.add(definitions(list, depth));
        } else if (node instanceof ListBlock list) {
            out.add(list(list, depth));
        } else if (node instanceof FencedCodeBlock code && RAW_FORMAT.matcher(code.getInfo()).matches()) {
            raw(code, out, depth);
        } else if (node instanceof FencedCodeBlock code) {
            String info = code.getInfo().toString().strip();
            String language = info.isEmpty() ? "" : info.split("\\s+")[0].replaceAll("^\\{?\\.?|}$", "");
            out.add(new Block.CodeBlock(language, codeText(ContentText.of(code)), scope.source(node)));
        } else if (node instanceof IndentedCodeBlock code) {
            out.add(new Block.CodeBlock("", codeText(ContentText.of(code)), scope.source(node)));
        } else if (node instanceof ThematicBreak) {
            out.add(new Block.ThematicBreak(scope.source(node)));
        } else if (node instanceof TableBlock table) {
            out.add(new TableReader(scope, inlines).read(table, depth + 1));
        } else if (node instanceof PandocTable table) {
            out.add(new TableReader(scope, inlines).read(table, depth + 1));
        } else if (node instanceof HtmlBlockBase block) {
            // the content, not the chars: inside a quotation or a list the chars keep each line's "> " or indent
            out.addAll(html.blocks(ContentText.of(block), scope.line(node), depth + 1));
        } else if (ChapterSplitter.isContent(node) && node.hasChildren()) {
            out.addAll(readChildren(node, depth + 1));
        }
    }

    // pandoc's raw blocks: HTML goes through the sanitiser as HTML written in the text does; no other
    // format means anything in a book, and its text is not the book's, so it goes with a warning
    private void raw(FencedCodeBlock code, List<Block> out, int depth) {
        var format = RAW_FORMAT.matcher(code.getInfo());
        format.matches();
        String content = ContentText.of(code);
        if (format.group(1).equalsIgnoreCase("html")) {
            out.addAll(html.blocks(content, scope.line(code) + 1, depth + 1));
        } else {
            long lines = content.lines().count();
            Problem.RAW_BLOCK_DROPPED.report(scope.diagnostics, scope.path(), scope.line(code), "a raw "
                    + format.group(1) + " block (" + lines + (lines == 1 ? " line" : " lines")
                    + ") is left out: only raw HTML reaches the book");
        }
    }

    /** The model heading for a Flexmark heading, with the id the anchor pass gave it. */
    public Block.Heading heading(Heading heading, int depth) {
        String id = scope.anchors.idOf(heading)
                .orElseGet(() -> scope.anchors.allocateHeading(NodeText.of(heading)));
        return new Block.Heading(scope.level(heading), id, inlines.read(heading, depth + 1),
                Attributes.classes(heading), scope.source(heading));
    }

    // pandoc keeps a line's leading spaces as no-break spaces, which neither edition collapses
    private Block lineBlock(LineBlocks.VerseBlock verse, int depth) {
        var lines = new ArrayList<List<Inline>>();
        for (Node child = verse.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof LineBlocks.VerseLine line) {
                var content = new ArrayList<Inline>();
                if (line.leadingSpaces() > 0) {
                    content.add(new Inline.Text("\u00A0".repeat(line.leadingSpaces())));
                }
                content.addAll(inlines.read(line, depth + 1));
                lines.add(content);
            }
        }
        return new Block.LineBlock(lines, scope.source(verse));
    }

    private Block division(FencedDiv div, int depth) {
        AttributeList written = div.attributes();
        String id = written.id().isBlank() ? "" : scope.anchors.idOf(div)
                .orElseGet(() -> scope.anchors.allocate(Slug.anchor(written.id())));
        return new Block.Division(id, written.classes(), written.pairs(), readChildren(div, depth + 1),
                scope.source(div));
    }

    private Optional<Block> figure(Paragraph paragraph, Node image, int depth) {
        String url;
        String title;
        if (image instanceof Image i) {
            url = i.getUrl().unescape();
            title = i.getTitle().unescape();
        } else {
            Reference reference = ((ImageRef) image).getReferenceNode(scope.document);
            url = reference.getUrl().unescape();
            title = reference.getTitle().unescape();
        }
        List<Inline> alt = inlines.alt(image, depth + 1);
        Optional<ImageAsset> asset = scope.images.resolve(url, scope.path(), scope.line(image));
        if (asset.isEmpty()) {
            // an image not brought into the book (a remote one, Galley never fetches) is read as its alt text
            return alt.isEmpty() ? Optional.empty() : Optional.of(new Block.Paragraph(alt, scope.source(paragraph)));
        }
        String plainAlt = Blocks.plainText(alt).strip();
        scope.checkAlt(plainAlt, scope.line(image));
        String id = scope.anchors.idOf(paragraph)
                .orElseGet(() -> scope.anchors.figureId(Attributes.idFollowing(image)));
        String cleanTitle = TextFile.xmlSafe(title).strip();
        List<Inline> caption = cleanTitle.isEmpty() ? alt : List.of(new Inline.Text(cleanTitle));
        ImageSize size = SizeAttributes.read(name -> Optional.ofNullable(Attributes.following(image).get(name)), scope.diagnostics,
                scope.path(), scope.line(image));
        return Optional.of(new Block.Figure(id, asset.get(), plainAlt, caption, size, scope.source(paragraph)));
    }

    private Block list(ListBlock list, int depth) {
        var items = new ArrayList<Block.ListItem>();
        for (Node child = list.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof ListItem item) {
                List<Block> blocks = readChildren(item, depth + 2);
                Optional<Boolean> checked = TaskMarker.of(item);
                Optional<List<Block>> task = checked.flatMap(done -> TaskMarker.without(blocks));
                items.add(task.isPresent()
                        ? new Block.ListItem(task.get(), checked)
                        : new Block.ListItem(blocks, Optional.empty()));
            }
        }
        boolean ordered = list instanceof OrderedList;
        int start = list instanceof OrderedList o ? o.getStartNumber() : 1;
        return new Block.ListBlock(ordered, start, list.isTight(), items, scope.source(list));
    }

    private Block examples(List<Node> nodes, int depth) {
        var items = new ArrayList<Block.ListItem>();
        boolean tight = true;
        for (int i = 0; i < nodes.size(); i++) {
            items.add(new Block.ListItem(readChildren(nodes.get(i), depth + 2), Optional.empty()));
            // as pandoc: a blank line between items, or between an item's blocks, makes the list loose
            tight &= i == 0 || scope.line(nodes.get(i)) == endLine(nodes.get(i - 1)) + 1;
            tight &= nodes.get(i).getFirstChild() == null || nodes.get(i).getFirstChild().getNext() == null;
        }
        int start = scope.examples.numberOf((ExampleItem) nodes.get(0));
        return new Block.ListBlock(true, start, tight, items, scope.source(nodes.get(0)));
    }

    private int endLine(Node node) {
        return scope.line(node) + (int) node.getChars().trimEnd().chars().filter(c -> c == '\n').count();
    }

    private Block definitions(DefinitionList list, int depth) {
        var items = new ArrayList<Block.Definition>();
        List<Inline> term = null;
        var definitions = new ArrayList<List<Block>>();
        for (Node child = list.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof DefinitionTerm) {
                if (term != null) {
                    items.add(new Block.Definition(term, definitions));
                    definitions = new ArrayList<>();
                }
                term = termText(child, depth + 1);
            } else if (child instanceof DefinitionItem) {
                definitions.add(readChildren(child, depth + 2));
            }
        }
        if (term != null || !definitions.isEmpty()) {
            items.add(new Block.Definition(term == null ? List.of() : term, definitions));
        }
        return new Block.DefinitionList(items, scope.source(list));
    }

    private List<Inline> termText(Node term, int depth) {
        var sink = scope.sink();
        for (Node child = term.getFirstChild(); child != null; child = child.getNext()) {
            sink.addAll(child instanceof Paragraph ? inlines.read(child, depth) : List.of());
        }
        return sink.build();
    }

    private static String codeText(String content) {
        String text = TextFile.xmlSafe(content);
        return text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
    }
}
