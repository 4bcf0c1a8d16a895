package galley.manuscript;

/** A value read from a manuscript file together with the 1-based line it stands on. */
record Located<T>(T value, int line) {
}
