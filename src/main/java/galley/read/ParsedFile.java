package galley.read;

import com.vladsch.flexmark.util.ast.Document;

import java.util.Optional;

/**
 * A chapter file read and parsed.
 *
 * @param title the {@code title} of its front matter, if it has one
 */
public record ParsedFile(ChapterFile file, TextFile text, Document document, Optional<String> title) {
}
