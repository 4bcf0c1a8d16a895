package galley.read.layout;

import java.util.List;
import java.util.Optional;

/**
 * What a book layout's own files (book.toml, book.json) say of the book.
 *
 * @param language a BCP 47 tag as written
 */
public record LayoutMetadata(Optional<String> title, List<String> authors, Optional<String> language,
                             Optional<String> description) {

    public LayoutMetadata {
        authors = List.copyOf(authors);
    }

    /** A layout whose files say nothing of the book. */
    public static LayoutMetadata none() {
        return new LayoutMetadata(Optional.empty(), List.of(), Optional.empty(), Optional.empty());
    }
}
