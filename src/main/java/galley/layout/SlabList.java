package galley.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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

    /**
     * Anchors {@code id} at the top of the first strip from {@code index} on that stays at the top of a page,
     * or in an empty strip at the end when there is none.
     */
    void anchor(int index, String id, int block) {
        for (int i = index; i < slabs.size(); i++) {
            if (!slabs.get(i).discardable()) {
                slabs.set(i, slabs.get(i).withAnchor(id));
                return;
            }
        }
        add(Slab.fixedSpace(0f, Map.of(id, 0f), block));
    }

    /** Draws a vertical rule at {@code x} down the whole height of strip {@code index}. */
    void ruleBeside(int index, float x, float thickness) {
        Slab slab = slabs.get(index);
        var items = new ArrayList<>(slab.items());
        items.add(new PageItem.Rule(x, 0f, x, -slab.height(), thickness, PageItem.Tone.BLACK));
        slabs.set(index, slab.withItems(items));
    }

    /** Moves the items of strip {@code index} across by {@code dx}. */
    void shift(int index, float dx) {
        Slab slab = slabs.get(index);
        slabs.set(index, slab.withItems(slab.items().stream().map(item -> Slab.moved(item, dx, 0f)).toList()));
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
