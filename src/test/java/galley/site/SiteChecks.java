package galley.site;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.ParseError;
import org.jsoup.parser.Parser;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Judges a written download page and catalogue by their structure alone, independently of the book:
 * strict parsing, accessibility rules, no external requests, and the elements and link relations
 * OPDS 1.2 requires. Shared by the unit tests and the end-to-end build tests.
 */
public final class SiteChecks {

    public static final String ATOM = "http://www.w3.org/2005/Atom";
    public static final String DC = "http://purl.org/dc/terms/";
    public static final String OPDS_TYPE = "application/atom+xml;profile=opds-catalog";

    // the elements the page may use: all of them HTML5, none of them able to run code or fetch a page
    private static final Set<String> ELEMENTS = Set.of("html", "head", "meta", "title", "link", "style", "body",
            "main", "article", "figure", "img", "header", "h1", "h2", "h3", "p", "div", "section", "ul", "li",
            "a", "dl", "dt", "dd", "code", "data", "time", "footer");
    private static final Pattern REMOTE = Pattern.compile("(?i)^\\s*(?:[a-z][a-z0-9+.-]*:|//)");

    private SiteChecks() {
    }

    /**
     * Parses the page with jsoup's HTML5 parser, failing on any parse error, and again with the JDK's
     * strict XML parser, failing unless it is well-formed; then checks the structure every page must
     * have. Returns the jsoup document for checks of content.
     */
    public static Document page(byte[] bytes) {
        String html = new String(bytes, StandardCharsets.UTF_8);
        Parser parser = Parser.htmlParser().setTrackErrors(50);
        Document doc = Jsoup.parse(html, "", parser);
        List<String> errors = new ArrayList<>();
        for (ParseError e : parser.getErrors()) {
            errors.add(e.toString());
        }
        assertEquals(List.of(), errors, "HTML5 parse errors");
        assertTrue(html.startsWith("<!DOCTYPE html>\n"), "the HTML5 doctype comes first");
        wellFormedXml(bytes);

        assertEquals("en", doc.selectFirst("html").attr("lang"), "the page's own words are English");
        Element head = doc.head();
        assertEquals("meta", head.child(0).tagName(), "the charset comes first");
        assertEquals("utf-8", head.child(0).attr("charset"));
        assertFalse(doc.title().isBlank(), "a title");
        assertNotNull(head.selectFirst("meta[name=viewport][content*=width=device-width]"), "a viewport for phones");
        assertNotNull(head.selectFirst("meta[http-equiv=Content-Security-Policy][content^=default-src 'none']"),
                "a policy that blocks every request the page does not need");
        Element alternate = head.selectFirst("link[rel=alternate][href=opds.xml]");
        assertNotNull(alternate, "the page links to its catalogue");
        assertEquals(OPDS_TYPE, alternate.attr("type"));

        Set<String> ids = new HashSet<>();
        for (Element e : doc.getAllElements()) {
            if (e == doc) {
                continue;
            }
            assertTrue(ELEMENTS.contains(e.tagName()), "unexpected element <" + e.tagName() + ">");
            if (e.hasAttr("id")) {
                assertTrue(ids.add(e.id()), "duplicate id " + e.id());
            }
            for (Attribute a : e.attributes()) {
                assertFalse(a.getKey().startsWith("on"), "event handler " + a);
                if (a.getKey().equals("src") || a.getKey().equals("href")) {
                    boolean favicon = e.tagName().equals("link") && e.attr("rel").equals("icon") && a.getValue().equals("data:,");
                    assertTrue(favicon || !REMOTE.matcher(a.getValue()).find(), "not a relative link: " + a);
                }
            }
        }
        for (Element labelled : doc.select("[aria-labelledby]")) {
            assertTrue(ids.contains(labelled.attr("aria-labelledby")), "aria-labelledby names an id: " + labelled.attr("aria-labelledby"));
        }
        String css = doc.select("style").html();
        assertFalse(css.contains("url(") || css.contains("@import"), "the style sheet fetches nothing");
        for (Element img : doc.select("img")) {
            assertFalse(img.attr("alt").isBlank(), "every image has a text alternative");
            assertTrue(img.attr("width").matches("[1-9][0-9]*") && img.attr("height").matches("[1-9][0-9]*"),
                    "images have their size, so the page does not jump while they load");
        }
        assertEquals(1, doc.select("h1").size(), "one h1");
        int level = 1;
        for (Element h : doc.select("h1, h2, h3, h4, h5, h6")) {
            int next = h.tagName().charAt(1) - '0';
            assertTrue(next <= level + 1, "heading levels do not skip: " + h);
            level = next;
        }
        return doc;
    }

    /** Parses the catalogue namespace-aware, failing unless it holds what an OPDS 1.2 acquisition feed must. */
    public static org.w3c.dom.Document catalogue(byte[] bytes) {
        org.w3c.dom.Document xml = wellFormedXml(bytes);
        org.w3c.dom.Element feed = xml.getDocumentElement();
        assertEquals(ATOM, feed.getNamespaceURI());
        assertEquals("feed", feed.getLocalName());
        for (String required : List.of("id", "title", "updated")) {
            assertEquals(1, children(feed, ATOM, required).size(), "feed/" + required);
        }
        assertTrue(children(feed, ATOM, "author").size() >= 1, "a feed author (Atom requires one unless every entry has its own)");
        isIri(text(feed, ATOM, "id"));
        isAtomDate(text(feed, ATOM, "updated"));
        for (String rel : List.of("self", "start")) {
            org.w3c.dom.Element link = link(feed, rel);
            assertEquals("opds.xml", link.getAttribute("href"));
            assertEquals(OPDS_TYPE + ";kind=acquisition", link.getAttribute("type"));
        }
        List<org.w3c.dom.Element> entries = children(feed, ATOM, "entry");
        assertEquals(1, entries.size(), "one entry: the book");
        org.w3c.dom.Element entry = entries.get(0);
        for (String required : List.of("id", "title", "updated")) {
            assertEquals(1, children(entry, ATOM, required).size(), "entry/" + required);
        }
        isIri(text(entry, ATOM, "id"));
        isAtomDate(text(entry, ATOM, "updated"));
        assertEquals(1, children(entry, DC, "language").size(), "dc:language");
        assertEquals(1, children(entry, DC, "identifier").size(), "dc:identifier");
        int acquisitions = 0;
        for (org.w3c.dom.Element link : children(entry, ATOM, "link")) {
            String href = link.getAttribute("href");
            assertFalse(href.isEmpty() || REMOTE.matcher(href).find(), "relative href: " + href);
            assertFalse(link.getAttribute("type").isEmpty(), "every link has a type");
            if (link.getAttribute("rel").equals("http://opds-spec.org/acquisition")) {
                acquisitions++;
            }
        }
        assertEquals(2, acquisitions, "an acquisition link per edition");
        return xml;
    }

    /** The element children of {@code parent} with that name. */
    public static List<org.w3c.dom.Element> children(org.w3c.dom.Element parent, String ns, String name) {
        var found = new ArrayList<org.w3c.dom.Element>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i) instanceof org.w3c.dom.Element e && ns.equals(e.getNamespaceURI()) && name.equals(e.getLocalName())) {
                found.add(e);
            }
        }
        return found;
    }

    /** The text of the one child of {@code parent} with that name. */
    public static String text(org.w3c.dom.Element parent, String ns, String name) {
        List<org.w3c.dom.Element> found = children(parent, ns, name);
        assertEquals(1, found.size(), name);
        return found.get(0).getTextContent();
    }

    /** The one Atom link of {@code parent} with that relation. */
    public static org.w3c.dom.Element link(org.w3c.dom.Element parent, String rel) {
        List<org.w3c.dom.Element> found = children(parent, ATOM, "link").stream()
                .filter(l -> l.getAttribute("rel").equals(rel)).toList();
        assertEquals(1, found.size(), "links rel=" + rel);
        return found.get(0);
    }

    /** The book's entry in the catalogue. */
    public static org.w3c.dom.Element entry(org.w3c.dom.Document catalogue) {
        return children(catalogue.getDocumentElement(), ATOM, "entry").get(0);
    }

    private static org.w3c.dom.Document wellFormedXml(byte[] bytes) {
        try {
            // the JDK's own parser, whatever else the test class path offers
            DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            var builder = factory.newDocumentBuilder();
            builder.setErrorHandler(new org.xml.sax.helpers.DefaultHandler() {
                @Override
                public void error(org.xml.sax.SAXParseException e) throws SAXException {
                    throw e;
                }
            });
            return builder.parse(new ByteArrayInputStream(bytes));
        } catch (SAXException e) {
            return fail("not well-formed XML: " + e.getMessage());
        } catch (ParserConfigurationException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void isIri(String id) {
        assertTrue(id.matches("[A-Za-z][A-Za-z0-9+.-]*:\\S+"), "an IRI: " + id);
    }

    private static void isAtomDate(String date) {
        assertTrue(date.matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z"), "an RFC 3339 date: " + date);
    }
}
