package galley.cli;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * Watches some folders of a book, and every folder inside them, for files created, changed or
 * deleted, and hands the changes over in batches once the files have been quiet for a moment, so
 * that an editor's save (often several writes and a rename) gives one rebuild. Editors' and tools'
 * temporary files are ignored by name, and any file or folder that came and went again within one
 * batch by its short life; a folder gone before it could be watched is no error.
 */
final class FolderWatcher implements Closeable {

    /**
     * Names editors and tools give their temporary files: hidden files (vim's .x.swp, emacs's .#x
     * lock), backups ending in ~, emacs's #x#, vim's .swp and .swx and its 4913 test file, sed -i's
     * sedXXXXXX, JetBrains' x___jb_tmp___ and x___jb_old___, and .tmp files.
     */
    private static final Pattern SCRATCH = Pattern.compile(
            "\\..*|.*~|#.*|.*\\.(swp|swx|tmp)|4913|sed[A-Za-z0-9]{6}|.*___jb_(tmp|old)___");

    private final Path root;
    private final Set<String> watched;
    private final long quietMillis;
    private final WatchService service;
    private final Map<WatchKey, Path> folders = new HashMap<>();

    /**
     * @param root        the book folder
     * @param watched     names of the folders of {@code root} to watch; they may appear later
     * @param quietMillis how long no change must come before a batch is handed over
     */
    FolderWatcher(Path root, List<String> watched, long quietMillis) throws IOException {
        this.root = root;
        this.watched = Set.copyOf(watched);
        this.quietMillis = quietMillis;
        this.service = FileSystems.getDefault().newWatchService();
        // the book folder itself, only to see a watched folder appear
        folders.put(root.register(service, StandardWatchEventKinds.ENTRY_CREATE), root);
        for (String name : watched) {
            registerTree(root.resolve(name));
        }
    }

    /**
     * Waits for changes and returns them, as paths relative to the book folder in name order,
     * once no further change has come for the quiet time.
     *
     * @throws InterruptedException when the thread is interrupted, which ends the watch
     */
    Set<String> next() throws InterruptedException {
        while (true) {
            var changed = new TreeSet<String>();
            var born = new HashMap<String, Path>();
            collect(take(), changed, born);
            WatchKey more;
            while ((more = poll()) != null) {
                collect(more, changed, born);
            }
            changed.removeIf(name -> cameAndWent(name, born));
            if (!changed.isEmpty()) {
                return changed;
            }
        }
    }

    private WatchKey take() throws InterruptedException {
        try {
            return service.take();
        } catch (ClosedWatchServiceException e) {
            throw new InterruptedException("the watch was closed");
        }
    }

    private WatchKey poll() throws InterruptedException {
        try {
            return service.poll(quietMillis, TimeUnit.MILLISECONDS);
        } catch (ClosedWatchServiceException e) {
            throw new InterruptedException("the watch was closed");
        }
    }

    /** Adds the changes {@code key} holds to {@code changed}, and to {@code born} those first seen created. */
    private void collect(WatchKey key, Set<String> changed, Map<String, Path> born) {
        Path folder = folders.get(key);
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == StandardWatchEventKinds.OVERFLOW || folder == null) {
                // events were lost: say that something changed, and let the rebuild find out what
                changed.add(".");
                continue;
            }
            Path file = folder.resolve((Path) event.context());
            Path relative = root.relativize(file);
            if (!isWatched(relative) || isScratch(file.getFileName().toString())) {
                continue;
            }
            String name = relative.toString().replace('\\', '/');
            if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE) {
                if (!changed.contains(name)) {
                    born.put(name, file);
                }
                if (Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS)) {
                    registerTree(file);
                }
            }
            changed.add(name);
        }
        if (!key.reset()) {
            folders.remove(key);
        }
    }

    /**
     * Whether {@code name}, or a folder it is in, was made and removed again within the batch: no
     * change to the book (what is inside such a folder was not there before the batch either).
     */
    private static boolean cameAndWent(String name, Map<String, Path> born) {
        for (String n = name; n != null; n = n.lastIndexOf('/') < 0 ? null : n.substring(0, n.lastIndexOf('/'))) {
            Path file = born.get(n);
            if (file != null && !Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
                return true;
            }
        }
        return false;
    }

    private boolean isWatched(Path relative) {
        return relative.getNameCount() > 0 && watched.contains(relative.getName(0).toString());
    }

    /** Files editors and tools write beside the real one. */
    static boolean isScratch(String name) {
        return SCRATCH.matcher(name).matches();
    }

    // Folders may vanish while they are walked (a tool's scratch folder): each one that has is
    // skipped, and its removal comes as an event of its parent
    private void registerTree(Path top) {
        if (!Files.isDirectory(top, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try {
            Files.walkFileTree(top, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path folder, BasicFileAttributes attributes) {
                    try {
                        folders.put(folder.register(service, StandardWatchEventKinds.ENTRY_CREATE,
                                StandardWatchEventKinds.ENTRY_MODIFY, StandardWatchEventKinds.ENTRY_DELETE), folder);
                        return FileVisitResult.CONTINUE;
                    } catch (IOException e) {
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException | UncheckedIOException e) {
            // the top folder itself is gone
        }
    }

    @Override
    public void close() throws IOException {
        service.close();
    }
}
