package galley.cli;

import org.apache.commons.io.file.PathUtils;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/** What the watch sees as a change: real files, not editors' scratch files nor folders already gone. */
class FolderWatcherTest {

    private static final Duration PATIENCE = Duration.ofSeconds(90);

    @TempDir
    Path book;

    @Test
    void foldersMadeAndRemovedAtOnceDoNotEndTheWatch() throws Exception {
        Path manuscript = Files.createDirectories(book.resolve("manuscript"));
        try (var watcher = new FolderWatcher(book, List.of("manuscript"), 50)) {
            var churn = new Thread(() -> {
                try {
                    for (int i = 0; i < 400; i++) {
                        Path top = manuscript.resolve("d" + i);
                        Files.createDirectories(top.resolve("a/b/c/d"));
                        PathUtils.deleteDirectory(top);
                    }
                    Files.writeString(manuscript.resolve("real.md"), "# Real\n");
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            churn.start();
            var seen = new TreeSet<String>();
            assertTimeoutPreemptively(PATIENCE, () -> {
                while (!seen.contains("manuscript/real.md")) {
                    seen.addAll(watcher.next());
                }
            });
            churn.join();
        }
    }

    @Test
    void editorsScratchFilesAndFilesGoneAgainAreNoChange() throws Exception {
        Path manuscript = Files.createDirectories(book.resolve("manuscript"));
        Files.writeString(manuscript.resolve("kept.md"), "# Kept\n");
        try (var watcher = new FolderWatcher(book, List.of("manuscript"), 300)) {
            for (String scratch : List.of("sedAb12Cd", "4913", ".chapter.md.swp", ".chapter.md.swx", "#chapter.md#",
                    ".#chapter.md", "chapter.md~", "chapter.md___jb_tmp___", "chapter.md___jb_old___", "chapter.tmp")) {
                Files.writeString(manuscript.resolve(scratch), "scratch");
            }
            Path brief = manuscript.resolve("brief.md");
            Files.writeString(brief, "# Here and gone\n");
            Files.delete(brief);
            Files.writeString(manuscript.resolve("sedation.md"), "# A real chapter\n");
            Set<String> changed = assertTimeoutPreemptively(PATIENCE, watcher::next);
            assertEquals(Set.of("manuscript/sedation.md"), changed);

            Files.delete(manuscript.resolve("kept.md"));
            assertEquals(Set.of("manuscript/kept.md"), assertTimeoutPreemptively(PATIENCE, watcher::next),
                    "a file that was there before and is gone now is a change");
        }
    }
}
