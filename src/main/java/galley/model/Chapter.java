package galley.model;

import java.util.List;

/**
 * One chapter: a level-1 heading and what follows it, up to the next level-1 heading.
 *
 * @param index  position in reading order, from 0
 * @param id     the anchor of the chapter's start, unique in the book
 * @param title  the chapter title as plain text (for running heads, the NCX, the outline)
 * @param source the manuscript file the chapter comes from, relative to the book folder
 * @param blocks the chapter's content; its first block is the chapter heading when it has one
 */
public record Chapter(int index, String id, String title, String source, List<Block> blocks) {

    public Chapter {
        blocks = List.copyOf(blocks);
    }
}
