package galley.read.markdown;

import com.vladsch.flexmark.parser.InlineParser;
import com.vladsch.flexmark.parser.InlineParserExtension;
import com.vladsch.flexmark.parser.LightInlineParser;
import com.vladsch.flexmark.util.sequence.BasedSequence;


/**
 * pandoc's inline notes, {@code ^[a note *with* markup]}: a caret right before balanced brackets
 * makes an {@link InlineNote} of what the brackets hold, read as inlines, links and notes included.
 */
public final class InlineNotes extends InlineTrigger {

    private InlineNotes() {
        super("^", Reader::new);
    }

    public static InlineNotes create() {
        return new InlineNotes();
    }

    private static final class Reader implements InlineParserExtension {
        private BracketPairs pairs = BracketPairs.of("");

        @Override
        public void finalizeDocument(InlineParser parser) {
        }

        @Override
        public void finalizeBlock(InlineParser parser) {
        }

        @Override
        public boolean parse(LightInlineParser parser) {
            if (parser.peek(1) != '[' || !(parser instanceof LinearInlineParser linear) || !linear.mayNest()) {
                return false;
            }
            BasedSequence input = parser.getInput();
            int index = parser.getIndex();
            if (!pairs.isOf(input)) {
                pairs = BracketPairs.of(input);
            }
            int close = pairs.closing(index + 1);
            if (close < 0) {
                return false;
            }
            var note = new InlineNote(input.subSequence(index, close + 1));
            linear.parseNested(input.subSequence(index + 2, close), note);
            parser.appendNode(note);
            parser.setIndex(close + 1);
            return true;
        }
    }
}
