package galley.read.html;

import galley.diagnostic.Problem;

import galley.diagnostic.Diagnostics;
import galley.model.Inline;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Attributes;

import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What Galley makes of each raw HTML element and attribute: the common ones become the model's
 * styles, links, images and blocks; scripts, frames, forms and event handlers are removed with a
 * warning at their line; anything else keeps its text, with one warning per element kind per book.
 */
public final class HtmlPolicy {

    /** The role an element plays in the model. */
    enum Kind { DROP, STYLE, CODE, LINK, BREAK, IMAGE, BLOCK, TEXT }

    private static final Set<String> DROPPED = Set.of("script", "style", "iframe", "object", "embed", "form",
            "applet", "frame", "frameset", "noscript", "template", "base", "link", "meta", "input", "button",
            "select", "textarea", "option", "svg", "math", "audio", "video", "canvas", "head", "title");
    private static final Map<String, Inline.Style> STYLES = Map.of(
            "em", Inline.Style.EMPHASIS, "i", Inline.Style.EMPHASIS,
            "strong", Inline.Style.STRONG, "b", Inline.Style.STRONG,
            "del", Inline.Style.STRIKETHROUGH, "s", Inline.Style.STRIKETHROUGH, "strike", Inline.Style.STRIKETHROUGH,
            "sup", Inline.Style.SUPERSCRIPT, "sub", Inline.Style.SUBSCRIPT);
    private static final Set<String> BLOCKS = Set.of("p", "div", "blockquote", "ul", "ol", "li", "pre", "hr",
            "table", "thead", "tbody", "tfoot", "tr", "th", "td", "caption", "colgroup", "col", "dl", "dt", "dd",
            "figure", "figcaption", "section", "article", "aside", "header", "footer", "main", "html", "body");
    private static final Set<String> VOID = Set.of("area", "base", "br", "col", "embed", "hr", "img", "input",
            "link", "meta", "param", "source", "track", "wbr");

    private final Diagnostics diagnostics;
    private final Set<String> warnedKinds = new HashSet<>();

    public HtmlPolicy(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    static Kind kind(String name) {
        if (DROPPED.contains(name)) {
            return Kind.DROP;
        }
        if (STYLES.containsKey(name)) {
            return Kind.STYLE;
        }
        switch (name) {
            case "code":
                return Kind.CODE;
            case "a":
                return Kind.LINK;
            case "br":
                return Kind.BREAK;
            case "img":
                return Kind.IMAGE;
            default:
                return BLOCKS.contains(name) ? Kind.BLOCK : Kind.TEXT;
        }
    }

    static Inline.Style style(String name) {
        return STYLES.get(name);
    }

    static boolean isVoid(String name) {
        return VOID.contains(name);
    }

    /** Reports that element {@code name} was removed, with its content. */
    void dropped(String name, String path, int line) {
        Problem.HTML_REMOVED.report(diagnostics, path, line, "raw HTML <" + name + "> removed");
    }

    /** Reports, once per element kind in the book, that element {@code name} shows as its text only. */
    synchronized void asText(String name, String path, int line) {
        if (warnedKinds.add(name)) {
            Problem.HTML_AS_TEXT.report(diagnostics, path, line, "raw HTML <" + name + "> is rendered as text");
        }
    }

    /** Reports each event-handler attribute of an element kept, as it is left out. */
    void checkAttributes(String name, Attributes attributes, String path, int line) {
        for (Attribute attribute : attributes) {
            if (attribute.getKey().toLowerCase(Locale.ROOT).startsWith("on")) {
                Problem.HTML_REMOVED.report(diagnostics, path, line,
                        "raw HTML attribute " + attribute.getKey() + " on <" + name + "> removed");
            }
        }
    }

    /** The value of attribute {@code key}, if present and not blank. */
    static Optional<String> attribute(Attributes attributes, String key) {
        String value = attributes.getIgnoreCase(key);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
    }
}
