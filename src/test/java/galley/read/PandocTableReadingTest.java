package galley.read;

import galley.model.Block;
import galley.model.Block.Alignment;
import galley.model.Blocks;
import galley.model.Inline;
import galley.testing.TestBook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Pandoc's simple, multiline and grid tables and table captions, read as pandoc 2.17 reads the manual's examples. */
class PandocTableReadingTest {

    static final String SIMPLE = """
              Right     Left     Center     Default
            -------     ------ ----------   -------
                 12     12        12            12
                123     123       123          123
                  1     1          1             1

            Table:  Demonstration of simple table syntax.
            """;

    static final String HEADERLESS = """
            -------     ------ ----------   -------
                 12     12        12             12
                123     123       123           123
                  1     1          1              1
            -------     ------ ----------   -------
            """;

    static final String MULTILINE = """
            -------------------------------------------------------------
             Centered   Default           Right Left
              Header    Aligned         Aligned Aligned
            ----------- ------- --------------- -------------------------
               First    row                12.0 Example of a row that
                                                spans multiple lines.

              Second    row                 5.0 Here's another one. Note
                                                the blank line between
                                                rows.
            -------------------------------------------------------------

            Table: Here's the caption. It, too, may span
            multiple lines. {#tbl:multi}
            """;

    static final String GRID = """
            : Sample grid table.

            +---------------+---------------+--------------------+
            | Fruit         | Price         | Advantages         |
            +===============+===============+====================+
            | Bananas       | $1.34         | - built-in wrapper |
            |               |               | - bright color     |
            +---------------+---------------+--------------------+
            | Oranges       | $2.10         | - cures scurvy     |
            |               |               | - tasty            |
            +---------------+---------------+--------------------+
            """;

    @TempDir
    Path dir;

    private List<Block> body(String markdown) {
        return TestBook.chapter(dir, "# C\n\n" + markdown).body(0);
    }

    private static String text(Block.TableCell cell) {
        return Blocks.plainText(cell.inlines().orElseThrow());
    }

    private static List<String> texts(Block.TableRow row) {
        return row.cells().stream().map(PandocTableReadingTest::text).toList();
    }

    @Test
    void aSimpleTableTakesItsAlignmentsFromTheHeadersOverTheDashesAndItsCaptionFromTableColon() {
        List<Block> body = body(SIMPLE);
        assertEquals(1, body.size(), body.toString());
        var table = (Block.Table) body.get(0);
        assertEquals(List.of(Alignment.RIGHT, Alignment.LEFT, Alignment.CENTER, Alignment.DEFAULT), table.alignments());
        assertEquals(List.of("Right", "Left", "Center", "Default"), texts(table.header().get(0)));
        assertEquals(List.of(List.of("12", "12", "12", "12"), List.of("123", "123", "123", "123"), List.of("1", "1", "1", "1")),
                table.body().stream().map(PandocTableReadingTest::texts).toList());
        assertEquals("Demonstration of simple table syntax.", Blocks.plainText(table.caption()));
        assertEquals(List.of(), table.widths(), "a simple table's columns are sized by content");
        assertEquals(3, table.source().line());
    }

    @Test
    void aHeaderlessSimpleTableTakesItsAlignmentsFromItsFirstRow() {
        var table = (Block.Table) body(HEADERLESS).get(0);
        assertEquals(List.of(Alignment.RIGHT, Alignment.LEFT, Alignment.CENTER, Alignment.RIGHT), table.alignments());
        assertEquals(List.of(), table.header());
        assertEquals(3, table.body().size());
    }

    @Test
    void aMultilineTableJoinsEachRowsLinesAndTakesItsWidthsFromTheDashes() {
        List<Block> body = body(MULTILINE);
        assertEquals(1, body.size(), body.toString());
        var table = (Block.Table) body.get(0);
        assertEquals(List.of(Alignment.CENTER, Alignment.DEFAULT, Alignment.RIGHT, Alignment.LEFT), table.alignments());
        assertEquals(List.of("Centered Header", "Default Aligned", "Right Aligned", "Left Aligned"), texts(table.header().get(0)));
        assertEquals(2, table.body().size());
        assertEquals("Example of a row that spans multiple lines.", text(table.body().get(0).cells().get(3)));
        assertEquals("Here’s another one. Note the blank line between rows.", text(table.body().get(1).cells().get(3)));
        // pandoc 2.17: 12, 8, 16 and 25 + 1 columns of 72
        List<Float> widths = table.widths();
        float[] expected = {12 / 72f, 8 / 72f, 16 / 72f, 26 / 72f};
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i], widths.get(i), 1e-6f);
        }
        assertEquals("Here’s the caption. It, too, may span multiple lines.", Blocks.plainText(table.caption()).strip());
        assertEquals("tbl-multi", table.id());
    }

    @Test
    void aGridTableCellHoldsBlocksAndItsCaptionMayStandBefore() {
        List<Block> body = body(GRID);
        assertEquals(1, body.size(), body.toString());
        var table = (Block.Table) body.get(0);
        assertEquals("Sample grid table.", Blocks.plainText(table.caption()));
        assertEquals(List.of("Fruit", "Price", "Advantages"), texts(table.header().get(0)));
        assertEquals(List.of("Bananas", "$1.34"), texts(new Block.TableRow(table.body().get(0).cells().subList(0, 2))));
        var list = assertInstanceOf(Block.ListBlock.class, table.body().get(0).cells().get(2).blocks().get(0));
        assertEquals(2, list.items().size());
        assertEquals("bright color", Blocks.plainText(((Block.Paragraph) list.items().get(1).blocks().get(0)).content()));
        // the list's line is the row's line in the chapter file (the chapter opens with "# C" and a blank line)
        assertEquals(8, list.source().line());
        float[] expected = {16 / 72f, 16 / 72f, 21 / 72f};
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i], table.widths().get(i), 1e-6f);
        }
    }

    @Test
    void aGridTableCellMayHoldSeveralParagraphsAndCode() {
        var table = (Block.Table) body("""
                +----------+------------------+
                | Step     | What to do       |
                +==========+==================+
                | One      | First paragraph. |
                |          |                  |
                |          | Second one.      |
                +----------+------------------+
                | Two      | ```              |
                |          | make all         |
                |          | ```              |
                +----------+------------------+
                """).get(0);
        List<Block> first = table.body().get(0).cells().get(1).blocks();
        assertEquals(2, first.size(), first.toString());
        var code = assertInstanceOf(Block.CodeBlock.class, table.body().get(1).cells().get(1).blocks().get(0));
        assertEquals("make all", code.text());
    }

    @Test
    void aGridTableTakesItsAlignmentsFromTheColonsOfTheHeaderBorderOrOfItsTopWithoutHeader() {
        var headed = (Block.Table) body("""
                +------+-------+------+
                | a    | b     | c    |
                +:=====+======:+:====:+
                | 1    | 2     | 3    |
                +------+-------+------+
                """).get(0);
        assertEquals(List.of(Alignment.LEFT, Alignment.RIGHT, Alignment.CENTER), headed.alignments());
        var headless = (Block.Table) body("""
                +:-----+------:+
                | 1    | 2     |
                +------+-------+
                """).get(0);
        assertEquals(List.of(Alignment.LEFT, Alignment.RIGHT), headless.alignments());
        assertEquals(List.of(), headless.header());
    }

    @Test
    void aGridTableWithACellAcrossColumnsStaysTextWithAWarningAtItsLine() {
        TestBook book = TestBook.chapter(dir, "# C\n\n+-----+-----+\n| a   | b   |\n+=====+=====+\n| a wide cell |\n+-----+-----+\n");
        List<Block> body = book.body(0);
        var paragraph = assertInstanceOf(Block.Paragraph.class, body.get(0));
        String text = Blocks.plainText(paragraph.content());
        for (String line : List.of("+-----+-----+", "| a   | b   |", "+=====+=====+", "| a wide cell |")) {
            assertTrue(text.contains(line), text);
        }
        assertEquals(List.of("manuscript/ch.md:3: warning: these lines look like a table but are kept as text: line 4 of the"
                + " grid table has no '|' at column 7, under the border's '+' (pandoc 2.17 reads no cell spanning columns)"),
                book.rendered());
    }

    @Test
    void aPipeTableTakesACaptionAfterItWrittenWithAColonAndALinkLeadsToItsId() {
        TestBook book = TestBook.chapter(dir, "# C\n\nSee [the table](#tbl:fruit).\n\n| a | b |\n|---|---|\n| x | y |\n\n"
                + ": Fruit *prices* {#tbl:fruit}\n");
        List<Block> body = book.body(0);
        assertEquals(2, body.size(), body.toString());
        var table = (Block.Table) body.get(1);
        assertEquals(List.of(new Inline.Text("Fruit "), new Inline.Styled(Inline.Style.EMPHASIS, List.of(new Inline.Text("prices")))),
                table.caption());
        assertEquals("tbl-fruit", table.id());
        var link = (Inline.Link) ((Block.Paragraph) body.get(0)).content().get(1);
        assertTrue(link.target().toString().contains("tbl-fruit"), link.toString());
        assertEquals(List.of(), book.rendered());
    }

    @Test
    void dashesThatFormNoTableStayBreaksAndHeadings() {
        List<Block> body = body("Above\n\n-----\n\nBelow\n\n- - -\n\nHeader\n------\nrow\n\n--- ---\ntext\n");
        assertInstanceOf(Block.ThematicBreak.class, body.get(1));
        assertInstanceOf(Block.ThematicBreak.class, body.get(3));
        assertInstanceOf(Block.Heading.class, body.get(4));
        assertTrue(body.stream().noneMatch(b -> b instanceof Block.Table), body.toString());
    }
}
