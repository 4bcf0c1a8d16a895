package galley.book;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The examples of the CommonMark specification, read from the copy flexmark's test artifact ships
 * ({@code com.vladsch.flexmark:flexmark-test-specs}, test scope): each example's Markdown with its
 * tabs restored, and the section of the spec it belongs to.
 */
final class CommonMarkSpec {

    /** The spec's version, as the file name in the artifact gives it. */
    static final String VERSION = "0.30";

    private static final String FENCE = "````````````````````````````````";

    /** One example: its number in the spec (from 1), its section, its Markdown and the HTML the spec expects. */
    record Example(int number, String section, String markdown, String html) {
    }

    private CommonMarkSpec() {
    }

    static List<Example> examples() throws IOException {
        String resource = "/spec." + VERSION + ".txt";
        try (InputStream in = CommonMarkSpec.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("no " + resource + " on the test class path (flexmark-test-specs)");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    // The spec shows tabs as arrows.
    private static String tabs(StringBuilder text) {
        return text.toString().replace('\u2192', '\t');
    }

    static List<Example> parse(String spec) {
        var examples = new ArrayList<Example>();
        String section = "";
        StringBuilder markdown = null;
        StringBuilder html = null;
        for (String line : spec.split("\n", -1)) {
            if (markdown == null) {
                if (line.startsWith(FENCE + " example")) {
                    markdown = new StringBuilder();
                } else if (line.startsWith("#")) {
                    section = line.replaceFirst("^#+\\s*", "").strip();
                }
            } else if (line.equals(FENCE)) {
                examples.add(new Example(examples.size() + 1, section, tabs(markdown), html == null ? "" : tabs(html)));
                markdown = null;
                html = null;
            } else if (html == null && line.equals(".")) {
                html = new StringBuilder();
            } else {
                (html == null ? markdown : html).append(line).append('\n');
            }
        }
        return examples;
    }
}
