package galley.read.layout;

import galley.diagnostic.Diagnostics;
import galley.read.SourceChars;
import galley.read.TextFile;
import galley.read.markdown.NodeText;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.ListBlock;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A SUMMARY.md, mdBook's and GitBook's table of contents, read with Flexmark: its links to chapter
 * files (prefix and suffix chapters outside the lists, numbered ones nested in them), its part
 * titles (headings after the first link or after a first title heading) and its draft chapters
 * (a link with no file, or an item with no link).
 */
final class SummaryFile {

    /** What one line of the contents gives. */
    enum Kind { CHAPTER, DRAFT, PART }

    /**
     * One entry of the contents.
     *
     * @param text   the title as plain text
     * @param target the file linked, as written (percent-decoded, without its fragment); empty for a draft or part
     * @param source the entry's own Markdown: a part's heading line
     */
    record Entry(Kind kind, String text, String target, int line, int depth, String source) {
    }

    private static final Parser PARSER = Parser.builder().build();

    private final TextFile text;
    private final List<Entry> entries = new ArrayList<>();
    private boolean titled;

    private SummaryFile(TextFile text) {
        this.text = text;
    }

    /** The entries of the SUMMARY.md at {@code file}, or empty when it cannot be read (reported). */
    static Optional<List<Entry>> read(Path file, String path, Diagnostics diagnostics) {
        return TextFile.read(file, path, 4L * 1024 * 1024, diagnostics).map(text -> {
            var summary = new SummaryFile(text);
            summary.walk(PARSER.parse(text.text()));
            return List.copyOf(summary.entries);
        });
    }

    private void walk(Node document) {
        for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof Heading heading) {
                // the first heading before any entry is the contents' own title ("# Summary")
                if (titled || !entries.isEmpty()) {
                    entries.add(new Entry(Kind.PART, NodeText.of(heading).strip(), "", line(heading), 0,
                            "# " + heading.getText().toString().strip()));
                }
                titled = true;
            } else if (node instanceof Paragraph paragraph) {
                links(paragraph, 0);
            } else if (node instanceof ListBlock list) {
                list(list, 0);
            }
        }
    }

    private void links(Node paragraph, int depth) {
        for (Node child = paragraph.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Link link) {
                add(link, depth);
            }
        }
    }

    private void list(ListBlock list, int depth) {
        for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
            if (!(item instanceof ListItem)) {
                continue;
            }
            for (Node child = item.getFirstChild(); child != null; child = child.getNext()) {
                if (child instanceof Paragraph paragraph) {
                    Optional<Link> link = firstLink(paragraph);
                    if (link.isPresent()) {
                        add(link.get(), depth);
                    } else if (!NodeText.of(paragraph).isBlank()) {
                        entries.add(new Entry(Kind.DRAFT, NodeText.of(paragraph).strip(), "", line(paragraph), depth, ""));
                    }
                } else if (child instanceof ListBlock nested) {
                    list(nested, depth + 1);
                }
            }
        }
    }

    private static Optional<Link> firstLink(Node paragraph) {
        for (Node child = paragraph.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Link link) {
                return Optional.of(link);
            }
        }
        return Optional.empty();
    }

    private void add(Link link, int depth) {
        String url = SourceChars.unescaped(link.getUrl());
        int hash = url.indexOf('#');
        String target = galley.read.BookPaths.percentDecode(hash >= 0 ? url.substring(0, hash) : url).strip();
        Kind kind = target.isEmpty() ? Kind.DRAFT : Kind.CHAPTER;
        entries.add(new Entry(kind, NodeText.of(link).strip(), target, line(link), depth, ""));
    }

    private int line(Node node) {
        return text.lineAt(node.getStartOffset());
    }
}
