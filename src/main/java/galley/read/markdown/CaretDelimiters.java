package galley.read.markdown;

import com.vladsch.flexmark.parser.InlineParser;
import com.vladsch.flexmark.parser.core.delimiter.Delimiter;
import com.vladsch.flexmark.parser.delimiter.DelimiterProcessor;
import com.vladsch.flexmark.parser.delimiter.DelimiterRun;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/** Reads pandoc's {@code ^superscript^}: one caret each side, no unescaped space between. */
final class CaretDelimiters implements DelimiterProcessor {

    @Override
    public char getOpeningCharacter() {
        return '^';
    }

    @Override
    public char getClosingCharacter() {
        return '^';
    }

    @Override
    public int getMinLength() {
        return 1;
    }

    @Override
    public int getDelimiterUse(DelimiterRun opener, DelimiterRun closer) {
        return ScriptDelimiters.fitsScript(opener, closer) ? 1 : 0;
    }

    @Override
    public void process(Delimiter opener, Delimiter closer, int used) {
        var superscript = new Superscript(opener.getTailChars(used), BasedSequence.NULL, closer.getLeadChars(used));
        opener.moveNodesBetweenDelimitersTo(superscript, closer);
    }

    @Override
    public Node unmatchedDelimiterNode(InlineParser parser, DelimiterRun delimiter) {
        return null;
    }

    // inside a word too, as pandoc reads 2^10^
    @Override
    public boolean canBeOpener(String before, String after, boolean leftFlanking, boolean rightFlanking,
                               boolean beforeIsPunctuation, boolean afterIsPunctuation, boolean beforeIsWhitespace,
                               boolean afterIsWhitespace) {
        return leftFlanking;
    }

    @Override
    public boolean canBeCloser(String before, String after, boolean leftFlanking, boolean rightFlanking,
                               boolean beforeIsPunctuation, boolean afterIsPunctuation, boolean beforeIsWhitespace,
                               boolean afterIsWhitespace) {
        return rightFlanking;
    }

    @Override
    public boolean skipNonOpenerCloser() {
        return false;
    }
}
