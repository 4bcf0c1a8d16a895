package galley.epub;

import io.documentnode.epub4j.domain.MediaTypes;
import io.documentnode.epub4j.domain.Resource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * The automated accessibility audit of the XHTML documents as written, which the accessibility
 * claims rest on: every document declares the book's language and has a title, its headings
 * start at {@code h1} and never skip a level, every image has a text description, every link has
 * a name, ids are unique and every table has header cells; and no image is animated, since
 * whether an animation flashes is beyond any automated check.
 */
final class AccessibilityAudit {

    /** What a finding is about, so that each claim can be withdrawn by the findings it depends on. */
    enum Kind { LANGUAGE, TITLE, HEADINGS, IMAGES, LINKS, IDS, TABLES, ANIMATION }

    /** One failed check, in a document named by its path inside the package folder. */
    record Finding(Kind kind, String document, String message) {
        @Override
        public String toString() {
            return document + ": " + message;
        }
    }

    private static final String XHTML_NS = "http://www.w3.org/1999/xhtml";
    private static final String XML_NS = XMLConstants.XML_NS_URI;

    private final List<Finding> findings = new ArrayList<>();
    private int images;
    private int undescribed;

    private AccessibilityAudit() {
    }

    /** Audits every XHTML document among {@code resources}, which should all be in language {@code lang}. */
    static AccessibilityAudit of(List<Resource> resources, String lang) throws IOException {
        var audit = new AccessibilityAudit();
        DocumentBuilder parser = parser();
        for (Resource resource : resources) {
            if (resource.getMediaType() == MediaTypes.XHTML) {
                Document document;
                try {
                    document = parser.parse(new ByteArrayInputStream(resource.getData()));
                } catch (SAXException e) {
                    throw new IllegalStateException("Galley wrote a malformed document " + resource.getHref(), e);
                }
                audit.check(resource.getHref(), document, lang);
            } else if (resource.getMediaType().getName().equals("image/gif") && animated(resource.getData())) {
                audit.findings.add(new Finding(Kind.ANIMATION, resource.getHref(),
                        "the image is animated, and whether it flashes is not known"));
            }
        }
        return audit;
    }

    /** The number of images the documents show. */
    int images() {
        return images;
    }

    /** The number of images among them without a text description. */
    int undescribed() {
        return undescribed;
    }

    List<Finding> findings() {
        return List.copyOf(findings);
    }

    /** Whether no check of these kinds failed. */
    boolean passed(Kind first, Kind... rest) {
        Set<Kind> kinds = EnumSet.of(first, rest);
        return findings.stream().noneMatch(f -> kinds.contains(f.kind()));
    }

    /** Whether every check passed. */
    boolean passed() {
        return findings.isEmpty();
    }

    private void check(String name, Document document, String lang) {
        Element html = document.getDocumentElement();
        if (!lang.equals(html.getAttribute("lang")) || !lang.equals(html.getAttributeNS(XML_NS, "lang"))) {
            findings.add(new Finding(Kind.LANGUAGE, name, "the document does not declare the language " + lang));
        }
        NodeList titles = document.getElementsByTagNameNS(XHTML_NS, "title");
        if (titles.getLength() == 0 || titles.item(0).getTextContent().isBlank()) {
            findings.add(new Finding(Kind.TITLE, name, "the document has no title"));
        }
        int previousLevel = 0;
        Set<String> ids = new HashSet<>();
        // every element in document order
        NodeList all = document.getElementsByTagNameNS("*", "*");
        for (int i = 0; i < all.getLength(); i++) {
            Element element = (Element) all.item(i);
            String tag = element.getLocalName();
            if (element.hasAttribute("id") && !ids.add(element.getAttribute("id"))) {
                findings.add(new Finding(Kind.IDS, name, "the id '" + element.getAttribute("id") + "' is used twice"));
            }
            if (tag.length() == 2 && tag.charAt(0) == 'h' && tag.charAt(1) >= '1' && tag.charAt(1) <= '6') {
                int level = tag.charAt(1) - '0';
                if (level > previousLevel + 1) {
                    findings.add(new Finding(Kind.HEADINGS, name, "an h" + level + " follows "
                            + (previousLevel == 0 ? "no heading" : "an h" + previousLevel)));
                }
                previousLevel = level;
            } else if (tag.equals("img")) {
                images++;
                if (element.getAttribute("alt").isBlank()) {
                    undescribed++;
                    findings.add(new Finding(Kind.IMAGES, name, "the image " + element.getAttribute("src")
                            + " has no text description"));
                }
            } else if (tag.equals("a") && !hasName(element)) {
                findings.add(new Finding(Kind.LINKS, name, "a link to " + element.getAttribute("href") + " has no text"));
            } else if (tag.equals("table") && element.getElementsByTagNameNS(XHTML_NS, "th").getLength() == 0) {
                findings.add(new Finding(Kind.TABLES, name, "a table has no header cells"));
            }
        }
    }

    private static boolean animated(byte[] gif) throws IOException {
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName("gif");
        if (!readers.hasNext()) {
            return false;
        }
        ImageReader reader = readers.next();
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(gif))) {
            reader.setInput(in);
            return reader.getNumImages(true) > 1;
        } finally {
            reader.dispose();
        }
    }

    private static boolean hasName(Element link) {
        if (!link.getTextContent().isBlank() || !link.getAttribute("aria-label").isBlank()) {
            return true;
        }
        NodeList images = link.getElementsByTagNameNS(XHTML_NS, "img");
        for (int i = 0; i < images.getLength(); i++) {
            if (!((Element) images.item(i)).getAttribute("alt").isBlank()) {
                return true;
            }
        }
        return false;
    }

    private static DocumentBuilder parser() {
        try {
            var factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setExpandEntityReferences(false);
            // Galley's documents declare only <!DOCTYPE html>; nothing is ever fetched
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(new DefaultHandler() {
                @Override
                public void error(SAXParseException e) throws SAXException {
                    throw e;
                }
            });
            return builder;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's XML parser is not configurable", e);
        }
    }
}
