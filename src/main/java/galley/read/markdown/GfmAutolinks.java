package galley.read.markdown;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ast.TextBase;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NodeTracker;

import java.util.Locale;

/**
 * Keeps the bare addresses that GFM's extended autolinks make links, and only those: Flexmark links
 * any {@code scheme://} found in prose ({@code git://host/repo.git}, a lone {@code ssh://}), which GFM
 * and pandoc leave as text and which an EPUB may not link (EPUBCheck's RSC-005 and HTM-025).
 * Addresses written in {@code <...>} are the author's explicit links and are left to the link
 * resolver.
 */
final class GfmAutolinks {

    private GfmAutolinks() {
    }

    /** Whether GFM makes a link of bare text {@code written}: {@code www.}, {@code http://} or {@code https://}. */
    static boolean linksBare(CharSequence written) {
        String start = written.subSequence(0, Math.min(8, written.length())).toString().toLowerCase(Locale.ROOT);
        return start.startsWith("www.") || start.startsWith("http://") || start.startsWith("https://");
    }

    /** Makes text of each bare link from {@code first} up to {@code end} (exclusive; null: the last) that GFM would not make. */
    static void unlinkOthers(Node first, Node end, NodeTracker state) {
        for (Node child = first; child != null && child != end; ) {
            Node next = child.getNext();
            if (child instanceof TextBase) {
                unlinkOthers(child.getFirstChild(), null, state);
            } else if (child instanceof AutoLink link && link.getOpeningMarker().isEmpty() && !linksBare(link.getText().unescape())) {
                var text = new Text(link.getChars());
                link.insertBefore(text);
                state.nodeAdded(text);
                link.unlink();
                state.nodeRemovedWithChildren(link);
            }
            child = next;
        }
    }
}
