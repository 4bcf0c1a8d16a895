package galley.epub;

import galley.model.Block;
import galley.model.Chapter;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The level each heading of a chapter is published at, so that a generated page never skips a
 * level: a {@code ###} straight under the chapter title becomes an {@code h2}. The contents are
 * nested by the same levels, so the nav, the NCX and the page agree.
 */
final class HeadingLevels {

    /** A top-level heading of the chapter with its published level. */
    record Entry(Block.Heading heading, int level) {
    }

    private final boolean needsTitleHeading;
    private final Map<Block.Heading, Integer> levels = new IdentityHashMap<>();
    private final List<Entry> outline = new ArrayList<>();

    private HeadingLevels(Chapter chapter) {
        List<Block> blocks = chapter.blocks();
        needsTitleHeading = blocks.isEmpty()
                || !(blocks.get(0) instanceof Block.Heading h && h.level() == 1);
        Deque<Integer> open = new ArrayDeque<>();
        if (needsTitleHeading) {
            open.push(1);
        }
        for (Block block : blocks) {
            if (block instanceof Block.Heading h) {
                while (!open.isEmpty() && open.peek() >= h.level()) {
                    open.pop();
                }
                open.push(h.level());
                int level = Math.min(open.size(), 6);
                levels.put(h, level);
                outline.add(new Entry(h, level));
            } else {
                assignNested(block, open.size());
            }
        }
    }

    /** The levels of {@code chapter}'s headings. */
    static HeadingLevels of(Chapter chapter) {
        return new HeadingLevels(chapter);
    }

    /** Whether the chapter lacks a level-1 heading of its own, so the page must open with its title. */
    boolean needsTitleHeading() {
        return needsTitleHeading;
    }

    /** The published level of a heading of this chapter; a heading from elsewhere (a note) sits under the title. */
    int levelOf(Block.Heading heading) {
        return levels.getOrDefault(heading, Math.min(heading.level(), 2));
    }

    /** The chapter's top-level headings in order, with their levels. */
    List<Entry> outline() {
        return List.copyOf(outline);
    }

    // A heading inside a quotation or a list may go at most one level below the section it is in.
    private void assignNested(Block block, int depth) {
        if (block instanceof Block.Heading h) {
            levels.put(h, Math.min(Math.min(h.level(), depth + 1), 6));
        } else if (block instanceof Block.BlockQuote q) {
            q.blocks().forEach(b -> assignNested(b, depth));
        } else if (block instanceof Block.Division d) {
            d.blocks().forEach(b -> assignNested(b, depth));
        } else if (block instanceof Block.ListBlock l) {
            l.items().forEach(i -> i.blocks().forEach(b -> assignNested(b, depth)));
        } else if (block instanceof Block.DefinitionList d) {
            d.items().forEach(i -> i.definitions().forEach(def -> def.forEach(b -> assignNested(b, depth))));
        }
    }
}
