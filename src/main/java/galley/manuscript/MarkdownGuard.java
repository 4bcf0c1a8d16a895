package galley.manuscript;

import galley.diagnostic.Diagnostics;

/**
 * Looks over a Markdown text before it is parsed and refuses shapes no book needs that would
 * make parsing take unbounded time or stack: containers nested hundreds deep, and paragraphs of
 * millions of characters.
 */
final class MarkdownGuard {

    /** Deepest nesting of block quotes and lists a chapter may use. */
    static final int MAX_DEPTH = 200;
    /** Longest run of non-blank lines (a paragraph, list, table or code block), in characters. */
    static final int MAX_BLOCK_CHARS = 2_000_000;

    private MarkdownGuard() {
    }

    /** Whether {@code text} may be parsed; when not, the reason is reported at its line. */
    static boolean admits(TextFile text, Diagnostics diagnostics) {
        String s = text.text();
        int line = 1;
        int blockStart = -1;
        int blockLine = 1;
        for (int start = 0; start <= s.length(); line++) {
            int end = s.indexOf('\n', start);
            if (end < 0) {
                end = s.length();
            }
            if (isBlank(s, start, end)) {
                blockStart = -1;
            } else {
                if (blockStart < 0) {
                    blockStart = start;
                    blockLine = line;
                }
                if (end - blockStart > MAX_BLOCK_CHARS) {
                    Problem.BLOCK_TOO_LONG.report(diagnostics, text.path(), blockLine, String.format(
                            "this paragraph or block is longer than %,d characters; split it with blank lines",
                            MAX_BLOCK_CHARS));
                    return false;
                }
                if (depth(s, start, end) > MAX_DEPTH) {
                    Problem.NESTING_TOO_DEEP.report(diagnostics, text.path(), line,
                            "block quotes or lists are nested more than " + MAX_DEPTH + " deep");
                    return false;
                }
            }
            start = end + 1;
        }
        return true;
    }

    private static boolean isBlank(String s, int start, int end) {
        for (int i = start; i < end; i++) {
            char c = s.charAt(i);
            if (c != ' ' && c != '\t') {
                return false;
            }
        }
        return true;
    }

    // Counts the container markers opening a line, plus its indentation in steps of two spaces
    // when a marker follows it, which is how far the line can nest at most.
    private static int depth(String s, int start, int end) {
        int i = start;
        int indent = 0;
        while (i < end && (s.charAt(i) == ' ' || s.charAt(i) == '\t')) {
            indent += s.charAt(i) == '\t' ? 4 : 1;
            i++;
        }
        int markers = 0;
        while (i < end) {
            char c = s.charAt(i);
            int next;
            if (c == '>') {
                next = i + 1;
            } else if ((c == '-' || c == '*' || c == '+') && i + 1 < end && isSpace(s.charAt(i + 1))) {
                next = i + 1;
            } else {
                int d = i;
                while (d < end && d - i < 9 && s.charAt(d) >= '0' && s.charAt(d) <= '9') {
                    d++;
                }
                if (d == i || d >= end || (s.charAt(d) != '.' && s.charAt(d) != ')')
                        || d + 1 >= end || !isSpace(s.charAt(d + 1))) {
                    break;
                }
                next = d + 1;
            }
            markers++;
            i = next;
            while (i < end && isSpace(s.charAt(i))) {
                i++;
            }
        }
        return markers == 0 ? 0 : markers + indent / 2;
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t';
    }
}
