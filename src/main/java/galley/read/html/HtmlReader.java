package galley.read.html;

import galley.read.ChapterScope;
import galley.read.InlineSink;
import galley.read.TextFile;

import galley.model.Block;
import galley.model.Inline;
import galley.model.Source;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns a raw HTML block into the model's blocks through jsoup: paragraphs, quotes, lists, code,
 * tables and definition lists become their model twins, inline elements go through
 * {@link HtmlPolicy}, and every warning points at the element's own line.
 */
public final class HtmlReader {

    private final ChapterScope scope;

    public HtmlReader(ChapterScope scope) {
        this.scope = scope;
    }

    /** The blocks of {@code html}, a raw HTML block that starts on line {@code firstLine}. */
    public List<Block> blocks(String html, int firstLine, int depth) {
        Parser parser = Parser.htmlParser().setTrackPosition(true);
        List<Node> nodes = parser.parseFragmentInput(html, new Element("body"), "");
        return new Fragment(firstLine).blocks(nodes, depth);
    }

    /** One HTML block being converted, so that element lines can be counted from its first line. */
    private final class Fragment {

        private final int firstLine;

        Fragment(int firstLine) {
            this.firstLine = firstLine;
        }

        private int line(Node node) {
            var position = node.sourceRange().start();
            return position.isTracked() ? firstLine + position.lineNumber() - 1 : firstLine;
        }

        public List<Block> blocks(List<Node> nodes, int depth) {
            var out = new ArrayList<Block>();
            if (!nodes.isEmpty() && scope.tooDeep(depth, line(nodes.get(0)))) {
                return out;
            }
            var paragraph = scope.sink();
            int paragraphLine = -1;
            for (Node node : nodes) {
                boolean inline = node instanceof TextNode || (node instanceof Element e && isInline(e));
                if (inline) {
                    if (paragraphLine < 0 && !(node instanceof TextNode t && t.isBlank())) {
                        paragraphLine = line(node);
                    }
                    inline(node, paragraph, depth + 1);
                } else if (node instanceof Element element) {
                    flush(paragraph, paragraphLine, out);
                    paragraph = scope.sink();
                    paragraphLine = -1;
                    block(element, out, depth + 1);
                }
            }
            flush(paragraph, paragraphLine, out);
            return out;
        }

        private boolean isInline(Element element) {
            HtmlPolicy.Kind kind = HtmlPolicy.kind(element.normalName());
            return kind != HtmlPolicy.Kind.BLOCK && kind != HtmlPolicy.Kind.DROP
                    && !(kind == HtmlPolicy.Kind.TEXT && element.isBlock());
        }

        private void flush(InlineSink paragraph, int line, List<Block> out) {
            List<Inline> content = paragraph.build();
            if (!content.isEmpty()) {
                out.add(new Block.Paragraph(content, new Source(scope.path(), Math.max(line, firstLine))));
            }
        }

        private void block(Element element, List<Block> out, int depth) {
            String name = element.normalName();
            int line = line(element);
            var source = new Source(scope.path(), line);
            HtmlPolicy.Kind kind = HtmlPolicy.kind(name);
            if (kind == HtmlPolicy.Kind.DROP) {
                scope.html.dropped(name, scope.path(), line);
                return;
            }
            scope.html.checkAttributes(name, element.attributes(), scope.path(), line);
            if (kind == HtmlPolicy.Kind.TEXT) {
                scope.html.asText(name, scope.path(), line);
                out.addAll(blocks(element.childNodes(), depth));
                return;
            }
            switch (name) {
                case "p" -> {
                    List<Inline> content = inlines(element, depth);
                    if (!content.isEmpty()) {
                        out.add(new Block.Paragraph(content, source));
                    }
                }
                case "blockquote" -> out.add(new Block.BlockQuote(blocks(element.childNodes(), depth), source));
                case "ul", "ol" -> out.add(list(element, source, depth));
                case "pre" -> out.add(code(element, source));
                case "hr" -> out.add(new Block.ThematicBreak(source));
                case "table" -> out.add(new HtmlTableReader(this::inlines).read(element, source, depth));
                case "dl" -> out.add(definitions(element, source, depth));
                default -> out.addAll(blocks(element.childNodes(), depth));
            }
        }

        private Block list(Element element, Source source, int depth) {
            var items = new ArrayList<Block.ListItem>();
            for (Element child : element.children()) {
                if (child.normalName().equals("li")) {
                    items.add(new Block.ListItem(blocks(child.childNodes(), depth + 1), Optional.empty()));
                }
            }
            boolean ordered = element.normalName().equals("ol");
            int start = 1;
            try {
                start = Integer.parseInt(element.attr("start").strip());
            } catch (NumberFormatException e) {
                // no start number, or not a number: lists start at one
            }
            return new Block.ListBlock(ordered, start, true, items, source);
        }

        private Block code(Element element, Source source) {
            String language = "";
            Element code = element.selectFirst("> code");
            if (code != null) {
                for (String name : code.classNames()) {
                    if (name.startsWith("language-")) {
                        language = name.substring("language-".length());
                    }
                }
            }
            String text = TextFile.xmlSafe(element.wholeText());
            text = text.startsWith("\n") ? text.substring(1) : text;
            text = text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
            return new Block.CodeBlock(language, text, source);
        }

        private Block definitions(Element element, Source source, int depth) {
            var items = new ArrayList<Block.Definition>();
            List<Inline> term = null;
            var definitions = new ArrayList<List<Block>>();
            for (Element child : element.children()) {
                if (child.normalName().equals("dt")) {
                    if (term != null || !definitions.isEmpty()) {
                        items.add(new Block.Definition(term == null ? List.of() : term, definitions));
                        definitions = new ArrayList<>();
                    }
                    term = inlines(child, depth);
                } else if (child.normalName().equals("dd")) {
                    definitions.add(blocks(child.childNodes(), depth + 1));
                }
            }
            if (term != null || !definitions.isEmpty()) {
                items.add(new Block.Definition(term == null ? List.of() : term, definitions));
            }
            return new Block.DefinitionList(items, source);
        }

        List<Inline> inlines(Element element, int depth) {
            var sink = scope.sink();
            for (Node child : element.childNodes()) {
                inline(child, sink, depth + 1);
            }
            return sink.build();
        }

        private List<Inline> nested(Element element, int depth) {
            var sink = scope.sink();
            for (Node child : element.childNodes()) {
                inline(child, sink, depth + 1);
            }
            return sink.buildUntrimmed();
        }

        private void inline(Node node, InlineSink sink, int depth) {
            if (node instanceof TextNode text) {
                sink.text(text.text());
                return;
            }
            if (!(node instanceof Element element) || scope.tooDeep(depth, line(node))) {
                return;
            }
            String name = element.normalName();
            int line = line(element);
            HtmlPolicy.Kind kind = HtmlPolicy.kind(name);
            if (kind == HtmlPolicy.Kind.DROP) {
                scope.html.dropped(name, scope.path(), line);
                return;
            }
            scope.html.checkAttributes(name, element.attributes(), scope.path(), line);
            switch (kind) {
                case BREAK -> sink.add(new Inline.LineBreak());
                case IMAGE -> HtmlPolicy.attribute(element.attributes(), "src")
                        .flatMap(src -> scope.images.resolve(src, scope.path(), line))
                        .ifPresentOrElse(image -> {
                            String alt = element.attr("alt").strip();
                            scope.checkAlt(alt, line);
                            sink.add(new Inline.Image(image, alt, element.attr("title").strip()));
                        }, () -> sink.text(element.attr("alt").strip()));
                case STYLE -> {
                    List<Inline> content = nested(element, depth);
                    if (!content.isEmpty()) {
                        sink.add(new Inline.Styled(HtmlPolicy.style(name), content));
                    }
                }
                case CODE -> sink.add(new Inline.Code(TextFile.xmlSafe(element.wholeText())));
                case LINK -> {
                    List<Inline> content = nested(element, depth);
                    HtmlPolicy.attribute(element.attributes(), "href")
                            .flatMap(href -> scope.links.resolve(href, scope.path(), line))
                            .filter(target -> !content.isEmpty())
                            .ifPresentOrElse(target -> sink.add(new Inline.Link(target, content)),
                                    () -> sink.addAll(content));
                }
                case TEXT -> {
                    scope.html.asText(name, scope.path(), line);
                    sink.addAll(nested(element, depth));
                }
                default -> sink.addAll(nested(element, depth));
            }
        }
    }
}
