package galley.read.html;


import org.jsoup.Jsoup;
import org.jsoup.nodes.Attributes;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One raw HTML tag as Flexmark hands it over inside a paragraph ({@code <sup>}, {@code </sup>},
 * {@code <img src=...>}), its attributes read by jsoup.
 *
 * @param closing     whether it is an end tag
 * @param selfClosing whether it ends with {@code />}
 */
record HtmlTag(String name, boolean closing, boolean selfClosing, Attributes attributes) {

    private static final Pattern TAG = Pattern.compile("^<\\s*(/)?\\s*([A-Za-z][A-Za-z0-9-]*)");

    /** The tag in {@code raw}, or empty for comments, declarations and anything else. */
    static Optional<HtmlTag> parse(String raw) {
        Matcher m = TAG.matcher(raw);
        if (!m.find()) {
            return Optional.empty();
        }
        String name = m.group(2).toLowerCase(Locale.ROOT);
        boolean closing = m.group(1) != null;
        boolean selfClosing = raw.stripTrailing().endsWith("/>");
        Attributes attributes = new Attributes();
        if (!closing) {
            Element element = Jsoup.parse(raw, "", Parser.xmlParser()).children().first();
            if (element != null) {
                attributes = element.attributes().clone();
            }
        }
        return Optional.of(new HtmlTag(name, closing, selfClosing, attributes));
    }
}
