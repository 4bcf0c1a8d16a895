package galley.read.html;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.parser.Parser;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The ids raw HTML writes that its conversion keeps as places links can lead to, found before any
 * chapter is converted: a {@code <div>}'s id and an {@code <a>}'s id or old-style name in an HTML
 * block, and the id of an element (or the name of an {@code <a>}) opened by a tag inside a paragraph.
 */
public final class HtmlAnchors {

    /** An id as written, and the line it is written on. */
    public record Written(String id, int line) {
    }

    private HtmlAnchors() {
    }

    /** The ids {@link HtmlReader} keeps from {@code html}, a raw HTML block starting on line {@code firstLine}, in order. */
    public static List<Written> inBlock(String html, int firstLine) {
        Parser parser = Parser.htmlParser().setTrackPosition(true);
        var found = new ArrayList<Written>();
        for (Node node : parser.parseFragmentInput(html, new Element("body"), "")) {
            collect(node, firstLine, false, found);
        }
        return found;
    }

    // A <div> among inline content (in a paragraph, a table cell, a link) gives up its id to the text
    // it holds, and code keeps no element at all: only the ids conversion keeps are places.
    private static final Set<String> INLINE_CONTEXTS = Set.of("p", "td", "th", "dt", "caption", "figcaption");

    private static void collect(Node node, int firstLine, boolean inline, List<Written> found) {
        if (!(node instanceof Element element)) {
            return;
        }
        String name = element.normalName();
        HtmlPolicy.Kind kind = HtmlPolicy.kind(name);
        if (kind == HtmlPolicy.Kind.DROP || kind == HtmlPolicy.Kind.CODE || name.equals("pre")) {
            return;
        }
        Optional<String> id = switch (name) {
            case "div" -> inline ? Optional.empty() : HtmlPolicy.attribute(element.attributes(), "id");
            case "a" -> nameOfLink(element.attributes());
            default -> Optional.empty();
        };
        var position = element.sourceRange().start();
        int line = position.isTracked() ? firstLine + position.lineNumber() - 1 : firstLine;
        id.ifPresent(written -> found.add(new Written(written, line)));
        boolean inside = inline || INLINE_CONTEXTS.contains(name) || kind == HtmlPolicy.Kind.STYLE
                || kind == HtmlPolicy.Kind.LINK || kind == HtmlPolicy.Kind.TEXT && !element.isBlock();
        for (Node child : element.childNodes()) {
            collect(child, firstLine, inside, found);
        }
    }

    /** The id {@link HtmlTagStack} keeps from {@code raw}, one tag inside a paragraph. */
    public static Optional<String> inTag(String raw) {
        Optional<HtmlTag> parsed = HtmlTag.parse(raw);
        if (parsed.isEmpty() || parsed.get().closing() || parsed.get().selfClosing()) {
            return Optional.empty();
        }
        HtmlTag tag = parsed.get();
        HtmlPolicy.Kind kind = HtmlPolicy.kind(tag.name());
        if (HtmlPolicy.isVoid(tag.name()) || kind == HtmlPolicy.Kind.DROP
                || kind == HtmlPolicy.Kind.BREAK || kind == HtmlPolicy.Kind.IMAGE) {
            return Optional.empty();
        }
        return kind == HtmlPolicy.Kind.LINK ? nameOfLink(tag.attributes()) : HtmlPolicy.attribute(tag.attributes(), "id");
    }

    private static Optional<String> nameOfLink(org.jsoup.nodes.Attributes attributes) {
        return HtmlPolicy.attribute(attributes, "id").or(() -> HtmlPolicy.attribute(attributes, "name"));
    }
}
