package galley.assets;

import org.xml.sax.SAXException;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Counts the elements an SVG drawing draws once every {@code <use>} is replaced by a copy of what it
 * names: ten groups each using the one before ten times draw ten billion shapes from a few lines,
 * the "billion laughs" of SVG, which no entity check catches. A drawing past
 * {@value #MAX_DRAWN} elements, or one that uses an element inside itself, is refused.
 */
final class SvgCopies {

    static final long MAX_DRAWN = 2_000_000;

    /** An element being read: how many elements it holds and which ids the uses inside it name, how often. */
    private static final class Open {
        final String id;
        long nodes = 1;
        Map<String, Long> uses;

        Open(String id) {
            this.id = id;
        }

        void use(String target, long times) {
            if (uses == null) {
                uses = new HashMap<>();
            }
            uses.merge(target, times, SvgCopies::sum);
        }
    }

    /** A finished element with an id: its own elements and the uses inside it. */
    private record Named(long nodes, Map<String, Long> uses) {
    }

    private final Deque<Open> open = new ArrayDeque<>();
    private final Map<String, Named> named = new HashMap<>();
    private Open root;

    /** An element starts; {@code useTarget} is the id a {@code <use>} names, else null. */
    void open(String id, String useTarget) {
        Open element = new Open(id);
        if (useTarget != null && !useTarget.isEmpty()) {
            element.use(useTarget, 1);
        }
        open.push(element);
    }

    /** The innermost open element ends. */
    void close() {
        Open element = open.pop();
        if (element.id != null) {
            named.putIfAbsent(element.id, new Named(element.nodes, element.uses == null ? Map.of() : Map.copyOf(element.uses)));
        }
        Open parent = open.peek();
        if (parent == null) {
            root = element;
            return;
        }
        parent.nodes = sum(parent.nodes, element.nodes);
        if (element.uses != null) {
            element.uses.forEach(parent::use);
        }
    }

    /** Refuses the drawing when its copies draw too much or use themselves; call once the root has ended. */
    void check() throws SAXException {
        Map<String, Long> cost = new HashMap<>();
        long drawn = root.nodes;
        if (root.uses != null) {
            for (Map.Entry<String, Long> use : root.uses.entrySet()) {
                drawn = sum(drawn, product(use.getValue(), cost(use.getKey(), cost, new HashSet<>())));
            }
        }
        if (drawn > MAX_DRAWN) {
            throw tooMuch();
        }
    }

    // what one copy of the element `id` draws, its own uses counted in; an unknown id draws nothing
    private long cost(String id, Map<String, Long> known, Set<String> path) throws SAXException {
        Long done = known.get(id);
        if (done != null) {
            return done;
        }
        Named element = named.get(id);
        if (element == null) {
            return 0;
        }
        if (path.size() >= SvgSanitiser.MAX_DEPTH) {
            throw SvgSanitiser.refusal(ImageException.tooLarge(
                    "SVG image nests its <use> copies too deeply: more than " + SvgSanitiser.MAX_DEPTH + " levels"));
        }
        if (!path.add(id)) {
            throw SvgSanitiser.refusal(ImageException.invalid("SVG image uses an element inside itself (#" + id + ")"));
        }
        long total = element.nodes();
        for (Map.Entry<String, Long> use : element.uses().entrySet()) {
            total = sum(total, product(use.getValue(), cost(use.getKey(), known, path)));
            if (total > MAX_DRAWN) {
                throw tooMuch();
            }
        }
        path.remove(id);
        known.put(id, total);
        return total;
    }

    private static SAXException tooMuch() {
        return SvgSanitiser.refusal(ImageException.tooLarge(String.format(
                "SVG image draws too many elements once its <use> copies are made: more than %,d", MAX_DRAWN)));
    }

    private static long sum(long a, long b) {
        long total = a + b;
        return total < 0 ? Long.MAX_VALUE : total;
    }

    private static long product(long a, long b) {
        return b != 0 && a > Long.MAX_VALUE / b ? Long.MAX_VALUE : a * b;
    }
}
