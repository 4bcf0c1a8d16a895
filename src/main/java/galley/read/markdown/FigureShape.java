package galley.read.markdown;

import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.util.ast.Node;

import java.util.Optional;

/**
 * Recognizes a figure: a paragraph that holds one image and nothing else but white space (and
 * the image's {@code {#id}} attributes).
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
}
