package galley.read.html;

import galley.model.Block;
import galley.model.ImageAsset;
import galley.model.ImageSize;
import galley.model.Inline;
import galley.model.Source;
import galley.read.ChapterScope;
import galley.read.SizeAttributes;
import galley.read.Slug;
import galley.read.TextFile;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.ToIntFunction;

/**
 * Makes figures of raw HTML: an {@code <img>} alone in its block, or a {@code <figure>} with its
 * {@code <figcaption>}, sized by the image's {@code width} and {@code height}, as a Markdown
 * {@code ![…]()} standing alone is. An icon alone stays in the text.
 */
final class HtmlFigures {

    private final ChapterScope scope;
    private final ToIntFunction<Node> lines;

    HtmlFigures(ChapterScope scope, ToIntFunction<Node> lines) {
        this.scope = scope;
        this.lines = lines;
    }

    /** The size the attributes of {@code image} ask for, reporting a value that is no length. */
    ImageSize size(Element image) {
        return SizeAttributes.read(key -> HtmlPolicy.attribute(image.attributes(), key), scope.diagnostics,
                scope.path(), lines.applyAsInt(image));
    }

    /**
     * The figure {@code nodes} stand for, captioned by {@code figcaption} (null: by the image's title
     * or alt text) as {@code caption} reads it; empty where they are no figure, or where the image
     * cannot be brought into the book.
     */
    Optional<List<Block>> figure(List<Node> nodes, Function<Element, List<Inline>> caption, Element figcaption) {
        Optional<LoneImage> lone = LoneImage.in(nodes);
        var ids = new ArrayList<String>();
        if (figcaption != null) {
            HtmlPolicy.attribute(figcaption.parent().attributes(), "id").ifPresent(ids::add);
        }
        lone.ifPresent(found -> ids.addAll(found.ids()));
        if (lone.isEmpty() || ids.size() > 1) {
            return Optional.empty();
        }
        Element img = lone.get().image();
        int line = lines.applyAsInt(img);
        Optional<String> src = HtmlPolicy.attribute(img.attributes(), "src");
        if (src.isEmpty()) {
            return Optional.empty();
        }
        Optional<ImageAsset> asset = scope.images.resolve(src.get(), scope.path(), line);
        if (asset.isEmpty()) {
            // read again in the text, where it becomes its alt text; the problem is reported once
            return Optional.empty();
        }
        ImageSize size = size(img);
        if (figcaption == null && size.isIcon(asset.get())) {
            return Optional.empty();
        }
        for (Element wrapper : lone.get().wrappers()) {
            scope.html.checkAttributes(wrapper.normalName(), wrapper.attributes(), scope.path(), lines.applyAsInt(wrapper));
        }
        scope.html.checkAttributes("img", img.attributes(), scope.path(), line);
        String alt = TextFile.xmlSafe(img.attr("alt")).strip();
        scope.checkAlt(alt, line);
        String title = img.attr("title").strip();
        var written = scope.sink();
        written.text(title.isEmpty() ? alt : title);
        List<Inline> captionText = figcaption != null ? caption.apply(figcaption) : written.build();
        Optional<String> wanted = ids.stream().findFirst()
                .map(id -> Slug.isValidId(id) ? id : Slug.anchor(id));
        String id = scope.anchors.htmlFigureId(scope.path(), ids.stream().findFirst(), wanted);
        return Optional.of(List.of(new Block.Figure(id, asset.get(), alt, captionText, size, new Source(scope.path(), line))));
    }
}
