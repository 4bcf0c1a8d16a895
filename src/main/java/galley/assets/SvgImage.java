package galley.assets;

import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * An SVG file made safe to embed: the clean document both editions draw from ({@link SvgSanitiser}),
 * its intrinsic size in CSS pixels, and what active content was dropped. The file is parsed with
 * nothing fetched and no entity expanded, and at most {@value #MAX_FILE_BYTES} bytes are read.
 *
 * @param document the clean SVG as UTF-8 bytes
 * @param width    intrinsic width in CSS pixels
 * @param height   intrinsic height in CSS pixels
 * @param removed  what was dropped (scripts, handlers…), as words for a warning
 */
public record SvgImage(byte[] document, double width, double height, List<String> removed) {

    /** The largest SVG file read: a drawing, unlike a photograph, needs no more, and its parse is costlier. */
    public static final long MAX_FILE_BYTES = 16L << 20;

    /** The clean SVG in {@code file}, or why it cannot be embedded. */
    public static SvgImage read(Path file) throws IOException {
        long length = java.nio.file.Files.size(file);
        if (length > MAX_FILE_BYTES) {
            throw ImageException.tooLarge(String.format("SVG image file is too large: %,d bytes (the limit is %d MB)",
                    length, MAX_FILE_BYTES >> 20));
        }
        return of(ImageInput.readAll(file));
    }

    /** The clean SVG made from {@code bytes}, or why it cannot be embedded. */
    public static SvgImage of(byte[] bytes) throws ImageException {
        if (bytes.length > MAX_FILE_BYTES) {
            throw ImageException.tooLarge(String.format("SVG image file is too large: %,d bytes (the limit is %d MB)",
                    (long) bytes.length, MAX_FILE_BYTES >> 20));
        }
        var sanitiser = new SvgSanitiser();
        try {
            SAXParser parser = parsers().newSAXParser();
            parser.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            parser.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            parser.setProperty("http://xml.org/sax/properties/declaration-handler", sanitiser);
            parser.setProperty("http://xml.org/sax/properties/lexical-handler", sanitiser);
            parser.parse(new ByteArrayInputStream(bytes), sanitiser);
        } catch (SAXParseException e) {
            if (e.getException() instanceof ImageException refused) {
                throw refused;
            }
            throw ImageException.invalid("SVG image is not well-formed XML (line " + e.getLineNumber() + ": "
                    + oneLine(e.getMessage()) + ")");
        } catch (SAXException e) {
            if (e.getException() instanceof ImageException refused) {
                throw refused;
            }
            throw ImageException.invalid("SVG image cannot be read (" + oneLine(e.getMessage()) + ")");
        } catch (ParserConfigurationException | IOException e) {
            throw ImageException.invalid("SVG image cannot be read (" + oneLine(e.getMessage()) + ")");
        }
        double[] size = sanitiser.size();
        return new SvgImage(sanitiser.document().getBytes(StandardCharsets.UTF_8), size[0], size[1],
                List.copyOf(sanitiser.removed()));
    }

    /** Whether {@code head}, a file's first bytes, may be XML: {@code <} after an optional byte-order mark and spaces. */
    public static boolean mayBe(byte[] head, int length) {
        int i = 0;
        if (length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
            i = 3;
        }
        while (i < length && (head[i] == ' ' || head[i] == '\t' || head[i] == '\r' || head[i] == '\n')) {
            i++;
        }
        return i < length && head[i] == '<';
    }

    private static SAXParserFactory parsers() throws ParserConfigurationException, SAXException {
        // the JDK's own parser, whatever else is on the class path, so that every feature below is honoured
        SAXParserFactory factory = SAXParserFactory.newDefaultInstance();
        factory.setNamespaceAware(true);
        factory.setValidating(false);
        factory.setXIncludeAware(false);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
        factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        return factory;
    }

    private static String oneLine(String message) {
        String line = message == null ? "no detail" : message.replaceAll("\\s+", " ").strip();
        return line.length() > 120 ? line.substring(0, 117) + "..." : line;
    }
}
