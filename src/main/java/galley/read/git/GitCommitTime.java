package galley.read.git;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * The commit time of the book folder's checked-out commit, read from its own {@code .git}
 * directory without running git, so that a clean clone builds the same bytes on every machine.
 * It reads only what it needs: HEAD, the ref, and the commit object, loose or in a pack. Anything
 * it cannot read (a worktree link, a delta-compressed commit) simply gives no time.
 */
public final class GitCommitTime {

    private static final Pattern COMMITTER = Pattern.compile("(?m)^committer .* (\\d+) [+-]\\d{4}$");
    private static final int MAX_OBJECT = GitFiles.MAX_OBJECT;
    private static final int MAX_PACK_INDEXES = 1000;

    private GitCommitTime() {
    }

    public static Optional<Instant> of(Path bookDir) {
        Path git = bookDir.resolve(".git");
        if (!Files.isDirectory(git, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.empty();
        }
        try {
            var files = new GitFiles(bookDir);
            Optional<String> sha = head(files, git);
            return sha.isEmpty() ? Optional.empty() : commit(files, git, sha.get()).flatMap(GitCommitTime::committerTime);
        } catch (IOException | RuntimeException | DataFormatException e) {
            return Optional.empty();
        }
    }

    private static Optional<String> head(GitFiles files, Path git) throws IOException {
        String head = read(files, git.resolve("HEAD"), GitFiles.MAX_REF).strip();
        if (!head.startsWith("ref: ")) {
            return isSha(head) ? Optional.of(head) : Optional.empty();
        }
        String ref = head.substring(5).strip();
        if (!ref.startsWith("refs/") || ref.contains("..")) {
            return Optional.empty();
        }
        Path loose = git.resolve(ref);
        if (GitFiles.isPlainFile(loose)) {
            String sha = read(files, loose, GitFiles.MAX_REF).strip();
            return isSha(sha) ? Optional.of(sha) : Optional.empty();
        }
        Path packed = git.resolve("packed-refs");
        if (GitFiles.isPlainFile(packed)) {
            for (String line : read(files, packed, GitFiles.MAX_PACKED_REFS).split("\n")) {
                String[] parts = line.strip().split(" ");
                if (parts.length == 2 && parts[1].equals(ref) && isSha(parts[0])) {
                    return Optional.of(parts[0]);
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<byte[]> commit(GitFiles files, Path git, String sha) throws IOException, DataFormatException {
        Path loose = git.resolve("objects").resolve(sha.substring(0, 2)).resolve(sha.substring(2));
        if (GitFiles.isPlainFile(loose)) {
            return Optional.of(inflate(files.read(loose, MAX_OBJECT), 0));
        }
        Path packs = git.resolve("objects/pack");
        if (!Files.isDirectory(packs, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.empty();
        }
        byte[] wanted = HexFormat.of().parseHex(sha);
        List<Path> indexes;
        try (var listed = Files.list(packs)) {
            indexes = listed.filter(p -> p.getFileName().toString().endsWith(".idx")).limit(MAX_PACK_INDEXES)
                    .sorted().toList();
        }
        for (Path index : indexes) {
            Optional<Long> offset;
            try (var file = files.randomAccess(index)) {
                offset = PackIndex.offsetOf(file, wanted);
            }
            if (offset.isPresent()) {
                String pack = index.getFileName().toString().replace(".idx", ".pack");
                return packedCommit(files, packs.resolve(pack), offset.get());
            }
        }
        return Optional.empty();
    }

    private static Optional<byte[]> packedCommit(GitFiles files, Path pack, long offset)
            throws IOException, DataFormatException {
        try (var file = files.randomAccess(pack)) {
            file.seek(offset);
            int c = file.read();
            int type = (c >> 4) & 7;
            // the size's bytes: at most ten for any 64-bit size, a stray -1 (the end) stops too
            for (int i = 0; (c & 0x80) != 0 && i < 10; i++) {
                c = file.read();
            }
            if (type != 1) {
                return Optional.empty(); // a delta: not worth resolving for a timestamp
            }
            byte[] data = new byte[(int) Math.max(0, Math.min(MAX_OBJECT, file.length() - file.getFilePointer()))];
            file.readFully(data);
            return Optional.of(inflate(data, 0));
        }
    }

    private static byte[] inflate(byte[] data, int from) throws DataFormatException {
        var inflater = new Inflater();
        try {
            inflater.setInput(data, from, data.length - from);
            var out = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            while (!inflater.finished() && out.size() < MAX_OBJECT) {
                int n = inflater.inflate(buffer);
                if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    break;
                }
                out.write(buffer, 0, n);
            }
            return out.toByteArray();
        } finally {
            inflater.end();
        }
    }

    private static Optional<Instant> committerTime(byte[] commit) {
        Matcher m = COMMITTER.matcher(new String(commit, StandardCharsets.UTF_8));
        return m.find() ? Optional.of(Instant.ofEpochSecond(Long.parseLong(m.group(1)))) : Optional.empty();
    }

    private static String read(GitFiles files, Path file, int cap) throws IOException {
        return new String(files.read(file, cap), StandardCharsets.UTF_8);
    }

    private static boolean isSha(String s) {
        return s.matches("[0-9a-f]{40}");
    }
}
