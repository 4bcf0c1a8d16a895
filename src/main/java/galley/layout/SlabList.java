package galley.layout;

import java.util.ArrayList;
import java.util.List;

/**
 * The growing list of strips of one flow, which remembers how many strips must still stay with
 * their predecessor (so that a heading keeps the first lines of its text on its page).
 */
final class SlabList {

    private final List<Slab> slabs = new ArrayList<>();
    private int keepNext;

    void add(Slab slab) {
        if (keepNext > 0 && !slabs.isEmpty()) {
            slab = slab.keptWithPrevious();
            if (!slab.discardable()) {
                keepNext--;
            }
        }
        slabs.add(slab);
    }

    /** The next {@code lines} strips of content stay on the page of the last one added. */
    void keepNext(int lines) {
        keepNext = Math.max(keepNext, lines);
    }

    /** Offers the paragraph whose first strip is strip {@code first} set indented, should its figure float away. */
    void offerIndented(int first, Slab.Reindent indented) {
        slabs.set(first, slabs.get(first).withReindent(indented));
    }

    /** Strip {@code index} stays on the page of the strip before it. */
    void keepWithPrevious(int index) {
        slabs.set(index, slabs.get(index).keptWithPrevious());
    }

    int size() {
        return slabs.size();
    }

    boolean isEmpty() {
        return slabs.isEmpty();
    }

    List<Slab> toList() {
        return List.copyOf(slabs);
    }
}
