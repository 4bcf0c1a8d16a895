package galley.read.markdown;

import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.HtmlInlineComment;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.util.ast.Node;

import java.util.Optional;

/**
 * Recognizes a figure: a paragraph that holds one image and nothing else but white space (and
 * the image's {@code {#id}} attributes); or a paragraph of raw HTML tags alone around an
 * {@code <img>}, which the HTML reader decides on.
 */
public final class FigureShape {

    private FigureShape() {
    }

    /** The image of {@code paragraph} when the paragraph is a figure. */
    public static Optional<Node> imageOf(Paragraph paragraph) {
        Node image = null;
        for (Node child = paragraph.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Image || (child instanceof ImageRef ref && ref.isDefined())) {
                if (image != null) {
                    return Optional.empty();
                }
                image = child;
            } else if (!(child instanceof BracedAttributes || child instanceof SoftLineBreak
                    || (child instanceof Text && child.getChars().isBlank()))) {
                return Optional.empty();
            }
        }
        return Optional.ofNullable(image);
    }

    /**
     * The raw HTML of {@code paragraph} when it is nothing but tags (and white space) with an
     * {@code <img>} among them, such as {@code <a href="…"><img src="…"></a>}, as one string.
     */
    public static Optional<String> htmlOf(Paragraph paragraph) {
        var html = new StringBuilder();
        boolean image = false;
        for (Node child = paragraph.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof HtmlInline || child instanceof HtmlInlineComment) {
                image |= child.getChars().toString().regionMatches(true, 0, "<img", 0, 4);
                html.append(child.getChars());
            } else if (child instanceof SoftLineBreak) {
                html.append('\n');
            } else if (child instanceof Text && child.getChars().isBlank()) {
                html.append(child.getChars());
            } else {
                return Optional.empty();
            }
        }
        return image ? Optional.of(html.toString()) : Optional.empty();
    }
}
