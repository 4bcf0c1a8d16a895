package galley.read.html;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * An {@code <img>} standing alone in raw HTML, as GitHub's READMEs set their figures: nothing else
 * around it but white space, line breaks, comments and the wrappers {@code <p>}, {@code <div>},
 * {@code <center>}, {@code <a>}, {@code <span>} and {@code <picture>}.
 *
 * @param image    the image element
 * @param wrappers the elements around it, outermost first
 */
record LoneImage(Element image, List<Element> wrappers) {

    private static final Set<String> WRAPPERS = Set.of("p", "div", "center", "a", "span", "picture");
    /** How deep wrappers are looked into: real figures have two or three; the nesting limit applies to the rest. */
    private static final int MAX_WRAPPERS = 16;

    /** The one image among {@code nodes}, if they hold nothing else. */
    static Optional<LoneImage> in(List<Node> nodes) {
        return in(nodes, 0).map(found -> new LoneImage(found.image, List.copyOf(found.wrappers)));
    }

    private static Optional<LoneImage> in(List<Node> nodes, int depth) {
        LoneImage found = null;
        for (Node node : nodes) {
            if (node instanceof TextNode text && !text.isBlank()) {
                return Optional.empty();
            }
            if (!(node instanceof Element element) || element.normalName().equals("br")) {
                continue;
            }
            Optional<LoneImage> inside = Optional.empty();
            if (element.normalName().equals("img")) {
                inside = Optional.of(new LoneImage(element, new ArrayList<>()));
            } else if (WRAPPERS.contains(element.normalName()) && depth < MAX_WRAPPERS) {
                inside = in(element.childNodes(), depth + 1);
                inside.ifPresent(lone -> lone.wrappers.add(0, element));
            }
            if (inside.isEmpty() || found != null) {
                return Optional.empty();
            }
            found = inside.get();
        }
        return Optional.ofNullable(found);
    }

    /**
     * The ids written on the image and its wrappers ({@code name} too on an {@code <a>}), outermost
     * first: a figure keeps one, so with several the image is better left in the text.
     */
    List<String> ids() {
        var ids = new ArrayList<String>();
        for (Element element : wrappers) {
            HtmlPolicy.attribute(element.attributes(), "id").ifPresent(ids::add);
            if (element.normalName().equals("a")) {
                HtmlPolicy.attribute(element.attributes(), "name").ifPresent(ids::add);
            }
        }
        HtmlPolicy.attribute(image.attributes(), "id").ifPresent(ids::add);
        return ids;
    }
}
