package galley.read;

import galley.diagnostic.Problem;
import galley.read.markdown.ContentText;
import galley.read.markdown.FencedDiv;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ext.footnotes.FootnoteBlock;
import com.vladsch.flexmark.ext.yaml.front.matter.YamlFrontMatterBlock;
import com.vladsch.flexmark.util.ast.BlankLine;
import com.vladsch.flexmark.util.ast.Node;
import galley.diagnostic.Diagnostics;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Cuts parsed files into chapters: each level-1 heading starts one, and text before a file's
 * first level-1 heading makes a chapter titled by the front matter or the file name.
 */
public final class ChapterSplitter {

    private static final Pattern COMMENTS = Pattern.compile("<!--.*?(-->|$)", Pattern.DOTALL);

    private ChapterSplitter() {
    }

    static List<ChapterDraft> split(List<ParsedFile> files, Diagnostics diagnostics) {
        var drafts = new ArrayList<ChapterDraft>();
        for (ParsedFile file : files) {
            int before = drafts.size();
            splitFile(file, drafts);
            if (drafts.size() == before) {
                Problem.CHAPTER_EMPTY.report(diagnostics, file.file().path(), 1,
                        "chapter file is empty and is left out");
            }
        }
        return drafts;
    }

    private static void splitFile(ParsedFile file, List<ChapterDraft> drafts) {
        String fallback = file.title().orElseGet(() -> humanize(file.file().path()));
        Heading heading = null;
        var nodes = new ArrayList<Node>();
        boolean opened = false;
        int before = drafts.size();
        for (Node node = file.document().getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof Heading h && h.getLevel() == 1) {
                if (opened || heading != null) {
                    drafts.add(new ChapterDraft(file, Optional.ofNullable(heading), fallback, nodes));
                }
                heading = h;
                nodes = new ArrayList<>();
                nodes.add(h);
                opened = true;
            } else if (isContent(node)) {
                nodes.add(node);
                opened = true;
            }
        }
        if (opened || (drafts.size() == before && file.title().isPresent())) {
            drafts.add(new ChapterDraft(file, Optional.ofNullable(heading), fallback, nodes));
        }
    }

    // Definitions and comments may stand anywhere without making a chapter of their own; text after a
    // comment on its line belongs to the comment's block, and is content.
    public static boolean isContent(Node node) {
        if (node instanceof HtmlCommentBlock comment) {
            return !COMMENTS.matcher(ContentText.of(comment)).replaceAll("").isBlank();
        }
        return !(node instanceof YamlFrontMatterBlock || node instanceof FootnoteBlock || node instanceof Reference
                || node instanceof BlankLine || node instanceof FencedDiv.End);
    }

    /** A title from a file name: "03-the-long-road.md" gives "The long road". */
    static String humanize(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        String base = dot > 0 ? name.substring(0, dot) : name;
        String words = base.replaceFirst("^[0-9]+[-_. ]+", "").replace('_', ' ').replace('-', ' ').strip();
        if (words.isEmpty()) {
            words = base;
        }
        int first = words.codePointAt(0);
        return new StringBuilder().appendCodePoint(Character.toUpperCase(first))
                .append(words.substring(Character.charCount(first))).toString();
    }
}
