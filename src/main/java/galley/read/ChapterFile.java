package galley.read;

import java.nio.file.Path;

/**
 * A Markdown file of the manuscript in reading order.
 *
 * @param path the file relative to the book folder, e.g. {@code manuscript/01-intro.md}
 * @param file the file's real path, checked to lie inside the book folder
 */
public record ChapterFile(String path, Path file) {
}
