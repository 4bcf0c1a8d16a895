package galley.cover;

import java.util.Objects;

/**
 * The words a cover carries: the title, and a subtitle and author line that are empty when the
 * book has none.
 */
public record CoverText(String title, String subtitle, String authorLine) {

    public CoverText {
        Objects.requireNonNull(title, "title");
        subtitle = subtitle == null ? "" : subtitle.strip();
        authorLine = authorLine == null ? "" : authorLine.strip();
        title = title.strip();
        if (title.isEmpty()) {
            throw new IllegalArgumentException("a cover needs a title");
        }
    }

    /** A cover with the title alone. */
    public static CoverText titled(String title) {
        return new CoverText(title, "", "");
    }
}
