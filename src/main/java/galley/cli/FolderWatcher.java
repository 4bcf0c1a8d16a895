package galley.cli;

import java.io.Closeable;
import java.io.IOException;
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
import java.util.stream.Stream;

/**
 * Watches some folders of a book, and every folder inside them, for files created, changed or
 * deleted, and hands the changes over in batches once the files have been quiet for a moment, so
 * that an editor's save (often several writes and a rename) gives one rebuild. Hidden files and
 * editors' backup files are ignored.
 */
final class FolderWatcher implements Closeable {

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
        var changed = new TreeSet<String>();
        while (changed.isEmpty()) {
            collect(take(), changed);
        }
        WatchKey more;
        while ((more = poll()) != null) {
            collect(more, changed);
        }
        return changed;
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

    private void collect(WatchKey key, Set<String> changed) {
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
            if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS)) {
                registerTree(file);
            }
            changed.add(relative.toString().replace('\\', '/'));
        }
        if (!key.reset()) {
            folders.remove(key);
        }
    }

    private boolean isWatched(Path relative) {
        return relative.getNameCount() > 0 && watched.contains(relative.getName(0).toString());
    }

    /** Files editors write beside the real one: swap files, backups, hidden files. */
    private static boolean isScratch(String name) {
        return name.startsWith(".") || name.endsWith("~") || name.endsWith(".swp") || name.endsWith(".tmp")
                || name.startsWith("#");
    }

    private void registerTree(Path top) {
        if (!Files.isDirectory(top, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> tree = Files.walk(top)) {
            for (Path folder : tree.filter(p -> Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)).toList()) {
                folders.put(folder.register(service, StandardWatchEventKinds.ENTRY_CREATE,
                        StandardWatchEventKinds.ENTRY_MODIFY, StandardWatchEventKinds.ENTRY_DELETE), folder);
            }
        } catch (IOException e) {
            // a folder that vanished while being walked will be seen as deleted
        }
    }

    @Override
    public void close() throws IOException {
        service.close();
    }
}
