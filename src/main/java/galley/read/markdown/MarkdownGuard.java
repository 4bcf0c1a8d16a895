package galley.read.markdown;

import galley.diagnostic.Problem;
import galley.read.TextFile;

import galley.diagnostic.Diagnostics;

import java.util.Locale;

/**
 * Looks over a Markdown text before it is parsed and refuses shapes no book needs that would
 * make parsing take unbounded time or stack: containers nested hundreds deep, paragraphs of
 * millions of characters, and blocks of tens of thousands of lines or backslash escapes (Flexmark
 * grows the segment list of a text by one entry at a time, so its cost is the square of those).
 */
public final class MarkdownGuard {

    /** Deepest nesting of block quotes and lists a chapter may use. */
    public static final int MAX_DEPTH = 200;
    /** Longest run of non-blank lines (a paragraph, list, table or code block), in characters. */
    static final int MAX_BLOCK_CHARS = 2_000_000;
    /** Most lines in one run of non-blank lines: a 20 000-row table still parses in a few seconds. */
    static final int MAX_BLOCK_LINES = 20_000;
    /** Most backslash escapes in one run of non-blank lines. */
    static final int MAX_BLOCK_ESCAPES = 20_000;

    private MarkdownGuard() {
    }

    /** Whether {@code text} may be parsed; when not, the reason is reported at its line. */
    public static boolean admits(TextFile text, Diagnostics diagnostics) {
        String s = text.text();
        int line = 1;
        int blockStart = -1;
        int blockLine = 1;
        int escapes = 0;
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
                    escapes = 0;
                }
                escapes += count(s, start, end, '\\');
                String excess = excess(end - blockStart, line - blockLine + 1, escapes);
                if (excess != null) {
                    Problem.BLOCK_TOO_LONG.report(diagnostics, text.path(), blockLine,
                            "this paragraph or block " + excess + "; split it with blank lines");
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

    private static String excess(int chars, int lines, int escapes) {
        if (chars > MAX_BLOCK_CHARS) {
            return String.format(Locale.ROOT, "is longer than %,d characters", MAX_BLOCK_CHARS);
        }
        if (lines > MAX_BLOCK_LINES) {
            return String.format(Locale.ROOT, "has more than %,d lines", MAX_BLOCK_LINES);
        }
        if (escapes > MAX_BLOCK_ESCAPES) {
            return String.format(Locale.ROOT, "has more than %,d backslash escapes", MAX_BLOCK_ESCAPES);
        }
        return null;
    }

    // Looks only within the line: String.indexOf would run on to the end of the file on every
    // line that has no such character, which made a chapter's check grow with its square.
    private static int count(String s, int start, int end, char c) {
        int n = 0;
        for (int i = start; i < end; i++) {
            if (s.charAt(i) == c) {
                n++;
            }
        }
        return n;
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
