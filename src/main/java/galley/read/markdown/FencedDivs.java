package galley.read.markdown;

import galley.read.AttributeList;

import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.parser.block.AbstractBlockParser;
import com.vladsch.flexmark.parser.block.BlockContinue;
import com.vladsch.flexmark.parser.block.BlockParser;
import com.vladsch.flexmark.parser.block.BlockParserFactory;
import com.vladsch.flexmark.parser.block.BlockStart;
import com.vladsch.flexmark.parser.block.ParserState;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Pandoc's fenced divs for Flexmark: a line of three or more colons with attributes in braces, or one
 * word taken as a class ({@code ::: warning}), opens a div that may not interrupt a paragraph; a line
 * of colons alone closes the innermost open one, also straight after a paragraph's last line, but not
 * inside a fenced code block. A line of colons with no div open stays text, as in pandoc.
 */
public final class FencedDivs extends UnorderedBlockFactory {

    @Override
    public BlockParserFactory apply(DataHolder options) {
        return (state, matched) -> {
            BasedSequence rest = state.getLine().subSequence(state.getIndex());
            if (state.getIndent() >= 4 || !rest.toString().stripLeading().startsWith(":::")) {
                return BlockStart.none();
            }
            BasedSequence line = state.getLine().subSequence(state.getNextNonSpaceIndex()).trimEOL();
            if (isClosingFence(line)) {
                return closing(state.getActiveBlockParsers())
                        ? BlockStart.of(new EndParser(line)).atIndex(state.getLine().length()) : BlockStart.none();
            }
            if (matched.getBlockParser().isParagraphParser()) {
                return BlockStart.none();
            }
            return opening(line.toString())
                    .map(attributes -> BlockStart.of(new DivParser(line, attributes)).atIndex(state.getLine().length()))
                    .orElse(BlockStart.none());
        };
    }

    /** The attributes of an opening fence: {@code ::: {#id .class}} or {@code ::: word}, colons after them allowed. */
    static Optional<AttributeList> opening(String line) {
        int i = 0;
        while (i < line.length() && line.charAt(i) == ':') {
            i++;
        }
        if (i < 3) {
            return Optional.empty();
        }
        String rest = line.substring(i).strip();
        int end = rest.length();
        while (end > 0 && rest.charAt(end - 1) == ':') {
            end--;
        }
        rest = rest.substring(0, end).strip();
        String text = rest;
        Optional<AttributeList> braced = AttributeSyntax.read(text, 0).filter(read -> read.end() == text.length())
                .map(AttributeSyntax.Read::attributes);
        if (braced.isPresent() || rest.isEmpty() || rest.chars().anyMatch(Character::isWhitespace)) {
            return braced;
        }
        return Optional.of(new AttributeList("", List.of(rest), Map.of()));
    }

    static boolean isClosingFence(CharSequence line) {
        String text = line.toString().strip();
        return text.length() >= 3 && text.chars().allMatch(c -> c == ':');
    }

    // the innermost open div takes the closing fence when it has asked for it
    private static boolean closing(List<BlockParser> open) {
        return open.stream().anyMatch(p -> p instanceof DivParser div && div.closing);
    }

    /** Reads the blocks inside a div until its closing fence. */
    private static final class DivParser extends ContainerParser<FencedDiv> {

        private boolean closing;

        DivParser(BasedSequence fence, AttributeList attributes) {
            super(new FencedDiv(fence, attributes));
        }

        @Override
        public BlockContinue tryContinue(ParserState state) {
            BasedSequence line = state.getLine().subSequence(state.getNextNonSpaceIndex());
            if (state.getIndent() < 4 && isClosingFence(line) && innermost(state.getActiveBlockParsers())) {
                // left unmatched, so that Flexmark closes the div with everything open in it, and the end
                // parser takes the line
                closing = true;
                return BlockContinue.none();
            }
            return BlockContinue.atIndex(state.getIndex());
        }

        // no div is open inside this one, nor a code block whose text the line is
        private boolean innermost(List<BlockParser> open) {
            boolean after = false;
            for (BlockParser parser : open) {
                if (parser == this) {
                    after = true;
                } else if (after && (parser instanceof DivParser || parser.getBlock() instanceof FencedCodeBlock)) {
                    return false;
                }
            }
            return after;
        }

        @Override
        public void addLine(ParserState state, BasedSequence line) {
        }

        @Override
        public void closeBlock(ParserState state) {
            BasedSequence fence = block.openingFence();
            int end = block.getLastChild() == null ? fence.getEndOffset()
                    : Math.max(fence.getEndOffset(), block.getLastChild().getEndOffset());
            block.setChars(fence.baseSubSequence(fence.getStartOffset(), end));
        }
    }

    /** Takes a div's closing fence, which becomes a node of its own that holds no content. */
    private static final class EndParser extends AbstractBlockParser {

        private final FencedDiv.End block;

        EndParser(BasedSequence fence) {
            this.block = new FencedDiv.End(fence);
        }

        @Override
        public Block getBlock() {
            return block;
        }

        @Override
        public BlockContinue tryContinue(ParserState state) {
            return BlockContinue.none();
        }

        @Override
        public void addLine(ParserState state, BasedSequence line) {
        }

        @Override
        public void closeBlock(ParserState state) {
        }
    }
}
