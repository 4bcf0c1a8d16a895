package galley.read.layout;

import galley.diagnostic.Diagnostics;
import galley.diagnostic.Problem;
import galley.read.ChapterFile;
import galley.read.SourceFilter;
import galley.read.TextFile;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Leanpub's own markup, made Markdown line for line (so every line keeps its number): the asides
 * {@code A>}, {@code W>}, {@code T>}, {@code E>}, {@code I>}, {@code Q>}, {@code D>} and
 * {@code X>} become block quotes marked as divisions with an admonition class; {@code {pagebreak}}
 * becomes a thematic break; {@code {frontmatter}}, {@code {mainmatter}} and {@code {backmatter}}
 * are read and leave nothing. Lines inside fenced code are left as they are.
 */
final class LeanpubMarkup implements SourceFilter {

    /** Each aside's classes: the admonition Galley styles first, then Leanpub's own name for it. */
    static final Map<Character, List<String>> ASIDES = Map.of(
            'A', List.of("note", "aside"),
            'W', List.of("warning"),
            'T', List.of("tip"),
            'E', List.of("caution", "error"),
            'I', List.of("note", "information"),
            'Q', List.of("note", "question"),
            'D', List.of("note", "discussion"),
            'X', List.of("note", "exercise"));

    private static final Pattern ASIDE = Pattern.compile("[AWTEIQDX]>( .*)?");
    private static final Pattern MATTER = Pattern.compile("\\{(frontmatter|mainmatter|backmatter)}\\s*");
    private static final Pattern PAGE_BREAK = Pattern.compile("\\{pagebreak}\\s*");
    private static final Pattern FENCE = Pattern.compile("\\s{0,3}(```|~~~).*");

    @Override
    public Filtered apply(TextFile source, ChapterFile file, Diagnostics diagnostics) {
        String[] lines = source.text().split("\n", -1);
        var classes = new HashMap<Integer, List<String>>();
        boolean fenced = false;
        boolean markers = false;
        boolean text = false;
        char aside = 0;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (FENCE.matcher(line).matches()) {
                fenced = !fenced;
            }
            if (!fenced && ASIDE.matcher(line).matches()) {
                if (line.charAt(0) != aside) {
                    aside = line.charAt(0);
                    classes.put(i + 1, ASIDES.get(aside));
                }
                // the letter becomes a space: a block quote whose text stands in the same columns
                lines[i] = " " + line.substring(1);
                continue;
            }
            aside = 0;
            if (!fenced && MATTER.matcher(line).matches()) {
                lines[i] = "";
                markers = true;
                if (line.startsWith("{frontmatter}") || line.startsWith("{backmatter}")) {
                    Problem.LAYOUT_MARKER.report(diagnostics, file.path(), i + 1, line.strip()
                            + " is read: the chapters that follow are set as the others are (Galley numbers no "
                            + "chapter, and numbers every body page with Arabic numerals)");
                }
            } else if (!fenced && PAGE_BREAK.matcher(line).matches()) {
                lines[i] = "***";
            }
            text |= !lines[i].isBlank();
        }
        return new Filtered(new TextFile(source.path(), String.join("\n", lines)), classes, markers && !text);
    }
}
