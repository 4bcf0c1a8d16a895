package galley.model;

/** Where a piece of the model came from: a file relative to the book folder and a 1-based line. */
public record Source(String path, int line) {

    /** A place for things that have no single line, such as generated pages. */
    public static Source of(String path) {
        return new Source(path, 1);
    }
}
