package galley.read;

import galley.diagnostic.Problem;
import galley.read.markdown.ContentText;
import galley.read.markdown.FencedDiv;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlBlock;
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
 * Cuts parsed files into chapters. A file that opens with a heading is cut at each heading of its
 * highest level (the level of {@code #}, or of {@code ##} in a file that has none), those headings
 * becoming chapter titles and the deeper ones sections; text before a file's first heading makes a
 * chapter titled by the front matter, the layout's contents or the file name. A file a book layout
 * nests under the one before it is a section of that chapter, its headings moved to sit under it.
 */
public final class ChapterSplitter {

    private static final Pattern COMMENTS = Pattern.compile("<!--.*?(-->|$)", Pattern.DOTALL);
    private static final Pattern TAGS = Pattern.compile("<!--.*?(-->|$)|<[^>]*>", Pattern.DOTALL);

    private ChapterSplitter() {
    }

    static List<ChapterDraft> split(List<ParsedFile> files, Diagnostics diagnostics) {
        var drafts = new ArrayList<ChapterDraft>();
        for (ParsedFile file : files) {
            int before = drafts.size();
            int depth = drafts.isEmpty() ? 0 : file.file().depth();
            if (depth > 0) {
                nested(file, depth, drafts);
            } else {
                splitFile(file, drafts);
            }
            if (drafts.size() == before) {
                Problem.CHAPTER_EMPTY.report(diagnostics, file.file().path(), 1,
                        "chapter file is empty and is left out");
            }
        }
        return drafts;
    }

    private static String fallback(ParsedFile file) {
        return file.title().or(() -> file.file().title()).orElseGet(() -> humanize(file.file().path()));
    }

    private static void splitFile(ParsedFile file, List<ChapterDraft> drafts) {
        String fallback = fallback(file);
        int top = topLevel(file);
        int shift = top - 1;
        Heading heading = null;
        var nodes = new ArrayList<Node>();
        // an HTML wrapper such as <div dir="rtl"> before the first heading opens no chapter of its own
        var wrappers = new ArrayList<Node>();
        boolean opened = false;
        int before = drafts.size();
        for (Node node = file.document().getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof Heading h && h.getLevel() == top) {
                if (opened || heading != null) {
                    drafts.add(new ChapterDraft(file, Optional.ofNullable(heading), fallback, nodes, 1, shift));
                }
                heading = h;
                nodes = new ArrayList<>();
                nodes.add(h);
                nodes.addAll(wrappers);
                wrappers.clear();
                opened = true;
            } else if (!opened && isWrapper(node)) {
                wrappers.add(node);
            } else if (isContent(node)) {
                nodes.addAll(wrappers);
                wrappers.clear();
                nodes.add(node);
                opened = true;
            }
        }
        nodes.addAll(wrappers);
        if (opened || (drafts.size() == before && file.title().isPresent())) {
            drafts.add(new ChapterDraft(file, Optional.ofNullable(heading), fallback, nodes, 1, shift));
        }
    }

    // A nested file is one section: its first heading, when it opens with one, at the level under its
    // parent's, else a heading made from its title there and its own headings under that.
    private static void nested(ParsedFile file, int depth, List<ChapterDraft> drafts) {
        var nodes = new ArrayList<Node>();
        Heading heading = null;
        int least = 7;
        for (Node node = file.document().getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof Heading h) {
                least = Math.min(least, h.getLevel());
                if (nodes.stream().noneMatch(ChapterSplitter::opensChapter)) {
                    heading = h;
                    nodes.add(0, h);
                    continue;
                }
            }
            if (isContent(node)) {
                nodes.add(node);
            }
        }
        if (nodes.isEmpty() && file.title().isEmpty() && file.file().title().isEmpty()) {
            return;
        }
        int level = Math.min(6, depth + 1);
        int shift = heading != null ? least - level : least - Math.min(6, level + 1);
        drafts.add(new ChapterDraft(file, Optional.ofNullable(heading), fallback(file), nodes, level, shift));
    }

    // The level at which the file is cut into chapters: 1, or the highest level of its headings when
    // it opens with a heading and neither has a # heading nor a title in its front matter.
    private static int topLevel(ParsedFile file) {
        if (file.title().isPresent()) {
            return 1;
        }
        int least = 7;
        boolean first = true;
        for (Node node = file.document().getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof Heading h) {
                least = Math.min(least, h.getLevel());
                first = false;
            } else if (first && opensChapter(node)) {
                return 1;
            }
        }
        return least == 7 ? 1 : least;
    }

    private static boolean opensChapter(Node node) {
        return isContent(node) && !isWrapper(node);
    }

    /** Whether {@code node} is raw HTML of tags and comments only, such as {@code <div dir="rtl">}. */
    private static boolean isWrapper(Node node) {
        return node instanceof HtmlBlock html && TAGS.matcher(ContentText.of(html)).replaceAll("").isBlank();
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
