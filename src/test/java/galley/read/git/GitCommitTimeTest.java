package galley.read.git;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class GitCommitTimeTest {

    private static boolean git(Path dir, String... args) throws IOException, InterruptedException {
        var command = new java.util.ArrayList<String>();
        command.add("git");
        command.addAll(java.util.List.of(args));
        var process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD);
        process.environment().putAll(Map.of("GIT_AUTHOR_DATE", "1600000000 +0000",
                "GIT_COMMITTER_DATE", "1700000000 +0200", "GIT_AUTHOR_NAME", "A", "GIT_AUTHOR_EMAIL", "a@example.org",
                "GIT_COMMITTER_NAME", "C", "GIT_COMMITTER_EMAIL", "c@example.org"));
        return process.start().waitFor() == 0;
    }

    @Test
    void readsTheCommitTimeOfALooseAndOfAPackedCommit(@TempDir Path dir) throws Exception {
        assumeTrue(git(dir, "--version"), "git is not installed; the reader needs no git, but this test makes a repository with it");
        Files.writeString(dir.resolve("book.md"), "# A book\n");
        assumeTrue(git(dir, "init", "-q", "-b", "main") && git(dir, "add", "book.md") && git(dir, "commit", "-q", "-m", "first"));
        assertEquals(Optional.of(Instant.ofEpochSecond(1700000000)), GitCommitTime.of(dir), "loose object");
        assumeTrue(git(dir, "gc", "-q", "--aggressive"));
        try (var loose = Files.list(dir.resolve(".git/objects"))) {
            assertTrue(loose.noneMatch(p -> p.getFileName().toString().length() == 2), "every object is packed");
        }
        assertEquals(Optional.of(Instant.ofEpochSecond(1700000000)), GitCommitTime.of(dir), "packed object");
    }

    @Test
    void aFolderWithoutGitHasNoCommitTime(@TempDir Path dir) {
        assertEquals(Optional.empty(), GitCommitTime.of(dir));
    }
}
