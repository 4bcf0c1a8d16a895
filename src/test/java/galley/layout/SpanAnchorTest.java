package galley.layout;

import galley.model.Block;
import galley.model.Book;
import galley.model.Inline;
import galley.model.Source;
import galley.text.FixedWidthMeasure;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/** A span's id is a place in the print edition that links lead to, on the page where its text is. */
class SpanAnchorTest {

    @Test
    void aSpanIdAndAnEmptySpanAreDestinationsOnThePageOfTheirText() {
        var blocks = new ArrayList<Block>();
        for (int p = 0; p < 40; p++) {
            blocks.add(new Block.Paragraph(List.of(new Inline.Text(WordTaggedBooks.words("p" + p + "w", 30))),
                    new Source("manuscript/ch0.md", p + 1)));
        }
        blocks.add(new Block.Paragraph(List.of(new Inline.Text("lead "),
                new Inline.Span("named", List.of("smallcaps"), Map.of(), List.of(new Inline.Text("spanned"))),
                new Inline.Text(" middle "), Inline.Span.anchor("empty"), new Inline.Text("tail")),
                new Source("manuscript/ch0.md", 41)));
        Book book = WordTaggedBooks.oneChapter(blocks);
        LaidOutBook laid = BookLayout.layout(book, new FixedWidthMeasure());

        Destination named = laid.anchors().get("named");
        Destination empty = laid.anchors().get("empty");
        assertNotNull(named, laid.anchors().keySet().toString());
        assertNotNull(empty, laid.anchors().keySet().toString());
        int page = WordTaggedBooks.pageOf(laid, "spanned");
        assertFalse(page == laid.anchors().get("ch").page(), "the text is past the chapter's first page");
        assertEquals(page, named.page());
        assertEquals(WordTaggedBooks.pageOf(laid, "tail"), empty.page());
    }
}
