package galley.text;

/** Where a link on a laid-out page leads: a web address or a named anchor in the same PDF. */
public sealed interface LinkDestination {

    /** An address opened by the PDF viewer. */
    record Uri(String uri) implements LinkDestination {
    }

    /** A named place in the PDF, found in {@link LaidOutBook#anchors()}. */
    record Anchor(String name) implements LinkDestination {
    }
}
