package galley.site;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A page or feed skeleton from the repository with placeholders: {@code {{key}}} stands for a value,
 * escaped for HTML and XML alike; {@code {{#key}}…{{/key}}} repeats its body once per item of a
 * list (zero times for an empty one) and {@code {{^key}}…{{/key}}} shows its body only when the list
 * is empty. There is no way to insert a value unescaped. Kept rather than a Mustache library: no
 * dependency of Galley's has one, and this subset (escaped values and sections) is all two pages need.
 */
final class Template {

    private static final Pattern TAG = Pattern.compile("\\{\\{([#^/]?)([a-z][a-z0-9-]*)}}");
    // a section tag alone on its line takes the line with it, so the output has no stray blank lines
    private static final Pattern STANDALONE = Pattern.compile("(?m)^[ \\t]*(\\{\\{[#^/][a-z][a-z0-9-]*}})[ \\t]*\\n");

    private sealed interface Node permits Text, Value, Section {
    }

    private record Text(String text) implements Node {
    }

    private record Value(String key) implements Node {
    }

    private record Section(String key, boolean inverted, List<Node> body) implements Node {
    }

    private final List<Node> nodes;

    private Template(List<Node> nodes) {
        this.nodes = nodes;
    }

    /** Reads a template shipped beside this class, e.g. {@code index.html}. */
    static Template resource(String name) {
        try (InputStream in = Template.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("template missing from Galley's resources: " + name);
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Parses a template; an unbalanced section is a mistake in Galley and throws. */
    static Template parse(String source) {
        String text = STANDALONE.matcher(source).replaceAll("$1");
        Deque<List<Node>> bodies = new ArrayDeque<>();
        Deque<Section> open = new ArrayDeque<>();
        List<Node> current = new ArrayList<>();
        Matcher tag = TAG.matcher(text);
        int at = 0;
        while (tag.find()) {
            if (tag.start() > at) {
                current.add(new Text(text.substring(at, tag.start())));
            }
            at = tag.end();
            String kind = tag.group(1);
            String key = tag.group(2);
            if (kind.isEmpty()) {
                current.add(new Value(key));
            } else if (kind.equals("/")) {
                if (open.isEmpty() || !open.peek().key().equals(key)) {
                    throw new IllegalArgumentException("template closes {{/" + key + "}} that is not open");
                }
                Section section = open.pop();
                List<Node> body = current;
                current = bodies.pop();
                current.add(new Section(section.key(), section.inverted(), List.copyOf(body)));
            } else {
                open.push(new Section(key, kind.equals("^"), List.of()));
                bodies.push(current);
                current = new ArrayList<>();
            }
        }
        if (!open.isEmpty()) {
            throw new IllegalArgumentException("template leaves {{#" + open.peek().key() + "}} open");
        }
        if (at < text.length()) {
            current.add(new Text(text.substring(at)));
        }
        return new Template(List.copyOf(current));
    }

    /** Fills the template; a placeholder without a value is a mistake in Galley and throws. */
    String render(TemplateValues values) {
        var out = new StringBuilder(8192);
        Deque<TemplateValues> scopes = new ArrayDeque<>();
        scopes.push(values);
        render(nodes, scopes, out);
        return out.toString();
    }

    private static void render(List<Node> nodes, Deque<TemplateValues> scopes, StringBuilder out) {
        for (Node node : nodes) {
            if (node instanceof Text t) {
                out.append(t.text());
            } else if (node instanceof Value v) {
                out.append(escape(lookUp(scopes, v.key(), false).text(v.key())));
            } else if (node instanceof Section s) {
                List<TemplateValues> items = lookUp(scopes, s.key(), true).items(s.key());
                if (s.inverted()) {
                    if (items.isEmpty()) {
                        render(s.body(), scopes, out);
                    }
                } else {
                    for (TemplateValues item : items) {
                        scopes.push(item);
                        render(s.body(), scopes, out);
                        scopes.pop();
                    }
                }
            }
        }
    }

    // the innermost scope that knows the key, as in nested sections a value of the page is still in reach
    private static TemplateValues lookUp(Deque<TemplateValues> scopes, String key, boolean list) {
        for (TemplateValues scope : scopes) {
            if (list ? scope.hasList(key) : scope.hasText(key)) {
                return scope;
            }
        }
        throw new IllegalStateException("template " + (list ? "section {{#" : "placeholder {{") + key + "}} has no value");
    }

    /**
     * Text made safe for HTML and XML, in element content and in quoted attributes: markup
     * characters become references, and characters neither format allows (controls, noncharacters,
     * unpaired surrogates) become U+FFFD.
     */
    static String escape(String value) {
        String text = value.replace("\r\n", "\n").replace('\r', '\n');
        var out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            switch (cp) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.appendCodePoint(allowed(cp) ? cp : 0xFFFD);
            }
        }
        return out.toString();
    }

    private static boolean allowed(int cp) {
        if (cp == '\t' || cp == '\n') {
            return true;
        }
        boolean control = cp < 0x20 || (cp >= 0x7F && cp <= 0x9F);
        boolean surrogate = cp >= 0xD800 && cp <= 0xDFFF;
        boolean nonCharacter = (cp >= 0xFDD0 && cp <= 0xFDEF) || (cp & 0xFFFE) == 0xFFFE;
        return !control && !surrogate && !nonCharacter;
    }
}
