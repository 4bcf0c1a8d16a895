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
import java.util.Map;
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
        private final HtmlFigures figures;

        Fragment(int firstLine) {
            this.firstLine = firstLine;
            this.figures = new HtmlFigures(scope, this::line);
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
            Optional<List<Block>> figure = figures.figure(nodes, null, null);
            if (figure.isPresent()) {
                return figure.get();
            }
            var paragraph = new ArrayList<Node>();
            for (Node node : nodes) {
                boolean inline = node instanceof TextNode || (node instanceof Element e && isInline(e));
                if (inline) {
                    paragraph.add(node);
                } else if (node instanceof Element element) {
                    flush(paragraph, out, depth);
                    paragraph.clear();
                    block(element, out, depth + 1);
                }
            }
            flush(paragraph, out, depth);
            return out;
        }

        private boolean isInline(Element element) {
            HtmlPolicy.Kind kind = HtmlPolicy.kind(element.normalName());
            return kind != HtmlPolicy.Kind.BLOCK && kind != HtmlPolicy.Kind.DROP
                    && !(kind == HtmlPolicy.Kind.TEXT && element.isBlock());
        }

        /** Adds the paragraph that the inline {@code nodes} make, or the figure they stand for. */
        private void flush(List<Node> nodes, List<Block> out, int depth) {
            Optional<List<Block>> figure = figures.figure(nodes, null, null);
            if (figure.isPresent()) {
                out.addAll(figure.get());
                return;
            }
            var paragraph = scope.sink();
            int line = -1;
            for (Node node : nodes) {
                if (line < 0 && !(node instanceof TextNode t && t.isBlank())) {
                    line = line(node);
                }
                inline(node, paragraph, depth + 1);
            }
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
                    Optional<List<Block>> figure = figures.figure(element.childNodes(), null, null);
                    if (figure.isPresent()) {
                        out.addAll(figure.get());
                        return;
                    }
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
                case "figure" -> figure(element, out, depth);
                case "div" -> division(element, source, out, depth);
                default -> out.addAll(blocks(element.childNodes(), depth));
            }
        }

        /**
         * A {@code <div>}: with an id, a direction or a language, a division that keeps them around
         * its blocks; else its blocks alone. An empty wrapper with none makes no block.
         */
        private void division(Element element, Source source, List<Block> out, int depth) {
            List<Block> blocks = blocks(element.childNodes(), depth);
            var attributes = new java.util.LinkedHashMap<String, String>();
            HtmlPolicy.attribute(element.attributes(), "dir").map(d -> d.toLowerCase(java.util.Locale.ROOT))
                    .filter(d -> d.equals("rtl") || d.equals("ltr")).ifPresent(d -> attributes.put("dir", d));
            HtmlPolicy.attribute(element.attributes(), "lang").ifPresent(l -> attributes.put("lang", l));
            Optional<String> id = HtmlPolicy.attribute(element.attributes(), "id")
                    .map(written -> scope.anchors.htmlId(scope.path(), source.line(), written));
            if (id.isEmpty() && attributes.isEmpty()) {
                out.addAll(blocks);
            } else if (id.isPresent() || !blocks.isEmpty()) {
                out.add(new Block.Division(id.orElse(""), List.of(), attributes, blocks, source));
            }
        }

        /** A {@code <figure>}: its image captioned by its {@code <figcaption>}; else what it holds, as blocks. */
        private void figure(Element element, List<Block> out, int depth) {
            Element figcaption = element.selectFirst("> figcaption");
            var rest = new ArrayList<>(element.childNodes());
            rest.remove(figcaption);
            Optional<List<Block>> figure = figures.figure(rest, caption -> inlines(caption, depth), figcaption);
            out.addAll(figure.orElseGet(() -> blocks(element.childNodes(), depth)));
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
                            sink.add(new Inline.Image(image, alt, element.attr("title").strip(), figures.size(element)));
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
                    // an anchor's id (or an old-style name) stays, as a place links can lead to
                    Optional<String> id = HtmlPolicy.attribute(element.attributes(), "id")
                            .or(() -> HtmlPolicy.attribute(element.attributes(), "name"))
                            .map(written -> scope.anchors.htmlId(scope.path(), line, written));
                    var link = id.isPresent() ? scope.sink() : sink;
                    HtmlPolicy.attribute(element.attributes(), "href")
                            .flatMap(href -> scope.links.resolve(href, scope.path(), line))
                            .filter(target -> !content.isEmpty())
                            .ifPresentOrElse(target -> link.add(new Inline.Link(target, content)),
                                    () -> link.addAll(content));
                    id.ifPresent(anchor -> sink.add(new Inline.Span(anchor, List.of(), Map.of(), link.buildUntrimmed())));
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
