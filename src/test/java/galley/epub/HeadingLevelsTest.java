package galley.epub;

import galley.model.Block;
import galley.model.Chapter;
import org.junit.jupiter.api.Test;

import java.util.List;

import static galley.epub.HandBuiltBooks.heading;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HeadingLevelsTest {

    @Test
    void skippedLevelsCloseUpAndLaterHeadingsFollowTheirParents() {
        List<Block> blocks = List.of(heading(1, "t", "Title", "f.md"), heading(3, "a", "A", "f.md"),
                heading(4, "b", "B", "f.md"), heading(2, "c", "C", "f.md"), heading(6, "d", "D", "f.md"),
                heading(3, "e", "E", "f.md"));
        HeadingLevels levels = HeadingLevels.of(new Chapter(0, "t", "Title", "f.md", blocks));
        assertFalse(levels.needsTitleHeading());
        assertEquals(List.of(1, 2, 3, 2, 3, 3), levels.outline().stream().map(HeadingLevels.Entry::level).toList());
    }

    @Test
    void aChapterWithoutItsOwnTitleHeadingGetsOneAndItsHeadingsSitBelow() {
        List<Block> blocks = List.of(heading(3, "a", "A", "f.md"), heading(2, "b", "B", "f.md"));
        HeadingLevels levels = HeadingLevels.of(new Chapter(0, "x", "X", "f.md", blocks));
        assertTrue(levels.needsTitleHeading());
        assertEquals(List.of(2, 2), levels.outline().stream().map(HeadingLevels.Entry::level).toList());
    }

    @Test
    void aHeadingInsideAQuotationGoesAtMostOneLevelBelowItsSection() {
        Block.Heading quoted = heading(5, "q", "Quoted", "f.md");
        List<Block> blocks = List.of(heading(1, "t", "Title", "f.md"),
                new Block.BlockQuote(List.of(quoted), new galley.model.Source("f.md", 2)));
        assertEquals(2, HeadingLevels.of(new Chapter(0, "t", "Title", "f.md", blocks)).levelOf(quoted));
    }
}
