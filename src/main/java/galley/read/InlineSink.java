package galley.read;

import galley.model.Inline;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects a run of inlines: adjacent text merged into one {@link Inline.Text}, runs of spaces
 * between pieces made one, soft line breaks made a space (none between two CJK characters), and
 * the space before a spaced dash made a no-break space.
 */
public final class InlineSink {

    private static final char NO_BREAK_SPACE = '\u00A0';

    private final OneLetterWords ties;
    private final List<Inline> out = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();
    private boolean softBreak;

    /** A sink that ties the one-letter words {@code ties} holds (null: none) to the word after them. */
    InlineSink(OneLetterWords ties) {
        this.ties = ties;
    }

    public void text(String raw) {
        String piece = TextFile.xmlSafe(raw);
        if (piece.isEmpty()) {
            return;
        }
        if (softBreak) {
            softBreak = false;
            if (!(endsWithCjk() && isCjk(piece.codePointAt(0)))) {
                space();
            }
        }
        if (piece.charAt(0) == ' ' && endsWithSpace()) {
            text.append(piece, 1, piece.length());
        } else {
            text.append(piece);
        }
    }

    public void softBreak() {
        softBreak = true;
    }

    public void add(Inline inline) {
        if (inline instanceof Inline.Text t) {
            text(t.text());
            return;
        }
        if (softBreak) {
            softBreak = false;
            space();
        }
        flush(!(inline instanceof Inline.LineBreak));
        out.add(inline);
    }

    public void addAll(List<Inline> inlines) {
        inlines.forEach(this::add);
    }

    /** The inlines gathered, white space trimmed at both ends. */
    public List<Inline> build() {
        flush(false);
        if (!out.isEmpty() && out.get(0) instanceof Inline.Text first) {
            replaceOrDrop(0, first.text().stripLeading());
        }
        if (!out.isEmpty() && out.get(out.size() - 1) instanceof Inline.Text last) {
            replaceOrDrop(out.size() - 1, last.text().stripTrailing());
        }
        return List.copyOf(out);
    }

    /** The inlines gathered as they stand, for content nested in a style or link. */
    public List<Inline> buildUntrimmed() {
        if (softBreak) {
            softBreak = false;
            space();
        }
        // content nested in a style or link may be followed by more text, so its last space stays breakable
        flush(false);
        return List.copyOf(out);
    }

    private void replaceOrDrop(int index, String value) {
        if (value.isEmpty()) {
            out.remove(index);
        } else {
            out.set(index, new Inline.Text(value));
        }
    }

    private void space() {
        if (!endsWithSpace()) {
            text.append(' ');
        }
    }

    private boolean endsWithSpace() {
        if (text.length() > 0) {
            return text.charAt(text.length() - 1) == ' ';
        }
        return !out.isEmpty() && out.get(out.size() - 1) instanceof Inline.Text t && t.text().endsWith(" ");
    }

    private boolean endsWithCjk() {
        return text.length() > 0 && isCjk(text.codePointBefore(text.length()));
    }

    private void flush(boolean moreFollows) {
        if (text.length() > 0) {
            if (ties != null) {
                ties.tie(text, moreFollows);
            }
            String joined = text.toString();
            // most text has no dash at all: a search of the string finds that out quickest
            if (joined.indexOf('\u2014') >= 0 || joined.indexOf('\u2013') >= 0) {
                tieDashes();
                joined = text.toString();
            }
            out.add(new Inline.Text(joined));
            text.setLength(0);
        }
    }

    /**
     * Makes the space before a spaced dash (a word — another, a word – another) a no-break space, so
     * that the dash never opens a line, as Russian typesetting requires and every language is better
     * for. A dash that opens a paragraph or a line, as in dialogue, has no space before it to tie.
     */
    private void tieDashes() {
        boolean lineStart = out.isEmpty() || out.get(out.size() - 1) instanceof Inline.LineBreak;
        for (int at = 1; at < text.length(); at++) {
            char c = text.charAt(at);
            if ((c == '\u2014' || c == '\u2013') && text.charAt(at - 1) == ' '
                    && (at + 1 == text.length() || text.charAt(at + 1) == ' ')
                    && (at > 1 ? text.charAt(at - 2) != ' ' : !lineStart)) {
                text.setCharAt(at - 1, NO_BREAK_SPACE);
            }
        }
    }

    // Chinese and Japanese do not put spaces between words, so a line break there is no space.
    private static boolean isCjk(int c) {
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || (c >= 0x3000 && c <= 0x303F)
                || (c >= 0xFF00 && c <= 0xFFEF);
    }
}
