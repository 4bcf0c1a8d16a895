package galley.model;

import java.util.Optional;

/** Where a link leads: a web address, or a place in the book resolved by the loader. */
public sealed interface LinkTarget {

    /** An address outside the book, such as {@code https:} or {@code mailto:}. */
    record External(String uri) implements LinkTarget {
    }

    /** A chapter of the book, and optionally an anchor inside it (empty means the chapter's start). */
    record Internal(int chapter, Optional<String> anchor) implements LinkTarget {
    }
}
