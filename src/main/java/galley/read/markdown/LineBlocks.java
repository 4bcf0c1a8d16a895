package galley.read.markdown;

import com.vladsch.flexmark.parser.InlineParser;
import com.vladsch.flexmark.parser.block.AbstractBlockParser;
import com.vladsch.flexmark.parser.block.BlockContinue;
import com.vladsch.flexmark.parser.block.BlockParserFactory;
import com.vladsch.flexmark.parser.block.BlockStart;
import com.vladsch.flexmark.parser.block.ParserState;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;

import java.util.ArrayList;
import java.util.List;

/**
 * Pandoc's line blocks for Flexmark: lines that begin with a bar and a space ({@code | verse}), a bar
 * alone an empty line, a line that begins with a space continuing the line before. Each line keeps its
 * leading spaces and is read as Markdown on its own. A block does not interrupt a paragraph, and a first
 * line with a second bar in it is left to the pipe-table reader, as pandoc reads {@code | a | b |} as a
 * table row.
 */
public final class LineBlocks extends UnorderedBlockFactory {

    @Override
    public BlockParserFactory apply(DataHolder options) {
        return (state, matched) -> {
            BasedSequence line = state.getLine().subSequence(state.getNextNonSpaceIndex()).trimEOL();
            if (state.getIndent() >= 4 || !isBarLine(line) || line.indexOf('|', 1) >= 0
                    || matched.getBlockParser().isParagraphParser()) {
                return BlockStart.none();
            }
            var parser = new Parser();
            parser.add(line);
            return BlockStart.of(parser).atIndex(state.getLine().length());
        };
    }

    static boolean isBarLine(BasedSequence line) {
        return line.length() > 0 && line.charAt(0) == '|' && (line.length() == 1 || line.charAt(1) == ' ');
    }

    /** Gathers the lines of one block, then reads each line's inlines into a {@link VerseLine} of its own. */
    private static final class Parser extends AbstractBlockParser {

        private final VerseBlock block = new VerseBlock();
        private final List<BasedSequence> lines = new ArrayList<>();

        void add(BasedSequence barLine) {
            lines.add(barLine);
        }

        @Override
        public Block getBlock() {
            return block;
        }

        @Override
        public BlockContinue tryContinue(ParserState state) {
            if (state.isBlank()) {
                return BlockContinue.none();
            }
            BasedSequence line = state.getLine().subSequence(state.getIndex()).trimEOL();
            BasedSequence content = state.getLine().subSequence(state.getNextNonSpaceIndex()).trimEOL();
            if (state.getIndent() < 4 && isBarLine(content)) {
                lines.add(content);
                return BlockContinue.atIndex(state.getLine().length());
            }
            if (line.length() > 0 && line.charAt(0) == ' ') {
                // a continuation: joined to the line before it, as one line of verse wrapped in the source
                BasedSequence last = lines.remove(lines.size() - 1);
                lines.add(last.baseSubSequence(last.getStartOffset(), content.getEndOffset()));
                return BlockContinue.atIndex(state.getLine().length());
            }
            return BlockContinue.none();
        }

        @Override
        public void addLine(ParserState state, BasedSequence line) {
        }

        @Override
        public void closeBlock(ParserState state) {
            for (BasedSequence line : lines) {
                BasedSequence text = line.subSequence(Math.min(2, line.length()));
                int spaces = 0;
                while (spaces < text.length() && text.charAt(spaces) == ' ') {
                    spaces++;
                }
                block.appendChild(new VerseLine(line, text.subSequence(spaces), spaces));
            }
            BasedSequence first = lines.get(0);
            block.setChars(first.baseSubSequence(first.getStartOffset(), lines.get(lines.size() - 1).getEndOffset()));
        }

        @Override
        public void parseInlines(InlineParser inlineParser) {
            for (var child = block.getFirstChild(); child != null; child = child.getNext()) {
                if (child instanceof VerseLine verse) {
                    inlineParser.parse(verse.text(), verse);
                }
            }
        }
    }

    /** A line block in Flexmark's tree: its lines are its children. */
    public static final class VerseBlock extends Block {
        @Override
        public BasedSequence[] getSegments() {
            return EMPTY_SEGMENTS;
        }
    }

    /** One line of a line block: its inlines as children, and the spaces it began with. */
    public static final class VerseLine extends Block {

        private final BasedSequence text;
        private final int leadingSpaces;

        VerseLine(BasedSequence line, BasedSequence text, int leadingSpaces) {
            super(line);
            this.text = text;
            this.leadingSpaces = leadingSpaces;
        }

        BasedSequence text() {
            return text;
        }

        /** How many spaces the line began with, which the book keeps. */
        public int leadingSpaces() {
            return leadingSpaces;
        }

        @Override
        public BasedSequence[] getSegments() {
            return EMPTY_SEGMENTS;
        }
    }
}
