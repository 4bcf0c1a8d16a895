package galley.read.markdown;

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
 * them were a space: the addresses found in its other runs become links, the rest text. An address
 * does not start with a Hebrew or Arabic letter either: Hebrew attaches its prepositions to the word
 * they govern, with or without a maqaf ({@code ל־garden@example.org}, "to garden@..."), and Flexmark
 * takes any letter into an e-mail address's local part; such a bare link's leading right-to-left
 * letters are made text and the rest scanned again. Addresses written in {@code <...>} are the
 * writer's own delimiting and are left alone.
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

    /**
     * Whether {@code chars} hold a Hebrew or Arabic letter (or the maqaf, or any other character that
     * reads from right to left), which a bare address may not start with.
     */
    static boolean holdsRightToLeft(CharSequence chars) {
        for (int i = 0; i < chars.length(); i++) {
            // every such character lies at or above U+0590, Hebrew's block
            if (chars.charAt(i) >= '\u0590' && rightToLeft(chars.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean rightToLeft(char c) {
        byte d = Character.getDirectionality(c);
        return d == Character.DIRECTIONALITY_RIGHT_TO_LEFT || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC;
    }

    // the right-to-left letters a bare link starts with, with their points and marks: none in nearly every link
    private static int rightToLeftStart(CharSequence chars) {
        int end = 0;
        while (end < chars.length() && (rightToLeft(chars.charAt(end))
                || end > 0 && Character.getDirectionality(chars.charAt(end)) == Character.DIRECTIONALITY_NONSPACING_MARK)) {
            end++;
        }
        return end;
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
            } else if (isBare(child)) {
                splitPrefix(child, rightToLeftStart(child.getChars()), state, autolinks);
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
            if (cjk) {
                var run = new Text(chars.subSequence(start, end));
                link.insertBefore(run);
                state.nodeAdded(run);
            } else {
                rescan(link, chars.subSequence(start, end), state, autolinks);
            }
            start = end;
        }
        link.unlink();
        state.nodeRemovedWithChildren(link);
    }

    /** Makes the first {@code prefix} characters of a bare link text and scans the rest again; none: as it is. */
    private static void splitPrefix(Node link, int prefix, NodeTracker state, NodePostProcessor autolinks) {
        if (prefix == 0) {
            return;
        }
        var letters = new Text(link.getChars().subSequence(0, prefix));
        link.insertBefore(letters);
        state.nodeAdded(letters);
        rescan(link, link.getChars().subSequence(prefix), state, autolinks);
        link.unlink();
        state.nodeRemovedWithChildren(link);
    }

    /** Puts {@code chars} before {@code link} as the text and links {@code autolinks} finds in them. */
    private static void rescan(Node link, BasedSequence chars, NodeTracker state, NodePostProcessor autolinks) {
        // alone in a holder of its own, the run is scanned as a whole text: no sibling to
        // join, and what Flexmark makes of it lands in the holder in order
        var run = new Text(chars);
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
}
