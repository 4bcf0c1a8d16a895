package galley.model;

import java.util.Locale;
import java.util.Optional;

/** The kinds of admonition a division's class makes of it, each set apart under a label in both editions. */
public enum Admonition {
    NOTE, TIP, WARNING, CAUTION, IMPORTANT;

    /** The class that makes a division this kind of admonition: {@code warning} for {@link #WARNING}. */
    public String className() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The admonition the division's first admonition class makes of it, if it has one. */
    public static Optional<Admonition> of(Block.Division division) {
        for (String name : division.classes()) {
            for (Admonition kind : values()) {
                if (kind.className().equals(name.toLowerCase(Locale.ROOT))) {
                    return Optional.of(kind);
                }
            }
        }
        return Optional.empty();
    }
}
