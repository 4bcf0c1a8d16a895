package galley.book;

/**
 * A run of inline Markdown being written, together with the text a reader sees once it is set:
 * emphasis loses its asterisks, quotes become the language's marks, a note reference becomes its
 * number. The test compares the second with what the editions show.
 */
final class Prose {

    private final StringBuilder markdown = new StringBuilder();
    private final StringBuilder text = new StringBuilder();
    private final Quotes quotes;

    Prose(Quotes quotes) {
        this.quotes = quotes;
    }

    /** Text without Markdown in it, shown as written. */
    Prose plain(String s) {
        return both(s, s);
    }

    /** Markdown and the text it shows, for anything the other methods do not cover. */
    Prose both(String md, String shown) {
        markdown.append(md);
        text.append(shown);
        return this;
    }

    Prose emphasis(String s) {
        return both("*" + s + "*", s);
    }

    Prose strong(String s) {
        return both("**" + s + "**", s);
    }

    Prose strike(String s) {
        return both("~~" + s + "~~", s);
    }

    Prose code(String s) {
        return both("`" + s + "`", s);
    }

    Prose quoted(String s) {
        return both("\"" + s + "\"", quotes.open() + s + quotes.close());
    }

    Prose innerQuoted(String s) {
        return both("'" + s + "'", quotes.innerOpen() + s + quotes.innerClose());
    }

    /** An en dash for a range ({@code 1990--2000}) and an em dash ({@code ---}) for a break. */
    Prose dashes(int from, int to) {
        return both(from + "--" + to + " --- ", from + "–" + to + "\u00A0— ");
    }

    Prose link(String label, String url) {
        return both("[" + label + "](" + url + ")", label);
    }

    Prose autolink(String url) {
        return both("<" + url + ">", url);
    }

    Prose note(String label, int number) {
        return both("[^" + label + "]", Integer.toString(number));
    }

    Prose hardBreak() {
        return both("  \n", " ");
    }

    Prose softBreak() {
        return both("\n", " ");
    }

    String markdown() {
        return markdown.toString();
    }

    /** What a reader sees. */
    String text() {
        return text.toString();
    }
}
