package galley.read.markdown;

import com.vladsch.flexmark.parser.block.BlockContinue;
import com.vladsch.flexmark.parser.block.BlockParser;
import com.vladsch.flexmark.parser.block.BlockParserFactory;
import com.vladsch.flexmark.parser.block.BlockStart;
import com.vladsch.flexmark.parser.block.ParserState;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Pandoc's example list items for Flexmark: a line opening with {@code (@)} or {@code (@label)} and a
 * space starts an item, whose blocks continue on lines indented past its marker, as a list item's do.
 * An item interrupts only another item's paragraph, as consecutive items are written; the book numbers them.
 */
public final class ExampleLists extends UnorderedBlockFactory {

    /** The marker and the spaces after it; the label is letters, digits, {@code _} and {@code -}. */
    static final Pattern MARKER = Pattern.compile("\\(@([\\p{L}\\p{N}_-]*)\\)(?: +|$)");

    @Override
    public BlockParserFactory apply(DataHolder options) {
        return (state, matched) -> {
            if (state.getIndent() >= 4) {
                return BlockStart.none();
            }
            BasedSequence line = state.getLine().subSequence(state.getNextNonSpaceIndex()).trimEOL();
            Matcher marker = MARKER.matcher(line);
            if (!marker.lookingAt()) {
                return BlockStart.none();
            }
            BlockParser open = matched.getBlockParser();
            if (open.isParagraphParser() && !(open.getBlock().getParent() instanceof ExampleItem)) {
                return BlockStart.none();
            }
            int markerEnd = marker.end(0) == line.length() ? marker.end(1) + 2 : marker.end(0);
            int contentIndent = state.getIndent() + markerEnd;
            var item = new ItemParser(line.subSequence(0, marker.end(1) + 1), marker.group(1), contentIndent);
            return BlockStart.of(item).atIndex(state.getNextNonSpaceIndex() + markerEnd);
        };
    }

    /** Reads the blocks of one item while the lines are indented past its marker, or blank. */
    private static final class ItemParser extends ContainerParser<ExampleItem> {

        private final int contentIndent;

        ItemParser(BasedSequence marker, String label, int contentIndent) {
            super(new ExampleItem(marker, label));
            this.contentIndent = contentIndent;
        }

        @Override
        public BlockContinue tryContinue(ParserState state) {
            if (state.isBlank()) {
                return block.getFirstChild() == null ? BlockContinue.none()
                        : BlockContinue.atIndex(state.getNextNonSpaceIndex());
            }
            if (state.getIndent() >= contentIndent) {
                return BlockContinue.atColumn(state.getColumn() + contentIndent);
            }
            return BlockContinue.none();
        }

        @Override
        public void addLine(ParserState state, BasedSequence line) {
        }

        @Override
        public void closeBlock(ParserState state) {
            BasedSequence marker = block.marker();
            int end = block.getLastChild() == null ? marker.getEndOffset()
                    : Math.max(marker.getEndOffset(), block.getLastChild().getEndOffset());
            block.setChars(marker.baseSubSequence(marker.getStartOffset(), end));
        }
    }
}
