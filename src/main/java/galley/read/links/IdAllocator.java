package galley.read.links;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** Hands out anchors unique across the book, adding -2, -3 ... to a wanted id already taken. */
public final class IdAllocator {

    private final Set<String> taken = new HashSet<>();
    private final Map<String, Integer> nextSuffix = new HashMap<>();

    /** {@code wanted} itself when free, else the first free {@code wanted-N}. */
    String allocate(String wanted) {
        if (taken.add(wanted)) {
            return wanted;
        }
        int n = nextSuffix.getOrDefault(wanted, 2);
        while (!taken.add(wanted + "-" + n)) {
            n++;
        }
        nextSuffix.put(wanted, n + 1);
        return wanted + "-" + n;
    }
}
