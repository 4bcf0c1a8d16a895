package galley.build;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The folder the editions go to. Each file is written to a temporary name beside its final one
 * and renamed into place only when complete, so a failed, interrupted or killed build leaves the
 * previous editions as they were. Temporary names carry the process id: a later run removes those
 * of dead processes and leaves a concurrent build's alone.
 */
public final class OutputFolder {

    private static final String SUFFIX = ".galley-tmp";

    /** Writes one file's content. */
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private final Path folder;
    private final List<Path> pending = new ArrayList<>();

    public OutputFolder(Path folder) throws IOException {
        this.folder = folder;
        Files.createDirectories(folder);
        removeAbandonedFiles();
    }

    /** Writes {@code content} to a temporary file destined for {@code name}; returns its path. */
    public synchronized Path stage(String name) {
        long pid = ProcessHandle.current().pid();
        Path temp = folder.resolve("." + name + "." + pid + "." + System.nanoTime() + SUFFIX);
        pending.add(temp);
        return temp;
    }

    public static void write(Path temp, Content content) throws IOException {
        try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
             OutputStream out = new java.io.BufferedOutputStream(java.nio.channels.Channels.newOutputStream(channel), 1 << 16)) {
            content.writeTo(out);
            out.flush();
            channel.force(true);
        }
    }

    /** Renames a finished temporary file to its final name, replacing the previous edition at once. */
    public synchronized Path commit(Path temp, String name) throws IOException {
        Path target = folder.resolve(name);
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
        pending.remove(temp);
        return target;
    }

    /** Deletes the temporary files of this run that were not committed. */
    public synchronized void discard() {
        for (Path temp : pending) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException ignored) {
                // nothing else can be done; the next run removes it
            }
        }
        pending.clear();
    }

    private void removeAbandonedFiles() throws IOException {
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "." + "*" + SUFFIX)) {
            for (Path file : files) {
                Optional<Long> pid = pidOf(file.getFileName().toString());
                boolean alive = pid.flatMap(ProcessHandle::of).map(ProcessHandle::isAlive).orElse(false);
                if (!alive) {
                    Files.deleteIfExists(file);
                }
            }
        }
    }

    private static Optional<Long> pidOf(String name) {
        String[] parts = name.substring(0, name.length() - SUFFIX.length()).split("\\.");
        if (parts.length < 3) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.parseLong(parts[parts.length - 2]));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
