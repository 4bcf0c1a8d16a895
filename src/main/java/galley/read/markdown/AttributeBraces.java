package galley.read.markdown;

import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.parser.InlineParser;
import com.vladsch.flexmark.parser.InlineParserExtension;
import com.vladsch.flexmark.parser.LightInlineParser;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;

import java.util.Optional;

/**
 * Reads braces as attributes only where pandoc does: right after a link, an image, inline code or
 * bracketed text (which makes a {@link BracketedSpan}), and at the end of a heading. Everywhere
 * else, and wherever what the braces hold is not pandoc's attribute syntax ({@link AttributeSyntax}),
 * they are text: {@code A {word} here} keeps its word.
 */
public final class AttributeBraces extends InlineTrigger {

    private AttributeBraces() {
        super("{", Reader::new);
    }

    public static AttributeBraces create() {
        return new AttributeBraces();
    }

    private static final class Reader implements InlineParserExtension {
        @Override
        public void finalizeDocument(InlineParser parser) {
        }

        @Override
        public void finalizeBlock(InlineParser parser) {
        }

        @Override
        public boolean parse(LightInlineParser parser) {
            boolean textBefore = !parser.getCurrentText().isEmpty();
            Node block = parser.getBlock();
            Node before = textBefore ? null : block.getLastChild();
            boolean owned = isOwner(before);
            if (!owned && !(block instanceof Heading) && !TableCaption.mayEndInAttributes(block)) {
                return false;
            }
            BasedSequence input = parser.getInput();
            int index = parser.getIndex();
            Optional<AttributeSyntax.Read> read = AttributeSyntax.read(input, index);
            if (read.isEmpty() || !owned && !input.subSequence(read.get().end()).isBlank()) {
                return false;
            }
            if (textBefore) {
                parser.flushTextNode();
            }
            BasedSequence chars = input.subSequence(index, read.get().end());
            if (before instanceof LinkRef ref && isShortcut(ref)) {
                var span = new BracketedSpan(input.baseSubSequence(ref.getStartOffset(), chars.getEndOffset()),
                        read.get().attributes());
                span.takeChildren(ref);
                ref.insertBefore(span);
                ref.unlink();
            } else {
                block.appendChild(new BracedAttributes(chars, read.get().attributes(), !owned));
            }
            parser.setIndex(read.get().end());
            return true;
        }

        // pandoc: [text]{…} is a span whether or not text names a reference; [text][ref]{…} and
        // ![alt][ref]{…} carry attributes only when they are links
        private static boolean isOwner(Node node) {
            return node instanceof Link || node instanceof Image || node instanceof Code
                    || node instanceof LinkRef ref && (isShortcut(ref) || ref.isDefined())
                    || node instanceof ImageRef image && image.isDefined();
        }

        private static boolean isShortcut(LinkRef ref) {
            return ref.getTextOpeningMarker().isNull();
        }
    }
}
