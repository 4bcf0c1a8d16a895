package galley.read;

/** A value read from a manuscript file together with the 1-based line it stands on. */
public record Located<T>(T value, int line) {
}
