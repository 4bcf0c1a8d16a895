package galley.read.markdown;

import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.autolink.internal.AutolinkNodePostProcessor;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.NodePostProcessor;
import com.vladsch.flexmark.parser.block.NodePostProcessorFactory;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NodeTracker;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;

import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Flexmark's autolinks as GFM's extended autolinks are (bare {@code http://}, {@code https://} and
 * {@code www.} addresses and e-mail addresses made links, nothing else: {@link GfmAutolinks}), run
 * only where one could be. Flexmark's post-processor scans every text node with a
 * regular expression and three scanners, a third of the time spent parsing a book of prose. Its
 * scanners start only at {@code ://}, {@code www.} or {@code @}; a node whose enclosing element has
 * none of these, nor a backslash or an entity that could stand for one, cannot become a link and
 * is left alone. Addresses run into CJK text are ended where it begins, and those run into Hebrew or
 * Arabic before them start after it ({@link CjkAutolinks}).
 */
public final class GatedAutolinks implements Parser.ParserExtension {

    private GatedAutolinks() {
    }

    public static GatedAutolinks create() {
        return new GatedAutolinks();
    }

    @Override
    public void parserOptions(MutableDataHolder options) {
        // no options of its own: Flexmark's processor reads its own from the document
    }

    @Override
    public void extend(Parser.Builder builder) {
        builder.postProcessorFactory(new Factory());
    }

    // What Flexmark's autolink scanners start from, and what could stand for one: an escape or an entity
    private static final String[] STARTS = {"@", "\\", "&", "://", "www."};

    /** Whether {@code text} holds something Flexmark's autolink scanners could start from. */
    static boolean mayHoldLink(String text) {
        for (String start : STARTS) {
            if (text.contains(start)) {
                return true;
            }
        }
        return false;
    }

    private static final class Factory extends NodePostProcessorFactory {
        Factory() {
            super(false);
            addNodes(Text.class);
        }

        @Override
        public NodePostProcessor apply(Document document) {
            return new Gate(new AutolinkNodePostProcessor(document));
        }
    }

    // A link never spans elements: Flexmark's processor joins a text node only with its following
    // siblings, so the parent's text holds any link the node could start. Where that text is a
    // plain stretch of the file, the places of the scanners' starts in the whole file, found once,
    // answer for every parent without copying its text.
    private static final class Gate extends NodePostProcessor {
        private final NodePostProcessor autolinks;
        private String source;
        // where each start found in source begins, ascending, and where it ends
        private int[] begins;
        private int[] ends;
        // the parents asked whether they hold CJK, Hebrew or Arabic text, and the answers
        private final Map<Node, Boolean> cjk = new IdentityHashMap<>();

        Gate(NodePostProcessor autolinks) {
            this.autolinks = autolinks;
        }

        @Override
        public void process(NodeTracker state, Node node) {
            Node parent = node.getParent();
            if (parent == null || mayHoldLink(parent.getChars())) {
                Node before = node.getPrevious();
                Node after = node.getNext();
                autolinks.process(state, node);
                if (parent != null) {
                    // only what this node became: the siblings after the one before it, up to the one after it if still there
                    Node end = after != null && after.getParent() == parent ? after : null;
                    if (endsAddresses(parent)) {
                        CjkAutolinks.split(before == null ? parent.getFirstChild() : before.getNext(), end, state, autolinks);
                    }
                    GfmAutolinks.unlinkOthers(before == null ? parent.getFirstChild() : before.getNext(), end, state);
                }
            }
        }

        // A paragraph of many nodes (links among them, which are parents too) asks this once for
        // each: its text is scanned once.
        private boolean endsAddresses(Node parent) {
            return cjk.computeIfAbsent(parent,
                    p -> CjkAutolinks.holdsCjk(p.getChars()) || CjkAutolinks.holdsRightToLeft(p.getChars()));
        }

        private boolean mayHoldLink(BasedSequence chars) {
            int start = chars.getStartOffset();
            int end = chars.getEndOffset();
            if (end - start != chars.length() || !(chars.getBase() instanceof String file) || end > file.length()) {
                return GatedAutolinks.mayHoldLink(chars.toString());
            }
            if (file != source) {
                index(file);
            }
            int at = Arrays.binarySearch(begins, start);
            for (int i = at >= 0 ? at : -at - 1; i < begins.length && begins[i] < end; i++) {
                if (ends[i] <= end) {
                    return true;
                }
            }
            return false;
        }

        private void index(String file) {
            var found = new TreeMap<Integer, Integer>();
            for (String start : STARTS) {
                for (int at = file.indexOf(start); at >= 0; at = file.indexOf(start, at + 1)) {
                    found.merge(at, at + start.length(), Math::min);
                }
            }
            begins = found.keySet().stream().mapToInt(Integer::intValue).toArray();
            ends = found.values().stream().mapToInt(Integer::intValue).toArray();
            source = file;
        }
    }
}
