package galley.read.layout;

import galley.diagnostic.Diagnostics;
import galley.diagnostic.Problem;
import galley.read.BookPaths;
import galley.read.ChapterFile;
import galley.read.SourceFilter;
import galley.read.TextFile;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * mdBook's {@code {{#include file}}}, {@code {{#include file:start:end}}},
 * {@code {{#include file:anchor}}} and {@code {{#rustdoc_include …}}}, replaced by the text they
 * name. Only files inside the book folder are read (a path that leaves it, lexically or through a
 * link, is refused at its line), at most {@value #MAX_DEPTH} includes deep, never in a cycle; the
 * lines an include brings are reported at the line of the include.
 */
final class MdBookIncludes implements SourceFilter {

    static final int MAX_DEPTH = 10;
    static final long MAX_CHARS = 32L * 1024 * 1024;

    private static final Pattern DIRECTIVE =
            Pattern.compile("(\\\\?)\\{\\{\\s*#(include|rustdoc_include)\\s+([^}]*?)\\s*}}");
    private static final Pattern ANCHOR = Pattern.compile("ANCHOR(_END)?:\\s*([\\w-]+)");
    private static final Pattern NUMBER = Pattern.compile("\\d*");

    private final BookPaths paths;
    private final Set<Path> included = ConcurrentHashMap.newKeySet();

    MdBookIncludes(BookPaths paths) {
        this.paths = paths;
    }

    /** The files read through an include so far. */
    Set<Path> included() {
        return Set.copyOf(included);
    }

    @Override
    public Filtered apply(TextFile text, ChapterFile file, Diagnostics diagnostics) {
        if (!text.text().contains("{{")) {
            return new Filtered(text, Map.of());
        }
        var run = new Run(diagnostics);
        run.stack.push(file.file());
        String[] lines = text.text().split("\n", -1);
        var out = new StringBuilder();
        var reported = new ArrayList<Integer>();
        for (int i = 0; i < lines.length; i++) {
            String expanded = run.line(lines[i], text.path(), i + 1, file.file().getParent());
            for (int n = 0; n < expanded.split("\n", -1).length; n++) {
                reported.add(i + 1);
            }
            out.append(expanded);
            if (i + 1 < lines.length) {
                out.append('\n');
            }
        }
        return new Filtered(new TextFile(text.path(), out.toString(),
                reported.stream().mapToInt(Integer::intValue).toArray()), Map.of());
    }

    /** One chapter file's expansion: the files open above the one being read, and the text so far. */
    private final class Run {
        private final Diagnostics diagnostics;
        private final Deque<Path> stack = new ArrayDeque<>();
        private long chars;

        Run(Diagnostics diagnostics) {
            this.diagnostics = diagnostics;
        }

        String line(String line, String path, int lineNumber, Path dir) {
            Matcher m = DIRECTIVE.matcher(line);
            if (!m.find()) {
                return line;
            }
            var out = new StringBuilder();
            int last = 0;
            do {
                out.append(line, last, m.start());
                if (!m.group(1).isEmpty()) {
                    // \{{#include …}} is the directive written out, not applied
                    out.append(m.group().substring(1));
                } else {
                    out.append(include(m.group(3), path, lineNumber, dir));
                }
                last = m.end();
            } while (m.find());
            return out.append(line.substring(last)).toString();
        }

        private String include(String argument, String path, int line, Path dir) {
            String[] parts = argument.split(":", -1);
            String name = parts[0].strip();
            Optional<Path> lexical = paths.lexical(dir, name);
            if (lexical.isEmpty()) {
                return refuse(Problem.INCLUDE_OUTSIDE_BOOK, path, line, "include leads outside the book folder: " + name);
            }
            if (!Files.isRegularFile(lexical.get())) {
                return refuse(Problem.INCLUDE_MISSING, path, line, "included file not found: " + name);
            }
            Optional<Path> real = paths.realInside(lexical.get());
            if (real.isEmpty()) {
                return refuse(Problem.INCLUDE_OUTSIDE_BOOK, path, line,
                        "include is a link leading outside the book folder: " + name);
            }
            if (stack.contains(real.get())) {
                return refuse(Problem.INCLUDE_TOO_DEEP, path, line, "include cycle: " + name + " includes itself");
            }
            if (stack.size() > MAX_DEPTH) {
                return refuse(Problem.INCLUDE_TOO_DEEP, path, line, "includes nested more than " + MAX_DEPTH + " deep");
            }
            String relative = paths.relative(lexical.get());
            Optional<TextFile> text = TextFile.read(real.get(), relative, MAX_CHARS, diagnostics);
            if (text.isEmpty()) {
                return "";
            }
            included.add(real.get());
            Optional<List<String>> lines = selected(text.get().text(), parts, relative, path, line);
            if (lines.isEmpty()) {
                return "";
            }
            chars += text.get().text().length();
            if (chars > MAX_CHARS) {
                return refuse(Problem.INCLUDE_TOO_DEEP, path, line,
                        "includes bring more than " + MAX_CHARS + " characters into this file");
            }
            stack.push(real.get());
            var out = new StringBuilder();
            for (int i = 0; i < lines.get().size(); i++) {
                out.append(i == 0 ? "" : "\n").append(line(lines.get().get(i), relative, i + 1, real.get().getParent()));
            }
            stack.pop();
            return out.toString();
        }

        // The lines an include asks for: all, a range (file:2, file::10, file:2:, file:2:10) or an anchor.
        private Optional<List<String>> selected(String text, String[] parts, String relative, String path, int line) {
            List<String> all = new ArrayList<>(List.of(text.split("\n", -1)));
            if (!all.isEmpty() && all.get(all.size() - 1).isEmpty()) {
                all.remove(all.size() - 1);
            }
            List<String> chosen;
            if (parts.length == 1) {
                chosen = all;
            } else if (NUMBER.matcher(parts[1].strip()).matches() && (parts.length == 2 || NUMBER.matcher(parts[2].strip()).matches())) {
                int from = parts[1].isBlank() ? 1 : Integer.parseInt(parts[1].strip());
                int to = parts.length == 2 ? (parts[1].isBlank() ? all.size() : from)
                        : parts[2].isBlank() ? all.size() : Integer.parseInt(parts[2].strip());
                chosen = all.subList(Math.min(all.size(), Math.max(0, from - 1)), Math.max(Math.min(all.size(), Math.max(0, from - 1)), Math.min(all.size(), to)));
            } else {
                Optional<List<String>> anchored = anchored(all, parts[1].strip());
                if (anchored.isEmpty()) {
                    refuse(Problem.INCLUDE_MISSING, path, line, "anchor '" + parts[1].strip() + "' not found in " + relative);
                    return Optional.empty();
                }
                chosen = anchored.get();
            }
            return Optional.of(chosen.stream().filter(l -> !ANCHOR.matcher(l).find()).toList());
        }

        private Optional<List<String>> anchored(List<String> lines, String name) {
            int start = -1;
            for (int i = 0; i < lines.size(); i++) {
                Matcher m = ANCHOR.matcher(lines.get(i));
                if (m.find() && m.group(2).equals(name)) {
                    if (m.group(1) == null && start < 0) {
                        start = i + 1;
                    } else if (m.group(1) != null && start >= 0) {
                        return Optional.of(lines.subList(start, i));
                    }
                }
            }
            return start >= 0 ? Optional.of(lines.subList(start, lines.size())) : Optional.empty();
        }

        private String refuse(Problem problem, String path, int line, String message) {
            problem.report(diagnostics, path, line, message);
            return "";
        }
    }
}
