package galley.read;


import galley.model.Block;
import galley.model.Inline;
import galley.testing.TestBook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** GFM task-list items: the marker becomes the item's state and leaves its text. */
class TaskListReadingTest {

    @TempDir
    Path dir;

    private static Inline.Text text(String s) {
        return new Inline.Text(s);
    }

    @Test
    void aTaskItemIsCheckedOrNotAndLosesItsMarker() {
        var book = TestBook.chapter(dir, "# C\n\n- [ ] todo\n- [x] done\n- [X] Done *too*\n-  [ ]   spaced\n"
                + "- plain\n");
        var list = (Block.ListBlock) book.body(0).get(0);
        assertEquals(List.of(Optional.of(false), Optional.of(true), Optional.of(true), Optional.of(false),
                Optional.empty()), list.items().stream().map(Block.ListItem::checked).toList());
        assertEquals(List.of(List.of(text("todo")), List.of(text("done")),
                        List.of(text("Done "), new Inline.Styled(Inline.Style.EMPHASIS, List.of(text("too")))),
                        List.of(text("spaced")), List.of(text("plain"))),
                list.items().stream().map(item -> ((Block.Paragraph) item.blocks().get(0)).content()).toList());
        assertEquals(List.of(), book.rendered());
    }

    @Test
    void whatGfmDoesNotCallAMarkerStaysText() {
        var book = TestBook.chapter(dir, "# C\n\n- [ ]\n- [y] no\n- \\[ ] escaped\n- a [ ] later\n\n1. [x] ordered\n");
        var list = (Block.ListBlock) book.body(0).get(0);
        assertEquals(List.of(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty()),
                list.items().stream().map(Block.ListItem::checked).toList());
        assertEquals(List.of(text("[ ] escaped")), ((Block.Paragraph) list.items().get(2).blocks().get(0)).content());
        var ordered = (Block.ListBlock) book.body(0).get(1);
        assertEquals(Optional.of(true), ordered.items().get(0).checked());
    }
}
