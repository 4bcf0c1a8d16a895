package galley.read.markdown;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;

/**
 * Which bracket closes which in a run of inline text, found in one pass: brackets nest, a backslash
 * escapes the next character, and brackets inside a code span do not count. Asking about every
 * bracket of a paragraph costs one reading of it, however many brackets are left open.
 */
final class BracketPairs {

    private final CharSequence text;
    private final int[] closing;

    private BracketPairs(CharSequence text, int[] closing) {
        this.text = text;
        this.closing = closing;
    }

    static BracketPairs of(CharSequence text) {
        int[] closing = new int[text.length()];
        Arrays.fill(closing, -1);
        int[] codeEnds = codeSpanEnds(text);
        var open = new ArrayDeque<Integer>();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '`') {
                i = Math.max(i, codeEnds[i] - 1);
            } else if (c == '[') {
                open.push(i);
            } else if (c == ']' && !open.isEmpty()) {
                closing[open.pop()] = i;
            }
        }
        return new BracketPairs(text, closing);
    }

    /** Whether these are the pairs of {@code other}, the very same text. */
    boolean isOf(CharSequence other) {
        return text == other;
    }

    /** The index of the bracket closing the one at {@code open}, or -1. */
    int closing(int open) {
        return open < closing.length ? closing[open] : -1;
    }

    // for each backtick run's first index: the index past the run closing its code span, or past
    // the run itself when no run of its length follows (it is then text)
    private static int[] codeSpanEnds(CharSequence text) {
        var starts = new ArrayList<Integer>();
        var lengths = new ArrayList<Integer>();
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\\') {
                i++;
            } else if (text.charAt(i) == '`') {
                int end = i;
                while (end < text.length() && text.charAt(end) == '`') {
                    end++;
                }
                starts.add(i);
                lengths.add(end - i);
                i = end - 1;
            }
        }
        int[] ends = new int[text.length()];
        var nextOfLength = new HashMap<Integer, Integer>();
        int[] after = new int[starts.size()];
        for (int k = starts.size() - 1; k >= 0; k--) {
            after[k] = nextOfLength.getOrDefault(lengths.get(k), -1);
            nextOfLength.put(lengths.get(k), k);
        }
        // a run closes the span a run of its length opened; the spans never overlap, so runs are read in order
        for (int k = 0; k < starts.size(); ) {
            int n = after[k];
            int start = starts.get(k);
            if (n < 0) {
                ends[start] = start + lengths.get(k);
                k++;
            } else {
                ends[start] = starts.get(n) + lengths.get(n);
                k = n + 1;
            }
        }
        return ends;
    }
}
