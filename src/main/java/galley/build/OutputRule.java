package galley.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Collection;

/**
 * Where a build may write: a real folder (never a symbolic link, which would carry the editions and
 * the site's files into a folder the author did not name), outside the manuscript and covers folders
 * that the build reads, and only over regular files of the names it writes.
 */
final class OutputRule {

    private OutputRule() {
    }

    /** Refuses {@code outDir} for the book in {@code bookDir}, with the reason, before anything is read or written. */
    static void checkFolder(Path bookDir, Path outDir) throws IOException {
        if (Files.isSymbolicLink(outDir)) {
            throw new IOException("the output folder is a symbolic link; Galley writes only into a real folder"
                    + " (remove the link, or name the folder it points to with --output)");
        }
        if (Files.exists(outDir, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(outDir, LinkOption.NOFOLLOW_LINKS)) {
            throw new IOException("the output folder is not a folder");
        }
        Path out = real(outDir);
        for (String read : new String[] {"manuscript", "covers"}) {
            Path source = real(bookDir.resolve(read));
            if (out.startsWith(source)) {
                throw new IOException("the output folder is inside " + read + "/, which the build reads;"
                        + " choose a folder outside it");
            }
        }
    }

    /**
     * Refuses to replace anything but a regular file (a folder, a link) under one of {@code names},
     * so that a build either replaces all its files or none.
     */
    static void checkTargets(Path outDir, Collection<String> names) throws IOException {
        for (String name : names) {
            Path target = outDir.resolve(name);
            if (Files.exists(target, LinkOption.NOFOLLOW_LINKS) && !Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)) {
                throw new IOException(name + " in the output folder is not a regular file (a folder or a link);"
                        + " nothing was replaced");
            }
        }
    }

    // the real path of the longest part that exists, with the rest added, so that a folder not made
    // yet is judged by where it will be made
    private static Path real(Path path) throws IOException {
        Path absolute = path.toAbsolutePath().normalize();
        Path existing = absolute;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return absolute;
        }
        return existing.toRealPath().resolve(existing.relativize(absolute));
    }
}
