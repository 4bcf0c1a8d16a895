package galley.read.markdown;

import com.vladsch.flexmark.util.sequence.BasedSequence;

import java.util.ArrayList;
import java.util.List;

/**
 * The lines from where a block may start, read ahead in the document before Flexmark reaches them:
 * each without the prefix of the containers around the block (a quotation's {@code >}, a list
 * item's indent) and with its tabs expanded; a line without that prefix ends them, as does the
 * document's end or {@link #MAX_LINES}.
 */
final class Lookahead {

    /** Beyond this many lines no table is looked for, so that looking ahead stays cheap. */
    static final int MAX_LINES = 20_000;

    private final BasedSequence base;
    private final String prefix;
    private final List<String> lines = new ArrayList<>();
    private int next;
    private boolean ended;

    /** The lines from {@code line}, whose content begins at {@code index} (after its containers' prefix). */
    Lookahead(BasedSequence line, int index) {
        this.base = line.getBaseSequence();
        this.prefix = line.subSequence(0, index).toString();
        lines.add(expand(line.subSequence(index).toString()));
        this.next = line.getEndOffset();
        skipEol();
    }

    /**
     * The line of the document that holds {@code part} (a paragraph's line, which Flexmark keeps
     * without its leading spaces), without the prefix of these lines' containers.
     */
    String wholeLine(BasedSequence part) {
        int start = part.getStartOffset();
        while (start > 0 && base.charAt(start - 1) != '\n' && base.charAt(start - 1) != '\r') {
            start--;
        }
        String content = withoutPrefix(base.subSequence(start, part.getEndOffset()).toString());
        return expand(content == null ? part.toString() : content);
    }

    /** These lines with {@code line} before them. */
    Lookahead after(String line) {
        var ahead = new Lookahead(this);
        ahead.lines.add(line);
        ahead.lines.addAll(lines);
        return ahead;
    }

    private Lookahead(Lookahead from) {
        this.base = from.base;
        this.prefix = from.prefix;
        this.next = from.next;
        this.ended = from.ended;
    }

    /** Line {@code i} (0 is the first), or null past the end. */
    String line(int i) {
        while (lines.size() <= i && !ended) {
            readLine();
        }
        return i < lines.size() ? lines.get(i) : null;
    }

    private void readLine() {
        if (next >= base.length() || lines.size() >= MAX_LINES) {
            ended = true;
            return;
        }
        int end = next;
        while (end < base.length() && base.charAt(end) != '\n' && base.charAt(end) != '\r') {
            end++;
        }
        String text = base.subSequence(next, end).toString();
        next = end;
        skipEol();
        String content = withoutPrefix(text);
        if (content == null) {
            ended = true;
        } else {
            lines.add(expand(content));
        }
    }

    private void skipEol() {
        if (next < base.length() && base.charAt(next) == '\r') {
            next++;
        }
        if (next < base.length() && base.charAt(next) == '\n') {
            next++;
        }
    }

    // a quotation's lines repeat its '>'; a list item's carry spaces where its marker stood; a blank one may carry neither
    private String withoutPrefix(String text) {
        if (text.startsWith(prefix)) {
            return text.substring(prefix.length());
        }
        if (text.isBlank() || text.strip().equals(prefix.strip())) {
            return "";
        }
        if (prefix.indexOf('>') < 0 && text.length() >= prefix.length() && text.substring(0, prefix.length()).isBlank()) {
            return text.substring(prefix.length());
        }
        return null;
    }

    /** The line with its tabs expanded to stops every four columns, as pandoc reads a table. */
    static String expand(String line) {
        String trimmed = line.endsWith("\n") ? line.substring(0, line.length() - 1) : line;
        if (trimmed.endsWith("\r")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        if (trimmed.indexOf('\t') < 0) {
            return trimmed;
        }
        var out = new StringBuilder();
        for (int i = 0; i < trimmed.length(); i++) {
            char c = trimmed.charAt(i);
            if (c == '\t') {
                do {
                    out.append(' ');
                } while (out.length() % 4 != 0);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
