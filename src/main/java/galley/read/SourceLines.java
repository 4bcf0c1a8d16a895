package galley.read;

import galley.diagnostic.Diagnostic;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;

/**
 * Finds the line of a manuscript a character is on. The writers see the book as blocks, each with
 * the line it starts on; a problem with one character (one that no PDF font draws) is more use to
 * an author at the very line that holds it, which may be further down a paragraph written over
 * several lines.
 */
public final class SourceLines {

    private static final int MAX_LINES = 10_000;

    private SourceLines() {
    }

    /**
     * Each of {@code diagnostics} moved to the line holding the character it names ({@code U+XXXX ...}),
     * when that line lies in the same block: from the reported line down to the next blank line.
     * Anything else, or a character the file spells as an entity, comes back as it was. Each file
     * is read once.
     */
    public static List<Diagnostic> pinpoint(Path bookDir, List<Diagnostic> diagnostics) {
        Map<String, Optional<List<String>>> files = new HashMap<>();
        var out = new ArrayList<Diagnostic>(diagnostics.size());
        for (Diagnostic diagnostic : diagnostics) {
            Optional<Integer> codePoint = namedCharacter(diagnostic.message());
            if (codePoint.isEmpty()) {
                out.add(diagnostic);
                continue;
            }
            Optional<List<String>> lines = files.computeIfAbsent(diagnostic.path(), path -> read(bookDir, path));
            int line = lines.map(text -> lineOf(text, diagnostic.line(), codePoint.get())).orElse(diagnostic.line());
            out.add(new Diagnostic(diagnostic.severity(), diagnostic.code(), diagnostic.path(), line,
                    diagnostic.message()));
        }
        return out;
    }

    private static int lineOf(List<String> text, int from, int codePoint) {
        String character = Character.toString(codePoint);
        int last = Math.min(text.size(), from - 1 + MAX_LINES);
        for (int i = from - 1; i >= 0 && i < last; i++) {
            String line = text.get(i);
            if (line.contains(character)) {
                return i + 1;
            }
            if (line.isBlank() && i > from - 1) {
                break;
            }
        }
        return from;
    }

    private static Optional<Integer> namedCharacter(String message) {
        if (!message.startsWith("U+")) {
            return Optional.empty();
        }
        int end = message.indexOf(' ');
        try {
            int codePoint = Integer.parseInt(message.substring(2, end < 0 ? message.length() : end).toUpperCase(Locale.ROOT), 16);
            return Character.isValidCodePoint(codePoint) ? Optional.of(codePoint) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    // The file is read as the loader reads it: UTF-8, every line end counted once.
    private static Optional<List<String>> read(Path bookDir, String path) {
        Path file = bookDir.resolve(path).normalize();
        if (!file.startsWith(bookDir.normalize()) || !Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
            return Optional.of(List.of(text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1)));
        } catch (IOException | SecurityException e) {
            return Optional.empty();
        }
    }
}
