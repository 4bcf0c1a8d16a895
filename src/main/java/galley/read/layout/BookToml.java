package galley.read.layout;

import galley.diagnostic.Diagnostics;
import galley.diagnostic.Problem;
import galley.read.TextFile;

import org.tomlj.Toml;
import org.tomlj.TomlArray;
import org.tomlj.TomlParseError;
import org.tomlj.TomlParseResult;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An mdBook's book.toml, read with tomlj: the {@code [book]} table's {@code title},
 * {@code authors}, {@code language}, {@code description} and {@code src}; a syntax error is
 * reported at its line.
 */
final class BookToml {

    private static final long MAX_BYTES = 1024 * 1024;

    private final TomlParseResult toml;

    private BookToml(TomlParseResult toml) {
        this.toml = toml;
    }

    /** The file at {@code file}, or empty when it cannot be read or parsed (reported). */
    static Optional<BookToml> read(Path file, String path, Diagnostics diagnostics) {
        Optional<TextFile> text = TextFile.read(file, path, MAX_BYTES, diagnostics);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        TomlParseResult result = Toml.parse(text.get().text());
        if (result.hasErrors()) {
            for (TomlParseError error : result.errors()) {
                Problem.LAYOUT_INVALID.report(diagnostics, path, Math.max(1, error.position().line()),
                        "book.toml is not valid TOML: " + error.getMessage());
            }
            return Optional.empty();
        }
        return Optional.of(new BookToml(result));
    }

    Optional<String> text(String key) {
        Object value = toml.get("book." + key);
        return value instanceof String s && !s.isBlank() ? Optional.of(s.strip()) : Optional.empty();
    }

    List<String> authors() {
        var out = new ArrayList<String>();
        Object value = toml.get("book.authors");
        if (value instanceof TomlArray array) {
            for (int i = 0; i < array.size(); i++) {
                if (array.get(i) instanceof String s && !s.isBlank()) {
                    out.add(s.strip());
                }
            }
        } else if (value instanceof String s && !s.isBlank()) {
            out.add(s.strip());
        }
        return out;
    }
}
