package galley.read.markdown;

import com.vladsch.flexmark.parser.block.AbstractBlockParser;
import com.vladsch.flexmark.parser.block.BlockContinue;
import com.vladsch.flexmark.parser.block.BlockParserFactory;
import com.vladsch.flexmark.parser.block.BlockStart;
import com.vladsch.flexmark.parser.block.MatchedBlockParser;
import com.vladsch.flexmark.parser.block.ParserState;
import com.vladsch.flexmark.parser.core.ListBlockParser;
import com.vladsch.flexmark.parser.core.ThematicBreakParser;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Flexmark's reader of pandoc's simple, multiline and grid tables (pipe tables are Flexmark's own):
 * at a line that can open one, it reads ahead to where the table ends and takes those lines as one
 * {@link PandocTable}. As in pandoc, a table does not interrupt a paragraph, and a text line over
 * a single run of dashes is a heading, not a table.
 */
public final class PandocTables extends UnorderedBlockFactory {

    @Override
    public BlockParserFactory apply(DataHolder options) {
        return (state, matched) -> {
            if (state.getIndent() >= 4 || state.isBlank()) {
                return BlockStart.none();
            }
            var ahead = new Lookahead(state.getLine(), state.getIndex());
            String first = ahead.line(0);
            if (matched.getBlockParser().isParagraphParser()) {
                return headed(state, matched, ahead);
            }
            boolean grid = first.stripLeading().startsWith("+");
            if (!grid && DashedTable.dashes(first) == null) {
                return BlockStart.none();
            }
            int lines = grid ? GridTable.extent(ahead) : DashedTable.extent(ahead);
            if (lines == 0) {
                return BlockStart.none();
            }
            var parser = new TableLines(grid, lines, captionAfter(ahead, lines));
            parser.take(state);
            return BlockStart.of(parser).atIndex(state.getLineEndIndex());
        };
    }

    // A simple table's header is a line of text, which Flexmark has begun as a paragraph (it asks
    // no block parser about a line opening with a letter) when the dashes under it arrive: the
    // paragraph, if that one line is all it holds, becomes the table's header.
    private static BlockStart headed(ParserState state, MatchedBlockParser matched, Lookahead ahead) {
        List<BasedSequence> paragraph = matched.getParagraphLines();
        if (paragraph == null || paragraph.size() != 1 || DashedTable.dashes(ahead.line(0)) == null) {
            return BlockStart.none();
        }
        String header = ahead.wholeLine(paragraph.get(0));
        int lines = DashedTable.extent(ahead.after(header));
        if (lines == 0) {
            return BlockStart.none();
        }
        var parser = new TableLines(false, lines, captionAfter(ahead.after(header), lines));
        parser.header(header, paragraph.get(0));
        parser.take(state);
        return BlockStart.of(parser).atIndex(state.getLineEndIndex()).replaceActiveBlockParser();
    }

    // pandoc reads a caption after the table, past blank lines, before anything else can claim it
    // (Flexmark would make a definition list of "Table: …" and a ": …" caption of the next table);
    // {start, end} of its lines, or {tableLines, tableLines} when there is none
    private static int[] captionAfter(Lookahead ahead, int tableLines) {
        int start = tableLines;
        while (ahead.line(start) != null && ahead.line(start).isBlank()) {
            start++;
        }
        String line = ahead.line(start);
        if (line == null || line.length() - line.stripLeading().length() > 3 || TableCaption.marker(line.stripLeading()) == 0) {
            return new int[] {tableLines, tableLines};
        }
        int end = start;
        while (ahead.line(end) != null && !ahead.line(end).isBlank()) {
            end++;
        }
        return new int[] {start, end};
    }

    @Override
    public Set<Class<?>> getBeforeDependents() {
        return Set.of(ThematicBreakParser.Factory.class, ListBlockParser.Factory.class, GatedHeadings.class);
    }

    /** Takes the table's lines as Flexmark reaches them, then reads them. */
    private static final class TableLines extends AbstractBlockParser {

        private final PandocTable block = new PandocTable();
        private final boolean grid;
        private final int tableLines;
        private final int[] caption;
        private final List<String> lines = new ArrayList<>();
        private final List<BasedSequence> raw = new ArrayList<>();
        private int remaining;

        TableLines(boolean grid, int lines, int[] caption) {
            this.grid = grid;
            this.tableLines = lines;
            this.caption = caption;
            this.remaining = caption[1];
        }

        void header(String line, BasedSequence raw) {
            lines.add(line);
            this.raw.add(raw);
            remaining--;
        }

        void take(ParserState state) {
            lines.add(Lookahead.expand(state.getLine().subSequence(Math.min(state.getIndex(), state.getLine().length())).toString()));
            raw.add(state.getLineWithEOL());
            remaining--;
        }

        @Override
        public Block getBlock() {
            return block;
        }

        @Override
        public BlockContinue tryContinue(ParserState state) {
            if (remaining <= 0) {
                return BlockContinue.none();
            }
            take(state);
            return BlockContinue.atIndex(state.getLineEndIndex());
        }

        @Override
        public void addLine(ParserState state, BasedSequence line) {
            // the lines were taken whole in tryContinue
        }

        @Override
        public void closeBlock(ParserState state) {
            block.setContent(raw);
            int taken = lines.size();
            block.read(lines.subList(0, Math.min(tableLines, taken)), grid);
            if (caption[1] > caption[0] && taken == caption[1]) {
                block.caption(lines.subList(caption[0], caption[1]), caption[0]);
            }
        }
    }
}
