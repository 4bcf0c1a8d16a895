package galley.read;

import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SourceCharsTest {

    private static final String MARKDOWN = """
            A paragraph over
            three lines, with \\*escapes\\* and &amp; an *emphasised
            phrase* across a break.

            > A quotation over
            > two lines, where each line's marker is a gap.

            - A list item
              continued under its marker,
              and again.

               Indented by three
               on both lines.
            """;

    @Test
    void givesWhatFlexmarkGivesForEveryNode() {
        Node document = Parser.builder().build().parse(MARKDOWN);
        var nodes = new ArrayList<Node>();
        collect(document, nodes);
        assertTrue(nodes.size() > 20);
        for (Node node : nodes) {
            BasedSequence chars = node.getChars();
            assertEquals(chars.toString(), SourceChars.text(chars), node.toString());
            assertEquals(chars.unescape(), SourceChars.unescaped(chars), node.toString());
        }
    }

    @Test
    void takesTheSourceStraightWhenThereIsNoGap() {
        BasedSequence chars = Parser.builder().build().parse(MARKDOWN).getFirstChild().getChars();
        assertInstanceOf(String.class, chars.getBase());
        assertEquals(chars.length(), chars.getEndOffset() - chars.getStartOffset());
        assertEquals(List.of("A paragraph over", "three lines, with \\*escapes\\* and &amp; an *emphasised",
                "phrase* across a break."), SourceChars.text(chars).lines().toList());
    }

    private static void collect(Node node, List<Node> out) {
        out.add(node);
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            collect(child, out);
        }
    }
}
