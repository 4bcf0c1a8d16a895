package galley.read;

import galley.read.markdown.ExampleItem;

import com.vladsch.flexmark.util.ast.Node;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The numbers of pandoc's example list items, counted in reading order across the whole book (not
 * per list), and of their labels, which text before or after an item may refer to.
 */
public final class ExampleNumbers {

    private final Map<Node, Integer> numbers = new IdentityHashMap<>();
    private final Map<String, Integer> labels = new HashMap<>();

    /** The numbers of the example items of {@code files}, in the order given. */
    static ExampleNumbers of(List<ParsedFile> files) {
        var book = new ExampleNumbers();
        for (ParsedFile file : files) {
            for (Node node : file.document().getDescendants()) {
                if (node instanceof ExampleItem item) {
                    int number = book.numbers.size() + 1;
                    book.numbers.put(item, number);
                    // as pandoc: a label used twice keeps the number of its first item
                    if (!item.label().isEmpty()) {
                        book.labels.putIfAbsent(item.label(), number);
                    }
                }
            }
        }
        return book;
    }

    /** The number of {@code item}. */
    public int numberOf(ExampleItem item) {
        return numbers.getOrDefault(item, 1);
    }

    /** The number of the item labelled {@code label}, if one is. */
    public Optional<Integer> ofLabel(String label) {
        return Optional.ofNullable(labels.get(label));
    }
}
