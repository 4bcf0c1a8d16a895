package galley.book;

import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ext.definition.DefinitionExtension;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.sequence.BasedSequence;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Points the link and image destinations of a CommonMark example, which name pages and pictures
 * of a web site ({@code /url}, {@code foo}, {@code train.jpg}), at places a book has: a web address
 * for a link, the book's one picture for an image. Nothing else of the example changes, so every
 * construct the example shows is still parsed as the spec means it. A book cannot keep a link to a
 * page it does not hold; Galley rightly reports one as a problem.
 */
final class SpecDestinations {

    static final String WEB = "https://example.com/spec";
    static final String PICTURE = "spec.png";

    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]{1,31}:");
    private static final Pattern HTML_DESTINATION = Pattern.compile(
            "(?i)\\b(href|src)(\\s*=\\s*)(\"[^\"]*\"|'[^']*'|[^\\s\"'=<>`]+)");

    private final Parser parser;

    SpecDestinations() {
        var options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(TablesExtension.create(), StrikethroughExtension.create(),
                FootnoteExtension.create(), DefinitionExtension.create()));
        parser = Parser.builder(options).build();
    }

    /** A change to make: the characters from {@code start} to {@code end} become {@code text}. */
    private record Edit(int start, int end, String text) {
    }

    String rewrite(String markdown) {
        Document document = parser.parse(markdown);
        Set<Reference> pictures = Collections.newSetFromMap(new IdentityHashMap<>());
        var edits = new ArrayList<Edit>();
        collectPictureReferences(document, document, pictures);
        collect(document, pictures, edits);
        edits.sort(Comparator.comparingInt(Edit::start));
        var out = new StringBuilder();
        int at = 0;
        for (Edit edit : edits) {
            if (edit.start() < at) {
                continue;
            }
            out.append(markdown, at, edit.start()).append(edit.text());
            at = edit.end();
        }
        return out.append(markdown.substring(at)).toString();
    }

    private static void collectPictureReferences(Document document, Node node, Set<Reference> pictures) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof ImageRef ref && ref.isDefined()) {
                Reference reference = ref.getReferenceNode(document);
                if (reference != null) {
                    pictures.add(reference);
                }
            }
            collectPictureReferences(document, child, pictures);
        }
    }

    private static void collect(Node node, Set<Reference> pictures, List<Edit> edits) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Image image) {
                replace(image.getUrl(), PICTURE, edits);
            } else if (child instanceof Link link && !hasScheme(link.getUrl())) {
                replace(link.getUrl(), WEB, edits);
            } else if (child instanceof Reference reference) {
                if (pictures.contains(reference)) {
                    replace(reference.getUrl(), PICTURE, edits);
                } else if (!hasScheme(reference.getUrl())) {
                    replace(reference.getUrl(), WEB, edits);
                }
            } else if (child instanceof HtmlInline || child instanceof HtmlBlock) {
                html(child.getChars(), edits);
            }
            collect(child, pictures, edits);
        }
    }

    private static boolean hasScheme(BasedSequence url) {
        return SCHEME.matcher(url.toString()).find();
    }

    private static void replace(BasedSequence url, String text, List<Edit> edits) {
        if (!url.isEmpty() && !url.isNull()) {
            edits.add(new Edit(url.getStartOffset(), url.getEndOffset(), text));
        }
    }

    private static void html(BasedSequence html, List<Edit> edits) {
        Matcher m = HTML_DESTINATION.matcher(html);
        while (m.find()) {
            String value = m.group(3);
            String bare = value.replaceAll("^[\"']|[\"']$", "");
            boolean picture = m.group(1).equalsIgnoreCase("src");
            if (!picture && SCHEME.matcher(bare).find()) {
                continue;
            }
            int start = html.getStartOffset() + m.start(3);
            edits.add(new Edit(start, start + value.length(), "\"" + (picture ? PICTURE : WEB) + "\""));
        }
    }
}
