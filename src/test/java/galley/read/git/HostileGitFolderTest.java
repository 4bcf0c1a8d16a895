package galley.read.git;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.zip.DeflaterOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A book folder's {@code .git} made hostile (issue 23): FIFOs, devices, links out of the book
 * folder and oversized files give no commit time, quickly, instead of hanging, exhausting memory
 * or reading elsewhere; the same folder made plain gives the commit's time.
 */
class HostileGitFolderTest {

    private static final String SHA = "0123456789abcdef0123456789abcdef01234567";
    private static final Instant COMMITTED = Instant.ofEpochSecond(1_700_000_000);
    private static final Duration QUICKLY = Duration.ofSeconds(10);
    /** GitFiles.MAX_PACKED_REFS, written out so that this test also ran against the code before the cap. */
    private static final int PACKED_REFS_CAP = 16 * 1024 * 1024;

    @TempDir
    Path work;

    private Path book;
    private Path git;
    private Path outside;

    @BeforeEach
    void plainRepository() throws IOException {
        book = Files.createDirectories(work.resolve("book"));
        outside = Files.createDirectories(work.resolve("outside"));
        git = Files.createDirectories(book.resolve(".git"));
        Files.writeString(git.resolve("HEAD"), "ref: refs/heads/main\n");
        Files.createDirectories(git.resolve("refs/heads"));
        Files.writeString(git.resolve("refs/heads/main"), SHA + "\n");
        Path object = git.resolve("objects").resolve(SHA.substring(0, 2)).resolve(SHA.substring(2));
        Files.createDirectories(object.getParent());
        Files.write(object, looseCommit());
    }

    private static byte[] looseCommit() throws IOException {
        String body = "tree 4b825dc642cb6eb9a060e54bf8d69288fbee4904\nauthor A <a@example.org> 1600000000 +0000\n"
                + "committer C <c@example.org> " + COMMITTED.getEpochSecond() + " +0000\n\nfirst\n";
        byte[] content = body.getBytes(StandardCharsets.UTF_8);
        var out = new ByteArrayOutputStream();
        try (var deflated = new DeflaterOutputStream(out)) {
            deflated.write(("commit " + content.length + "\0").getBytes(StandardCharsets.US_ASCII));
            deflated.write(content);
        }
        return out.toByteArray();
    }

    private Optional<Instant> commitTime() {
        return assertTimeoutPreemptively(QUICKLY, () -> GitCommitTime.of(book));
    }

    private static void fifo(Path path) throws IOException, InterruptedException {
        Files.deleteIfExists(path);
        boolean made;
        try {
            made = new ProcessBuilder("mkfifo", path.toString()).start().waitFor() == 0;
        } catch (IOException e) {
            made = false;
        }
        assumeTrue(made, "mkfifo is not available");
    }

    @Test
    void thePlainRepositoryGivesItsCommitTime() {
        assertEquals(Optional.of(COMMITTED), commitTime());
    }

    @Test
    void headAsAFifoGivesNoTimeInsteadOfWaitingForEver() throws Exception {
        fifo(git.resolve("HEAD"));
        assertEquals(Optional.empty(), commitTime());
    }

    @Test
    void aPackIndexAsAFifoGivesNoTimeInsteadOfWaitingForEver() throws Exception {
        Files.delete(git.resolve("objects").resolve(SHA.substring(0, 2)).resolve(SHA.substring(2)));
        Files.createDirectories(git.resolve("objects/pack"));
        fifo(git.resolve("objects/pack/pack-1.idx"));
        assertEquals(Optional.empty(), commitTime());
    }

    @Test
    void headLinkedToAnEndlessDeviceIsNotRead() throws IOException {
        Path zero = Path.of("/dev/zero");
        assumeTrue(Files.exists(zero), "no /dev/zero here");
        Files.delete(git.resolve("HEAD"));
        Files.createSymbolicLink(git.resolve("HEAD"), zero);
        assertEquals(Optional.empty(), commitTime());
    }

    @Test
    void aRefReachedThroughALinkOutOfTheBookFolderIsNotRead() throws IOException {
        Files.createDirectories(outside.resolve("heads"));
        Files.writeString(outside.resolve("heads/main"), SHA + "\n");
        Files.delete(git.resolve("refs/heads/main"));
        Files.delete(git.resolve("refs/heads"));
        Files.delete(git.resolve("refs"));
        Files.createSymbolicLink(git.resolve("refs"), outside);
        assertEquals(Optional.empty(), commitTime());
    }

    @Test
    void objectsReachedThroughALinkOutOfTheBookFolderAreNotRead() throws IOException {
        Path objects = git.resolve("objects");
        Files.move(objects, outside.resolve("objects"));
        Files.createSymbolicLink(objects, outside.resolve("objects"));
        assertEquals(Optional.empty(), commitTime());
    }

    @Test
    void packedRefsLargerThanTheCapAreNotRead() throws IOException {
        Files.delete(git.resolve("refs/heads/main"));
        String line = SHA + " refs/tags/t\n";
        Files.writeString(git.resolve("packed-refs"), line.repeat(PACKED_REFS_CAP / line.length() + 1)
                + SHA + " refs/heads/main\n");
        assertEquals(Optional.empty(), commitTime());
        Files.writeString(git.resolve("packed-refs"), line.repeat(100) + SHA + " refs/heads/main\n");
        assertEquals(Optional.of(COMMITTED), commitTime());
    }
}
