package galley.epub;

import galley.assets.ImageMotion;
import io.documentnode.epub4j.domain.MediaTypes;
import io.documentnode.epub4j.domain.Resource;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
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

    /** What the audit of one document found. */
    record DocumentAudit(List<Finding> findings, int images, int undescribed) {
    }

    /** Audits every XHTML document among {@code resources}, which should all be in language {@code lang}. */
    static AccessibilityAudit of(List<Resource> resources, String lang) throws IOException {
        return of(resources, lang, EpubUnits.direct());
    }

    /** As {@link #of(List, String)}, each document audited through {@code units}. */
    static AccessibilityAudit of(List<Resource> resources, String lang, EpubUnits units) throws IOException {
        var audit = new AccessibilityAudit();
        XMLInputFactory factory = factory();
        for (Resource resource : resources) {
            if (resource.getMediaType() == MediaTypes.XHTML) {
                byte[] xhtml = resource.getData();
                DocumentAudit document = units.audit(resource.getHref(), lang, xhtml,
                        () -> audit(factory, resource.getHref(), xhtml, lang));
                audit.findings.addAll(document.findings());
                audit.images += document.images();
                audit.undescribed += document.undescribed();
            } else if (animated(resource)) {
                audit.findings.add(new Finding(Kind.ANIMATION, resource.getHref(),
                        "the image is animated, and whether it flashes is not known"));
            }
        }
        return audit;
    }

    private static DocumentAudit audit(XMLInputFactory factory, String name, byte[] xhtml, String lang) {
        var one = new AccessibilityAudit();
        try {
            XMLStreamReader reader = factory.createXMLStreamReader(new ByteArrayInputStream(xhtml));
            try {
                one.check(name, reader, lang);
            } finally {
                reader.close();
            }
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Galley wrote a malformed document " + name, e);
        }
        return new DocumentAudit(List.copyOf(one.findings), one.images, one.undescribed);
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

    /** A link or table still open in the document, how deep it lies, and where its finding, if any, goes. */
    private static final class Open {
        final String tag;
        final String href;
        final int depth;
        final int slot;
        boolean satisfied;

        Open(String tag, String href, int depth, int slot, boolean satisfied) {
            this.tag = tag;
            this.href = href;
            this.depth = depth;
            this.slot = slot;
            this.satisfied = satisfied;
        }
    }

    // One pass over the document as it is read, no tree built: a link is named by any text or
    // described image inside it, a table passes with any header cell inside it. Their findings
    // take the place of the element's start, so that every finding comes in document order.
    private void check(String name, XMLStreamReader reader, String lang) throws XMLStreamException {
        int first = findings.size();
        boolean root = true;
        int previousLevel = 0;
        Set<String> ids = new HashSet<>();
        var open = new ArrayDeque<Open>();
        int depth = 0;
        StringBuilder title = null;
        boolean titleSeen = false;
        int titleSlot = -1;
        while (reader.hasNext()) {
            int event = reader.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
                String tag = reader.getLocalName();
                boolean xhtml = XHTML_NS.equals(reader.getNamespaceURI());
                if (root) {
                    root = false;
                    if (!lang.equals(reader.getAttributeValue(null, "lang"))
                            || !lang.equals(reader.getAttributeValue(XML_NS, "lang"))) {
                        findings.add(new Finding(Kind.LANGUAGE, name, "the document does not declare the language " + lang));
                    }
                    titleSlot = findings.size();
                    findings.add(null);
                }
                if (xhtml && tag.equals("title") && !titleSeen) {
                    titleSeen = true;
                    title = new StringBuilder();
                }
                String id = reader.getAttributeValue(null, "id");
                if (id != null && !ids.add(id)) {
                    findings.add(new Finding(Kind.IDS, name, "the id '" + id + "' is used twice"));
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
                    String alt = attribute(reader, "alt");
                    if (alt.isBlank()) {
                        undescribed++;
                        findings.add(new Finding(Kind.IMAGES, name, "the image " + attribute(reader, "src")
                                + " has no text description"));
                    } else if (xhtml) {
                        open.forEach(o -> o.satisfied |= o.tag.equals("a"));
                    }
                } else if (tag.equals("a")) {
                    open.push(new Open("a", attribute(reader, "href"), depth, findings.size(),
                            !attribute(reader, "aria-label").isBlank()));
                    findings.add(null);
                } else if (tag.equals("table")) {
                    open.push(new Open("table", null, depth, findings.size(), false));
                    findings.add(null);
                } else if (xhtml && tag.equals("th")) {
                    open.forEach(o -> o.satisfied |= o.tag.equals("table"));
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                if (!open.isEmpty() && open.peek().depth == depth) {
                    Open closed = open.pop();
                    if (!closed.satisfied) {
                        findings.set(closed.slot, closed.tag.equals("a")
                                ? new Finding(Kind.LINKS, name, "a link to " + closed.href + " has no text")
                                : new Finding(Kind.TABLES, name, "a table has no header cells"));
                    }
                }
                depth--;
                if (title != null && reader.getLocalName().equals("title")
                        && XHTML_NS.equals(reader.getNamespaceURI())) {
                    if (title.toString().isBlank()) {
                        findings.set(titleSlot, new Finding(Kind.TITLE, name, "the document has no title"));
                    }
                    title = null;
                }
            } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
                    || event == XMLStreamConstants.SPACE) {
                if (title != null) {
                    title.append(reader.getText());
                }
                if (!open.isEmpty() && !reader.isWhiteSpace()) {
                    open.forEach(o -> o.satisfied |= o.tag.equals("a"));
                }
            }
        }
        if (!titleSeen && titleSlot >= 0) {
            findings.set(titleSlot, new Finding(Kind.TITLE, name, "the document has no title"));
        }
        findings.subList(first, findings.size()).removeIf(Objects::isNull);
    }

    private static String attribute(XMLStreamReader reader, String name) {
        String value = reader.getAttributeValue(null, name);
        return value == null ? "" : value;
    }

    /** Whether {@code resource} is an image that moves: an animated GIF or PNG. */
    private static boolean animated(Resource resource) throws IOException {
        if (resource instanceof ImageResource image) {
            return image.animated();
        }
        return resource.getMediaType().getName().startsWith("image/") && ImageMotion.animated(resource.getData());
    }

    private static XMLInputFactory factory() {
        XMLInputFactory factory = XMLInputFactory.newInstance();
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        // Galley's documents declare only <!DOCTYPE html>; nothing is ever fetched or expanded
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        return factory;
    }
}
