package galley.epub;

import galley.model.PageMap;
import io.documentnode.epub4j.domain.MediaTypes;
import io.documentnode.epub4j.domain.Resource;
import io.documentnode.epub4j.domain.Resources;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Adding a book's chapter documents costs the same per chapter however many there are: counted in
 * reads of resource ids at 500, 1000 and 2000 chapters, never in time.
 */
class IndexedResourcesTest {

    private static final int N = 500;

    @TempDir
    Path folder;

    /** A chapter document that counts how often its id is read. */
    private static final class CountedResource extends Resource {
        private final transient AtomicLong reads;

        CountedResource(int chapter, AtomicLong reads) {
            super("chapter-" + chapter, new byte[0], "text/chapter-" + chapter + ".xhtml", MediaTypes.XHTML);
            this.reads = reads;
        }

        @Override
        public String getId() {
            reads.incrementAndGet();
            return super.getId();
        }
    }

    private static long idReads(Supplier<Resources> collection, int chapters) {
        var reads = new AtomicLong();
        Resources resources = collection.get();
        for (int i = 0; i < chapters; i++) {
            resources.add(new CountedResource(i, reads));
        }
        assertEquals(chapters, resources.size());
        return reads.get();
    }

    @Test
    void idReadsGrowAsTheChaptersDo() {
        long one = idReads(IndexedResources::new, N);
        long two = idReads(IndexedResources::new, 2 * N);
        long four = idReads(IndexedResources::new, 4 * N);
        assertTrue(two <= 2.5 * one && four <= 5 * one, "id reads at n, 2n, 4n: " + one + ", " + two + ", " + four);
    }

    @Test
    void epub4jAloneReadsIdsInTheSquareOfTheChapters() {
        // the fault the index removes, and proof that the count above would see it
        long one = idReads(Resources::new, N);
        long four = idReads(Resources::new, 4 * N);
        assertTrue(four > 10 * one, "id reads at n and 4n: " + one + ", " + four);
    }

    @Test
    void aPublicationKeepsItsResourcesIndexedAndTheirIdsUnique() throws IOException {
        Publication publication = new PublicationBuilder(EpubOptions.defaults(), EpubUnits.direct())
                .build(HandBuiltBooks.sample(folder, "a red square"), PageMap.none());
        Resources resources = publication.book().getResources();
        assertInstanceOf(IndexedResources.class, resources);
        var ids = new HashSet<String>();
        resources.getAll().forEach(r -> assertTrue(ids.add(r.getId()), "id used twice: " + r.getId()));
        assertTrue(ids.size() >= 5, ids.toString());
    }
}
