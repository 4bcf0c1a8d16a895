package galley.read.markdown;

import com.vladsch.flexmark.ext.gfm.strikethrough.internal.StrikethroughSubscriptDelimiterProcessor;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.delimiter.DelimiterRun;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * pandoc's {@code ~~strikeout~~}, {@code ~subscript~} and {@code ^superscript^}: Flexmark's
 * tilde processor, held to pandoc's rule that a subscript or superscript holds no unescaped space
 * (so {@code ~ a ~} and {@code 2^ nd^} stay text), and a caret processor of the same rule.
 */
public final class ScriptDelimiters implements Parser.ParserExtension {

    private ScriptDelimiters() {
    }

    public static ScriptDelimiters create() {
        return new ScriptDelimiters();
    }

    @Override
    public void parserOptions(MutableDataHolder options) {
        // no options
    }

    @Override
    public void extend(Parser.Builder builder) {
        builder.customDelimiterProcessor(new Tildes());
        builder.customDelimiterProcessor(new CaretDelimiters());
    }

    /** Whether the text between two single delimiters may be a subscript or superscript: some, and no unescaped space. */
    static boolean fitsScript(DelimiterRun opener, DelimiterRun closer) {
        BasedSequence open = opener.getNode().getChars();
        int from = open.getEndOffset();
        int to = closer.getNode().getChars().getStartOffset();
        if (to <= from) {
            return false;
        }
        BasedSequence between = open.baseSubSequence(from, to);
        for (int i = 0; i < between.length(); i++) {
            char c = between.charAt(i);
            if (c == '\\') {
                i++;
            } else if (Character.isWhitespace(c)) {
                return false;
            }
        }
        return true;
    }

    private static final class Tildes extends StrikethroughSubscriptDelimiterProcessor {
        @Override
        public int getDelimiterUse(DelimiterRun opener, DelimiterRun closer) {
            int use = super.getDelimiterUse(opener, closer);
            return use == 1 && !fitsScript(opener, closer) ? 0 : use;
        }
    }
}
