package galley.read.markdown;

import com.vladsch.flexmark.parser.block.BlockParserFactory;
import com.vladsch.flexmark.parser.block.BlockStart;
import com.vladsch.flexmark.parser.block.CustomBlockParserFactory;
import com.vladsch.flexmark.parser.core.HeadingParser;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.mappers.SpecialLeadInHandler;

import java.util.Set;

/**
 * Flexmark's heading parser, asked only about lines that can open a heading ({@code # }) or
 * underline one ({@code ===}, {@code ---}). Flexmark's own asks about every line that does
 * not begin with a letter and first gathers the whole paragraph above it, so a paragraph of 20,000
 * lines opening with a bracket or a digit took a quarter of an hour of copying.
 * Use it with {@code Parser.HEADING_PARSER} set to false.
 */
public final class GatedHeadings implements CustomBlockParserFactory {

    private final HeadingParser.Factory headings = new HeadingParser.Factory();

    @Override
    public BlockParserFactory apply(DataHolder options) {
        BlockParserFactory inner = headings.apply(options);
        return (state, matched) -> mayBeHeading(state.getLine(), state.getNextNonSpaceIndex())
                ? inner.tryStart(state, matched) : BlockStart.none();
    }

    // an ATX heading opens with one to six '#' and a space or the line's end; a setext underline is
    // a run of '=' or of '-' with nothing but spaces after it
    static boolean mayBeHeading(CharSequence line, int first) {
        int end = line.length();
        while (end > first && Character.isWhitespace(line.charAt(end - 1))) {
            end--;
        }
        if (first >= end) {
            return false;
        }
        char c = line.charAt(first);
        int i = first;
        while (i < end && line.charAt(i) == c) {
            i++;
        }
        if (c == '#') {
            return i - first <= 6 && (i == end || line.charAt(i) == ' ' || line.charAt(i) == '\t');
        }
        return (c == '=' || c == '-') && i == end;
    }

    @Override
    public Set<Class<?>> getAfterDependents() {
        return headings.getAfterDependents();
    }

    @Override
    public Set<Class<?>> getBeforeDependents() {
        return headings.getBeforeDependents();
    }

    @Override
    public boolean affectsGlobalScope() {
        return headings.affectsGlobalScope();
    }

    @Override
    public SpecialLeadInHandler getLeadInHandler(DataHolder options) {
        return headings.getLeadInHandler(options);
    }
}
