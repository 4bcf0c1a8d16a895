package galley.layout;

/** A place in the laid-out book that links and the outline point to: a page and a height on it. */
public record Destination(int page, float y) {
}
