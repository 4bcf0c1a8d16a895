package galley.assets;

import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.ext.DefaultHandler2;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rewrites an SVG file's parse events as a clean SVG document: the elements of static SVG 1.1 and
 * their attributes, and nothing that runs, moves or reaches out (scripts, event handlers,
 * animation, {@code foreignObject}, editors' private elements are dropped; a reference to anything
 * outside the file, a DOCTYPE that declares anything, or a drawing past the limits refuses the whole
 * file). Both editions draw from its output, so what the EPUB shows and what the PDF prints agree.
 */
final class SvgSanitiser extends DefaultHandler2 {

    static final String SVG = "http://www.w3.org/2000/svg";
    static final String XLINK = "http://www.w3.org/1999/xlink";
    private static final String XML = "http://www.w3.org/XML/1998/namespace";

    static final int MAX_DEPTH = 100;
    static final int MAX_ELEMENTS = 200_000;
    static final long MAX_PATH_CHARS = 5_000_000;

    private static final Set<String> DRAWN = Set.of("svg", "g", "defs", "desc", "title", "metadata", "symbol", "use",
            "switch", "image", "style", "path", "rect", "circle", "ellipse", "line", "polyline", "polygon", "text",
            "tspan", "textPath", "marker", "pattern", "clipPath", "mask", "linearGradient", "radialGradient", "stop",
            "filter", "feBlend", "feColorMatrix", "feComponentTransfer", "feComposite", "feConvolveMatrix",
            "feDiffuseLighting", "feDisplacementMap", "feDistantLight", "feFlood", "feFuncA", "feFuncB", "feFuncG",
            "feFuncR", "feGaussianBlur", "feMerge", "feMergeNode", "feMorphology", "feOffset", "fePointLight",
            "feSpecularLighting", "feSpotLight", "feTile", "feTurbulence", "a", "view");
    private static final Set<String> ACTIVE = Set.of("script", "foreignObject", "animate", "animateColor",
            "animateMotion", "animateTransform", "set", "discard", "handler", "listener", "feImage", "cursor");
    private static final Pattern URL = Pattern.compile("url\\s*\\(\\s*['\"]?\\s*([^'\")\\s]*)", Pattern.CASE_INSENSITIVE);
    private static final Pattern IMPORT = Pattern.compile("@import|@font-face|image-set\\s*\\(|\\bsrc\\s*\\(",
            Pattern.CASE_INSENSITIVE);

    private final StringBuilder out = new StringBuilder(4096).append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    private final Set<String> removed = new TreeSet<>();
    private final Set<String> handlers = new TreeSet<>();
    private final SvgCopies copies = new SvgCopies();
    private final Deque<String> open = new ArrayDeque<>();
    private int depth;
    private int skipping;
    private int elements;
    private long pathChars;
    private boolean inStyle;
    private double[] size;

    /** The clean document, once the parse has ended. */
    String document() {
        return out.toString();
    }

    /** The drawing's intrinsic size in CSS pixels, {@code {width, height}}. */
    double[] size() {
        return size.clone();
    }

    /** What was dropped as active content, as words for a warning (empty when nothing was). */
    List<String> removed() {
        var all = new ArrayList<>(removed);
        if (!handlers.isEmpty()) {
            all.add("event handlers (" + String.join(", ", handlers) + ")");
        }
        return all;
    }

    @Override
    public void startDTD(String name, String publicId, String systemId) {
        // a DOCTYPE naming the SVG DTD is harmless when nothing is fetched; any declaration in it is refused below
    }

    @Override
    public void internalEntityDecl(String name, String value) throws SAXException {
        throw refusal(ImageException.unsafe("SVG image declares entities (&" + name + ";), which are never expanded"));
    }

    @Override
    public void externalEntityDecl(String name, String publicId, String systemId) throws SAXException {
        throw refusal(ImageException.unsafe("SVG image declares an external entity (" + systemId + "), which is never read"));
    }

    @Override
    public void elementDecl(String name, String model) throws SAXException {
        throw refusal(ImageException.unsafe("SVG image declares its own DTD, which is never applied"));
    }

    @Override
    public void attributeDecl(String element, String attribute, String type, String mode, String value)
            throws SAXException {
        throw refusal(ImageException.unsafe("SVG image declares its own DTD, which is never applied"));
    }

    @Override
    public void startElement(String uri, String local, String qName, Attributes attributes) throws SAXException {
        depth++;
        if (++elements > MAX_ELEMENTS) {
            throw refusal(ImageException.tooLarge(String.format(Locale.ROOT,
                    "SVG image has too many elements: more than %,d", MAX_ELEMENTS)));
        }
        if (depth > MAX_DEPTH) {
            throw refusal(ImageException.tooLarge("SVG image nests too deeply: more than " + MAX_DEPTH + " levels"));
        }
        if (depth == 1 && !(SVG.equals(uri) && local.equals("svg"))) {
            throw refusal(ImageException.unsupported());
        }
        if (skipping > 0 || !keeps(uri, local)) {
            skipping++;
            return;
        }
        out.append('<').append(local);
        if (depth == 1) {
            out.append(" xmlns=\"").append(SVG).append("\" xmlns:xlink=\"").append(XLINK).append('"');
            size = size(attributes);
        }
        String id = null;
        for (int i = 0; i < attributes.getLength(); i++) {
            String name = attributes.getLocalName(i);
            String value = attributes.getValue(i);
            String space = attributes.getURI(i);
            if (space.isEmpty() && name.equals("id")) {
                id = value;
            }
            attribute(local, space, name, value, depth == 1);
        }
        copies.open(id, local.equals("use") ? target(attributes) : null);
        out.append('>');
        open.push(local);
        inStyle = local.equals("style");
    }

    private boolean keeps(String uri, String local) throws SAXException {
        if (!SVG.equals(uri)) {
            // an editor's private data (Inkscape, Illustrator, RDF inside <metadata>): never drawn
            return false;
        }
        if (ACTIVE.contains(local)) {
            removed.add("<" + local + ">");
            return false;
        }
        if (!DRAWN.contains(local)) {
            removed.add("<" + local + "> (not an SVG 1.1 element)");
            return false;
        }
        return true;
    }

    private void attribute(String element, String space, String name, String value, boolean root)
            throws SAXException {
        boolean link = name.equals("href") && (space.isEmpty() || space.equals(XLINK));
        if (link && element.equals("a") && !value.strip().startsWith("#")) {
            // a link out of a picture is never followed from an <img>, and the print edition has no place for it
            removed.add("links out of the drawing (" + shortened(value.strip()) + ")");
            return;
        }
        if (root && space.isEmpty() && (name.equals("width") || name.equals("height"))) {
            return;
        }
        if (link) {
            href(value);
            out.append(" xlink:href=\"");
        } else if (space.equals(XML) && (name.equals("space") || name.equals("lang"))) {
            out.append(" xml:").append(name).append("=\"");
        } else if (!space.isEmpty()) {
            return;
        } else if (name.toLowerCase(Locale.ROOT).startsWith("on")) {
            handlers.add(name);
            return;
        } else {
            if (name.equals("d") || name.equals("points")) {
                pathChars += value.length();
                if (pathChars > MAX_PATH_CHARS) {
                    throw refusal(ImageException.tooLarge(String.format(Locale.ROOT,
                            "SVG image has too much path data: more than %,d characters", MAX_PATH_CHARS)));
                }
            }
            styled(value, name.equals("style"));
            out.append(' ').append(name).append("=\"");
        }
        escape(value, true);
        out.append('"');
    }

    private double[] size(Attributes attributes) throws SAXException {
        try {
            double[] measured = SvgSize.of(attributes.getValue("", "width"), attributes.getValue("", "height"),
                    attributes.getValue("", "viewBox"));
            // the root's size is written as measured, so that a reading system shows it at the printed size
            out.append(String.format(Locale.ROOT, " width=\"%s\" height=\"%s\"", trimmed(measured[0]), trimmed(measured[1])));
            return measured;
        } catch (ImageException e) {
            throw refusal(e);
        }
    }

    private static String trimmed(double pixels) {
        return String.format(Locale.ROOT, "%.2f", pixels).replaceAll("\\.?0+$", "");
    }

    // Only a link to an element of the same file is followed by both editions alike; an embedded
    // raster image would bring a decoder and its limits of its own into the drawing.
    private void href(String value) throws SAXException {
        String target = value.strip();
        if (target.startsWith("#")) {
            return;
        }
        throw refusal(ImageException.unsafe("SVG image refers to a resource outside it (" + shortened(target)
                + "); only links inside the file (#id) are allowed"));
    }

    private static String target(Attributes attributes) {
        String href = attributes.getValue(XLINK, "href");
        if (href == null) {
            href = attributes.getValue("", "href");
        }
        return href == null ? null : href.strip().substring(Math.min(1, href.strip().length()));
    }

    // what a reading system's CSS would fetch; an escape could spell url( so that no pattern sees it
    private void styled(String css, boolean style) throws SAXException {
        if (style && css.indexOf('\\') >= 0) {
            throw refusal(ImageException.unsafe(
                    "SVG image's style holds a CSS escape (\\), which could hide an outside reference"));
        }
        Matcher url = URL.matcher(css);
        while (url.find()) {
            if (!url.group(1).startsWith("#")) {
                throw refusal(ImageException.unsafe("SVG image refers to a resource outside it (url("
                        + shortened(url.group(1)) + ")); only links inside the file (#id) are allowed"));
            }
        }
        Matcher rule = IMPORT.matcher(css);
        if (rule.find()) {
            throw refusal(ImageException.unsafe("SVG image's style loads outside resources (" + rule.group()
                    + "), which is not allowed"));
        }
    }

    @Override
    public void endElement(String uri, String local, String qName) throws SAXException {
        depth--;
        if (skipping > 0) {
            skipping--;
            return;
        }
        out.append("</").append(open.pop()).append('>');
        inStyle = false;
        copies.close();
        if (depth == 0) {
            copies.check();
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
        if (skipping > 0 || open.isEmpty()) {
            return;
        }
        String text = new String(ch, start, length);
        if (inStyle) {
            styled(text, true);
        }
        escape(text, false);
    }

    private void escape(String text, boolean attribute) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append(attribute ? "&quot;" : "\"");
                case '\n', '\r', '\t' -> {
                    if (attribute) {
                        out.append("&#").append((int) c).append(';');
                    } else {
                        out.append(c);
                    }
                }
                default -> out.append(c);
            }
        }
    }

    private static String shortened(String text) {
        return text.length() > 80 ? text.substring(0, 77) + "..." : text;
    }

    /** The refusal {@code e}, carried through the parser. */
    static SAXException refusal(ImageException e) {
        return new SAXException(e);
    }
}
