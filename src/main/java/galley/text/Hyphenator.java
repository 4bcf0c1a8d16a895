package galley.text;

import galley.model.Language;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finds where a word may be hyphenated with Liang's algorithm, from the TeX patterns of the book's
 * language in the XML form Apache FOP uses (shipped by the {@code itext-hyph-xml} data jar).
 */
final class Hyphenator {

    private static final String PATTERNS = "/com/itextpdf/text/pdf/hyphenation/hyph/";
    private static final Map<String, Optional<Hyphenator>> LOADED = new ConcurrentHashMap<>();
    private static final int[] NONE = new int[0];

    private final PatternTrie patterns;
    private final Map<String, int[]> exceptions;
    private final int before;
    private final int after;
    private final Map<String, int[]> cache = new ConcurrentHashMap<>();

    /** Languages whose TeX settings allow two letters after a break (babel's 22), as in элек-тро-кар-дио-гра-фи-че-ско-го. */
    private static final List<String> TWO_AFTER = List.of("ru", "uk", "be");

    private Hyphenator(Map<String, byte[]> patterns, Map<String, int[]> exceptions, int before, int after) {
        this.patterns = new PatternTrie(patterns);
        this.exceptions = exceptions;
        this.before = before;
        this.after = after;
    }

    /** The hyphenator for {@code language}'s words, if patterns for them are known. */
    static Optional<Hyphenator> forLanguage(Language language) {
        for (String name : language.hyphenationPatterns()) {
            Optional<Hyphenator> h = LOADED.computeIfAbsent(name, Hyphenator::load);
            if (h.isPresent()) {
                return h;
            }
        }
        return Optional.empty();
    }

    /** Offsets inside {@code word} (all letters) before which a hyphen may be set, ascending. */
    int[] points(String word) {
        if (word.length() < before + after) {
            return NONE;
        }
        // most words were met before: a plain read takes no lock, where computeIfAbsent may
        int[] known = cache.get(word);
        return known != null ? known : cache.computeIfAbsent(word, this::compute);
    }

    private int[] compute(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        int[] exception = exceptions.get(lower);
        if (exception != null) {
            return exception;
        }
        String dotted = "." + lower + ".";
        int n = dotted.length();
        byte[] values = new byte[n + 1];
        for (int i = 0; i < n; i++) {
            patterns.apply(dotted, i, values);
        }
        var points = new ArrayList<Integer>();
        // values[i] sits before dotted[i]; the word's offset p is dotted offset p + 1
        for (int p = before; p <= word.length() - after; p++) {
            if (values[p + 1] % 2 == 1) {
                points.add(p);
            }
        }
        return points.stream().mapToInt(Integer::intValue).toArray();
    }

    private static Optional<Hyphenator> load(String name) {
        try (InputStream in = Hyphenator.class.getResourceAsStream(PATTERNS + name + ".xml")) {
            if (in == null) {
                return Optional.empty();
            }
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.setExpandEntityReferences(false);
            Document doc = factory.newDocumentBuilder().parse(in);
            Map<String, byte[]> patterns = new HashMap<>();
            for (String pattern : words(doc, "patterns")) {
                addPattern(pattern, patterns);
            }
            Map<String, int[]> exceptions = new HashMap<>();
            for (String exception : words(doc, "exceptions")) {
                addException(exception, exceptions);
            }
            // typographic minimums: at least two letters before a break and three after (two in
            // the languages that TeX sets so), or more where the pattern file asks for it
            int before = 2;
            int after = TWO_AFTER.contains(name.split("_")[0]) ? 2 : 3;
            var min = doc.getElementsByTagName("hyphen-min");
            if (min.getLength() > 0) {
                Element e = (Element) min.item(0);
                before = Math.max(before, parseOr(e.getAttribute("before"), before));
                after = Math.max(after, parseOr(e.getAttribute("after"), after));
            }
            return Optional.of(new Hyphenator(patterns, exceptions, before, after));
        } catch (Exception e) {
            // a pattern file that cannot be read only means no hyphenation for that language
            return Optional.empty();
        }
    }

    private static List<String> words(Document doc, String element) {
        var nodes = doc.getElementsByTagName(element);
        var out = new ArrayList<String>();
        for (int i = 0; i < nodes.getLength(); i++) {
            var text = new StringBuilder();
            for (Node child = nodes.item(i).getFirstChild(); child != null; child = child.getNextSibling()) {
                // FOP writes explicit hyphens in exceptions as <hyphen/> elements
                text.append(child.getNodeType() == Node.ELEMENT_NODE ? "-" : child.getTextContent());
            }
            for (String word : text.toString().split("\\s+")) {
                if (!word.isEmpty()) {
                    out.add(word);
                }
            }
        }
        return out;
    }

    private static void addPattern(String pattern, Map<String, byte[]> patterns) {
        var letters = new StringBuilder();
        var digits = new ArrayList<Byte>();
        digits.add((byte) 0);
        for (char c : pattern.toCharArray()) {
            if (c >= '0' && c <= '9') {
                digits.set(digits.size() - 1, (byte) (c - '0'));
            } else {
                letters.append(Character.toLowerCase(c));
                digits.add((byte) 0);
            }
        }
        byte[] values = new byte[digits.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = digits.get(i);
        }
        patterns.put(letters.toString(), values);
    }

    private static void addException(String exception, Map<String, int[]> exceptions) {
        var letters = new StringBuilder();
        var points = new ArrayList<Integer>();
        for (char c : exception.toCharArray()) {
            if (c == '-') {
                points.add(letters.length());
            } else {
                letters.append(Character.toLowerCase(c));
            }
        }
        exceptions.put(letters.toString(), points.stream().mapToInt(Integer::intValue).toArray());
    }

    private static int parseOr(String value, int fallback) {
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
