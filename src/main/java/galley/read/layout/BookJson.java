package galley.read.layout;

import galley.diagnostic.Diagnostics;
import galley.read.TextFile;
import galley.read.yaml.YamlDocument;

import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A GitBook's book.json, read through the safe YAML loader (JSON is YAML): its {@code title},
 * {@code author}, {@code language}, {@code description} and {@code root}.
 */
final class BookJson {

    private static final long MAX_BYTES = 1024 * 1024;

    private final Optional<Node> root;

    private BookJson(Optional<Node> root) {
        this.root = root;
    }

    /** The file at {@code file}; one that is absent or faulty (reported) says nothing. */
    static BookJson read(Optional<Path> file, String path, Diagnostics diagnostics) {
        if (file.isEmpty()) {
            return new BookJson(Optional.empty());
        }
        return new BookJson(TextFile.read(file.get(), path, MAX_BYTES, diagnostics)
                .flatMap(text -> new YamlDocument(path, 1).compose(text.text(), diagnostics)));
    }

    Optional<String> text(String key) {
        return root.stream().flatMap(r -> YamlDocument.entries(r).stream())
                .filter(t -> YamlDocument.keyText(t).filter(key::equals).isPresent())
                .map(NodeTuple::getValueNode)
                .flatMap(n -> YamlDocument.scalar(n).stream())
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .findFirst();
    }

    LayoutMetadata metadata() {
        return new LayoutMetadata(text("title"), text("author").map(List::of).orElse(List.of()), text("language"),
                text("description"));
    }
}
