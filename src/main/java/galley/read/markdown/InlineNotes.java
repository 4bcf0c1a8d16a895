package galley.read.markdown;

import com.vladsch.flexmark.parser.InlineParser;
import com.vladsch.flexmark.parser.InlineParserExtension;
import com.vladsch.flexmark.parser.InlineParserExtensionFactory;
import com.vladsch.flexmark.parser.LightInlineParser;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;

import java.util.Set;

/**
 * pandoc's inline notes, {@code ^[a note *with* markup]}: a caret right before balanced brackets
 * makes an {@link InlineNote} of what the brackets hold, read as inlines, links and notes included.
 */
public final class InlineNotes implements Parser.ParserExtension {

    private InlineNotes() {
    }

    public static InlineNotes create() {
        return new InlineNotes();
    }

    @Override
    public void parserOptions(MutableDataHolder options) {
        // no options
    }

    @Override
    public void extend(Parser.Builder builder) {
        builder.customInlineParserExtensionFactory(new Factory());
    }

    /**
     * The index of the bracket that closes the one at {@code open}, or -1: brackets nest, a
     * backslash escapes the next character, and a code span's brackets do not count.
     */
    static int closingBracket(CharSequence text, int open) {
        int depth = 0;
        for (int i = open; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '`') {
                int run = run(text, i);
                int end = codeEnd(text, i + run, run);
                i = end < 0 ? i + run - 1 : end - 1;
            } else if (c == '[') {
                depth++;
            } else if (c == ']' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    private static int run(CharSequence text, int at) {
        int end = at;
        while (end < text.length() && text.charAt(end) == '`') {
            end++;
        }
        return end - at;
    }

    // just past the backtick run of length n that closes a code span, or -1 when none does
    private static int codeEnd(CharSequence text, int from, int n) {
        for (int i = from; i < text.length(); i++) {
            if (text.charAt(i) == '`') {
                int run = run(text, i);
                if (run == n) {
                    return i + run;
                }
                i += run - 1;
            }
        }
        return -1;
    }

    private static final class Factory implements InlineParserExtensionFactory {
        @Override
        public CharSequence getCharacters() {
            return "^";
        }

        @Override
        public InlineParserExtension apply(LightInlineParser parser) {
            return new Reader();
        }

        @Override
        public Set<Class<?>> getAfterDependents() {
            return null;
        }

        @Override
        public Set<Class<?>> getBeforeDependents() {
            return null;
        }

        @Override
        public boolean affectsGlobalScope() {
            return false;
        }
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
            if (parser.peek(1) != '[' || !(parser instanceof LinearInlineParser linear) || !linear.mayNest()) {
                return false;
            }
            BasedSequence input = parser.getInput();
            int index = parser.getIndex();
            int close = closingBracket(input, index + 1);
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
