package galley.read.markdown;

import com.vladsch.flexmark.parser.block.AbstractBlockParser;
import com.vladsch.flexmark.parser.block.BlockParser;
import com.vladsch.flexmark.parser.block.ParserState;
import com.vladsch.flexmark.util.ast.Block;

/**
 * A Flexmark block parser for a block that holds any other blocks (a fenced div, an example item):
 * what varies between them is only how a line continues the block.
 */
abstract class ContainerParser<B extends Block> extends AbstractBlockParser {

    final B block;

    ContainerParser(B block) {
        this.block = block;
    }

    @Override
    public final B getBlock() {
        return block;
    }

    @Override
    public final boolean isContainer() {
        return true;
    }

    @Override
    public final boolean canContain(ParserState state, BlockParser blockParser, Block block) {
        return true;
    }
}
