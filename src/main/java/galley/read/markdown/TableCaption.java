package galley.read.markdown;

import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ext.definition.DefinitionItem;
import com.vladsch.flexmark.ext.definition.DefinitionList;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.util.ast.Node;
import galley.model.Inline;
import galley.read.Attributes;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A table's caption as pandoc writes it: a paragraph opening with {@code Table:} (or {@code table:},
 * or a lone {@code :}, which Flexmark reads as a definition without its term) just before or just
 * after the table, a caption after a table taking precedence over one before the next; its
 * attributes ({@code {#tbl:id}}) belong to the table.
 */
public final class TableCaption {

    private TableCaption() {
    }

    /** Whether {@code node} is a table: a pipe table or a pandoc simple, multiline or grid one. */
    public static boolean isTable(Node node) {
        return node instanceof TableBlock || node instanceof PandocTable;
    }

    /** The caption of {@code table}, if one stands beside it: a paragraph, or a lone definition Flexmark made of ": …". */
    public static Optional<Node> of(Node table) {
        Node after = table.getNext();
        if (isCaption(after)) {
            return Optional.of(after);
        }
        Node before = table.getPrevious();
        if (isCaption(before) && !(before.getPrevious() != null && isTable(before.getPrevious()))) {
            return Optional.of(before);
        }
        return Optional.empty();
    }

    /** The id written in the caption's attributes ({@code {#tbl:id}}), if any. */
    public static Optional<String> id(Node caption) {
        return Attributes.id(paragraph(caption));
    }

    /** Whether {@code node} is the caption of the table before or after it. */
    static boolean captions(Node node) {
        if (!isCaption(node)) {
            return false;
        }
        Node previous = node.getPrevious();
        Node next = node.getNext();
        return previous != null && isTable(previous) || next != null && isTable(next) && of(next).filter(c -> c == node).isPresent();
    }

    private static boolean isCaption(Node node) {
        if (node instanceof DefinitionItem item) {
            return !(item.getParent() instanceof DefinitionList) && item.getFirstChild() instanceof Paragraph
                    && item.getFirstChild() == item.getLastChild();
        }
        return node instanceof Paragraph p && marker(p.getChars().toString().stripLeading()) > 0;
    }

    private static Paragraph paragraph(Node caption) {
        return caption instanceof Paragraph p ? p : (Paragraph) caption.getFirstChild();
    }

    // "Table:" or "table:", or ":" not followed by punctuation, as pandoc's table_captions reads them
    private static int marker(String text) {
        if (text.startsWith("Table:") || text.startsWith("table:")) {
            return 6;
        }
        if (text.startsWith(":") && (text.length() == 1 || !isPunctuation(text.charAt(1)))) {
            return 1;
        }
        return 0;
    }

    private static boolean isPunctuation(char c) {
        int type = Character.getType(c);
        return type >= Character.DASH_PUNCTUATION && type <= Character.OTHER_PUNCTUATION
                || type == Character.INITIAL_QUOTE_PUNCTUATION || type == Character.FINAL_QUOTE_PUNCTUATION;
    }

    /** The caption's text: the paragraph's inlines without the marker and the space after it. */
    static List<Inline> text(Node caption, InlineReader inlines, int depth) {
        List<Inline> content = inlines.read(paragraph(caption), depth);
        if (caption instanceof DefinitionItem || content.isEmpty() || !(content.get(0) instanceof Inline.Text first)) {
            return content;
        }
        int cut = marker(first.text().stripLeading());
        var out = new ArrayList<Inline>();
        String rest = first.text().stripLeading().substring(cut).stripLeading();
        if (!rest.isEmpty()) {
            out.add(new Inline.Text(rest));
        }
        out.addAll(content.subList(1, content.size()));
        if (out.size() > 0 && out.get(0) instanceof Inline.LineBreak) {
            out.remove(0);
        }
        return out;
    }
}
