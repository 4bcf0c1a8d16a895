package galley.build;

import org.apache.commons.io.file.PathUtils;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The pipeline runs a whole build on threads of its own and leaves none behind, whether the build succeeds or fails. */
class BookPipelineTest {

    @TempDir
    Path book;

    @Test
    void aBuildAndACheckLeaveNoThreadOfTheirsRunning() throws Exception {
        Path repository = Path.of("").toAbsolutePath();
        PathUtils.copyDirectory(repository.resolve("manuscript"), book.resolve("manuscript"));
        PathUtils.copyDirectory(repository.resolve("covers"), book.resolve("covers"));
        var report = new SilentReport();
        var pipeline = new BookPipeline(report, Map.of(), new Strictness(false), WarmCaches.none());

        assertTrue(pipeline.build(book, book.resolve("out"), true), report.problems.toString());
        assertTrue(Files.size(book.resolve("out/belarus-protests.pdf")) > 0);
        assertFalse(pipeline.check(book).failed());
        assertEquals(List.of(), buildThreadsAlive());

        Files.writeString(book.resolve("manuscript/99-broken.md"), "# Broken\n\n![gone](images/missing.png)\n");
        assertFalse(new BookPipeline(report, Map.of(), new Strictness(false), WarmCaches.none())
                .build(book, book.resolve("out"), true));
        assertEquals(List.of(), buildThreadsAlive());
    }

    // a pool shut down lets its threads end as soon as their task does
    private static List<String> buildThreadsAlive() throws InterruptedException {
        List<String> alive = List.of();
        for (int tries = 0; tries < 100; tries++) {
            alive = Thread.getAllStackTraces().keySet().stream().map(Thread::getName)
                    .filter(name -> name.matches("galley-\\d+")).toList();
            if (alive.isEmpty()) {
                break;
            }
            Thread.sleep(50);
        }
        return alive;
    }
}
