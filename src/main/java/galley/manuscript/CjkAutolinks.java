package galley.manuscript;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ast.TextBase;
import com.vladsch.flexmark.parser.block.NodePostProcessor;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NodeTracker;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * Ends bare addresses at Chinese, Japanese and Korean text. Flexmark's scanners (autolink's
 * {@code Scanners.findUrlEnd}) end an address only at white space, and CJK text has none between
 * words: {@code 网址https://example.com/page的换行。} would link everything up to the next space.
 * A bare link that holds a CJK character or a full-width form is scanned again as if each run of
 * them were a space: the addresses found in its other runs become links, the rest text. Addresses
 * written in {@code <...>} are the writer's own delimiting and are left alone.
 */
final class CjkAutolinks {

    private CjkAutolinks() {
    }

    /** Whether {@code chars} hold a character that ends a bare address. */
    static boolean holdsCjk(CharSequence chars) {
        for (int i = 0; i < chars.length(); i++) {
            char c = chars.charAt(i);
            // every such character lies at or above U+1100 (Hangul Jamo), surrogates included
            if (c >= '\u1100' && endsAddress(Character.codePointAt(chars, i))) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code c} ends a bare address: a CJK letter, a full-width form, or CJK punctuation. */
    static boolean endsAddress(int c) {
        // below the CJK radicals only Hangul's jamo are CJK: the dashes and quotes of other text are told apart at once
        if (c < 0x2E80 && (c < 0x1100 || c > 0x11FF)) {
            return false;
        }
        return switch (Character.UnicodeScript.of(c)) {
            case HAN, HIRAGANA, KATAKANA, HANGUL, BOPOMOFO -> true;
            default -> {
                Character.UnicodeBlock block = Character.UnicodeBlock.of(c);
                yield block == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
                        || block == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS
                        || block == Character.UnicodeBlock.CJK_COMPATIBILITY_FORMS
                        || block == Character.UnicodeBlock.VERTICAL_FORMS
                        || block == Character.UnicodeBlock.KATAKANA
                        || block == Character.UnicodeBlock.ENCLOSED_CJK_LETTERS_AND_MONTHS
                        || block == Character.UnicodeBlock.CJK_COMPATIBILITY;
            }
        };
    }

    /**
     * Splits each bare link among {@code parent}'s children (and theirs, where Flexmark gathered
     * them in a {@link TextBase}) that holds a CJK character, {@code autolinks} finding the
     * addresses in its runs without one.
     */
    static void split(Node parent, NodeTracker state, NodePostProcessor autolinks) {
        split(parent.getFirstChild(), null, state, autolinks);
    }

    /** As {@link #split(Node, NodeTracker, NodePostProcessor)}, for the siblings from {@code first} up to {@code end} (exclusive; null: the last). */
    static void split(Node first, Node end, NodeTracker state, NodePostProcessor autolinks) {
        for (Node child = first; child != null && child != end; ) {
            Node next = child.getNext();
            if (child instanceof TextBase) {
                split(child, state, autolinks);
            } else if (isBare(child) && holdsCjk(child.getChars())) {
                splitLink(child, state, autolinks);
            }
            child = next;
        }
    }

    private static boolean isBare(Node node) {
        return node instanceof AutoLink auto && auto.getOpeningMarker().isEmpty()
                || node instanceof MailLink mail && mail.getOpeningMarker().isEmpty();
    }

    private static void splitLink(Node link, NodeTracker state, NodePostProcessor autolinks) {
        BasedSequence chars = link.getChars();
        for (int start = 0; start < chars.length(); ) {
            boolean cjk = endsAddress(Character.codePointAt(chars, start));
            int end = start;
            while (end < chars.length() && endsAddress(Character.codePointAt(chars, end)) == cjk) {
                end += Character.charCount(Character.codePointAt(chars, end));
            }
            var run = new Text(chars.subSequence(start, end));
            if (cjk) {
                link.insertBefore(run);
                state.nodeAdded(run);
            } else {
                // alone in a holder of its own, the run is scanned as a whole text: no sibling to
                // join, and what Flexmark makes of it lands in the holder in order
                var holder = new TextBase(run.getChars());
                link.insertBefore(holder);
                holder.appendChild(run);
                state.nodeAddedWithChildren(holder);
                autolinks.process(state, run);
                while (holder.getFirstChild() != null) {
                    link.insertBefore(holder.getFirstChild());
                }
                holder.unlink();
                state.nodeRemoved(holder);
            }
            start = end;
        }
        link.unlink();
        state.nodeRemovedWithChildren(link);
    }
}
