package galley.model;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The whole book as both editions see it: metadata, chapters in reading order, the cover and the
 * settings the manuscript chose.
 *
 * @param name      the base name of the output files (the {@code name} key, else a slug of the title)
 * @param modified  the edition's timestamp; fixed by the manuscript so that builds are reproducible
 * @param tocDepth  deepest heading level listed in the contents (1 = chapters only)
 * @param pageSize  the trim size of the print edition
 */
public record Book(
        Metadata metadata,
        List<Chapter> chapters,
        Optional<ImageAsset> cover,
        String name,
        Instant modified,
        int tocDepth,
        PageSize pageSize) {

    public Book {
        chapters = List.copyOf(chapters);
    }

    /** Every image the book embeds, the cover first, each once, in reading order. */
    public List<ImageAsset> images() {
        var seen = new java.util.LinkedHashSet<ImageAsset>();
        cover.ifPresent(seen::add);
        for (Chapter chapter : chapters) {
            Blocks.forEachImage(chapter.blocks(), seen::add);
        }
        return List.copyOf(seen);
    }

}
