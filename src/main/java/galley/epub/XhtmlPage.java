package galley.epub;

import galley.model.Language;

/**
 * The frame every generated XHTML document shares: XML declaration, HTML5 doctype, the book's
 * language in both {@code lang} and {@code xml:lang} (and {@code dir="rtl"} for a right-to-left
 * language), the title and Galley's stylesheet.
 */
final class XhtmlPage {

    private static final String XHTML_NS = "http://www.w3.org/1999/xhtml";
    private static final String OPS_NS = "http://www.idpf.org/2007/ops";

    private XhtmlPage() {
    }

    /**
     * Starts a document and leaves {@code xml} inside its {@code body}.
     *
     * @param bodyType the {@code epub:type} of the body, e.g. {@code bodymatter}
     * @param bodyClass a class for the stylesheet, or null
     */
    static XmlWriter begin(String lang, String title, String bodyType, String bodyClass) {
        XmlWriter xml = new XmlWriter().declaration().markup("<!DOCTYPE html>\n");
        // the root's direction is the book's, so that a reading system lays out the whole page from the right
        xml.start("html", "xmlns", XHTML_NS, "xmlns:epub", OPS_NS, "lang", lang, "xml:lang", lang,
                "dir", direction(Language.of(lang))).newline();
        xml.start("head").newline();
        xml.empty("meta", "charset", "UTF-8").newline();
        xml.element("title", title).newline();
        xml.empty("link", "rel", "stylesheet", "type", "text/css", "href", ContentPaths.STYLESHEET).newline();
        xml.end().newline();
        xml.start("body", "epub:type", bodyType, "class", bodyClass).newline();
        return xml;
    }

    /**
     * The {@code dir} of the parts Galley writes itself (the title page, the navigation's lists) in a book
     * whose language reads from right to left, so that they start at the right whatever their first
     * letter; null, no attribute, in any other book.
     */
    static String direction(Language language) {
        return language.rightToLeft() ? "rtl" : null;
    }

    /** Closes the body and the document and returns its text. */
    static String end(XmlWriter xml) {
        xml.end().newline().end().newline();
        return xml.finish();
    }
}
