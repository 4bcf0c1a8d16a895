package galley.layout;

import galley.model.Block;
import galley.model.Blocks;

/**
 * A paragraph that introduces the display after it, as a heading does its text: a caption written
 * above a table or figure ("*Table 2.1. …*", all in emphasis or bold) or a line that ends in a
 * colon before a list or code. Print keeps it on the page of the display's start; stranded at a
 * page's foot it reads as a heading with nothing under it.
 */
final class LeadIn {

    /**
     * The longest lead-in, in lines: a longer paragraph is text in its own right, free to part. Three,
     * not two, since a caption above a table often says in a sentence or two how to read it.
     */
    static final int MAX_LINES = 3;

    private LeadIn() {
    }

    /** How many strips of {@code next} stay with {@code paragraph} when it leads into it; 0 when it does not. */
    static int keep(Block.Paragraph paragraph, Block next) {
        if (!(next instanceof Block.Table || next instanceof Block.CodeBlock || next instanceof Block.ListBlock
                || next instanceof Block.Figure)) {
            return 0;
        }
        if (!Blocks.isEmphasised(paragraph.content()) && !Blocks.plainText(paragraph.content()).strip().endsWith(":")) {
            return 0;
        }
        // a figure is one strip; of the others the first two lines (a table's header keeps its first row itself)
        return next instanceof Block.Figure ? 1 : 2;
    }
}
