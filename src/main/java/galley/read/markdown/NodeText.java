package galley.read.markdown;

import galley.read.SourceChars;

import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.typographic.TypographicSmarts;
import com.vladsch.flexmark.util.ast.Node;
import org.jsoup.parser.Parser;

import java.util.ArrayDeque;

/** The plain text of a Flexmark node, as an anchor is made from it, gathered without recursion. */
public final class NodeText {

    private NodeText() {
    }

    public static String of(Node node) {
        var out = new StringBuilder();
        var pending = new ArrayDeque<Node>();
        for (Node child = node.getLastChild(); child != null; child = child.getPrevious()) {
            pending.push(child);
        }
        while (!pending.isEmpty()) {
            Node n = pending.pop();
            if (n instanceof BracedAttributes) {
                continue;
            }
            if (n instanceof Text) {
                out.append(SourceChars.unescaped(n.getChars()));
            } else if (n instanceof Code code) {
                out.append(code.getText());
            } else if (n instanceof HtmlEntity) {
                out.append(Parser.unescapeEntities(n.getChars().toString(), false));
            } else if (n instanceof TypographicSmarts smarts) {
                out.append(Parser.unescapeEntities(smarts.getTypographicText(), false));
            } else if (n instanceof SoftLineBreak || n instanceof HardLineBreak) {
                out.append(' ');
            } else {
                for (Node child = n.getLastChild(); child != null; child = child.getPrevious()) {
                    pending.push(child);
                }
            }
        }
        return out.toString().strip();
    }
}
