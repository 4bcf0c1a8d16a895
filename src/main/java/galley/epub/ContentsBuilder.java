package galley.epub;

import galley.model.Block;
import galley.model.Blocks;
import galley.model.Chapter;
import io.documentnode.epub4j.domain.Resource;
import io.documentnode.epub4j.domain.TOCReference;
import io.documentnode.epub4j.domain.TableOfContents;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * Builds epub4j's table of contents from the chapters and their headings down to the book's
 * contents depth, nested by the headings' published levels. The nav document and the NCX are
 * both written from it, so they always agree.
 */
final class ContentsBuilder {

    private final int depth;

    /** @param depth the deepest heading level listed; 1 lists the chapters only */
    ContentsBuilder(int depth) {
        this.depth = Math.max(1, depth);
    }

    /** The contents of {@code chapters}, whose documents are {@code documents} in the same order. */
    TableOfContents build(List<Chapter> chapters, List<Resource> documents) {
        TableOfContents toc = new TableOfContents();
        for (int i = 0; i < chapters.size(); i++) {
            Chapter chapter = chapters.get(i);
            if (Block.Heading.opensUnlisted(chapter.blocks())) {
                continue; // with its sections, as the print contents leave it out
            }
            TOCReference entry = toc.addTOCReference(new TOCReference(chapter.title(), documents.get(i)));
            addHeadings(chapter, entry, documents.get(i));
        }
        return toc;
    }

    private void addHeadings(Chapter chapter, TOCReference chapterEntry, Resource document) {
        HeadingLevels levels = HeadingLevels.of(chapter);
        // parents by level: the chapter entry is level 1
        Deque<TOCReference> parents = new ArrayDeque<>();
        Deque<Integer> parentLevels = new ArrayDeque<>();
        parents.push(chapterEntry);
        parentLevels.push(1);
        Block opening = levels.needsTitleHeading() ? null : chapter.blocks().get(0);
        for (HeadingLevels.Entry entry : levels.outline()) {
            // toc-depth counts levels as the author wrote them, as the print contents do; the
            // nesting follows the published levels, and a later level-1 heading stays under the chapter
            if (entry.heading() == opening || entry.heading().level() > depth || entry.heading().unlisted()) {
                continue;
            }
            int level = Math.max(entry.level(), 2);
            while (parentLevels.peek() >= level) {
                parents.pop();
                parentLevels.pop();
            }
            Block.Heading heading = entry.heading();
            String fragment = BlockRenderer.idOrNull(heading.id());
            TOCReference child = parents.peek().addChildSection(
                    new TOCReference(Blocks.plainText(heading.content()), document, fragment));
            parents.push(child);
            parentLevels.push(level);
        }
    }
}
