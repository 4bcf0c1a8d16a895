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
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The folder the editions go to. Each file is written to a temporary name beside its final one
 * and renamed into place only when complete, so a failed, interrupted or killed build leaves the
 * previous editions as they were. Temporary names carry the process id: a later run removes those
 * of dead processes and leaves a concurrent build's alone; a process stopped by a signal that
 * lets it shut down (SIGTERM, Ctrl-C) removes its own.
 */
public final class OutputFolder {

    private static final String SUFFIX = ".galley-tmp";

    /** Writes one file's content. */
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /** This process's temporary files not yet renamed or deleted, for the shutdown hook. */
    private static final Set<Path> UNFINISHED = ConcurrentHashMap.newKeySet();
    private static volatile boolean stopping;

    static {
        try {
            Runtime.getRuntime().addShutdownHook(new Thread(OutputFolder::removeUnfinished, "galley-remove-temporary-files"));
        } catch (IllegalStateException e) {
            // already shutting down: nothing will be written
        }
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
        UNFINISHED.add(temp);
        return temp;
    }

    public static void write(Path temp, Content content) throws IOException {
        try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
             OutputStream out = new java.io.BufferedOutputStream(java.nio.channels.Channels.newOutputStream(channel), 1 << 16)) {
            // a file made after the shutdown hook looked would outlive the process
            if (stopping) {
                Files.deleteIfExists(temp);
                throw new IOException("the process is stopping");
            }
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
        UNFINISHED.remove(temp);
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
        UNFINISHED.removeAll(pending);
        pending.clear();
    }

    // The threads writing go on while the hook runs: a file they make later deletes itself (see write)
    private static void removeUnfinished() {
        stopping = true;
        for (Path temp : UNFINISHED) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException ignored) {
                // the next run removes it
            }
        }
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
