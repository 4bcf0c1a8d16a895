package galley.epub;

import galley.model.LinkTarget;

import java.nio.charset.StandardCharsets;
import java.util.function.IntPredicate;

/**
 * Where each part of the book lives inside the EPUB container, and how one document refers to
 * another or to the web. Every path is relative to the package folder {@link #ROOT}.
 */
final class ContentPaths {

    /** The folder inside the zip that holds the package document and everything it lists. */
    static final String ROOT = "OEBPS/";
    static final String PACKAGE = "content.opf";
    static final String NCX = "toc.ncx";
    static final String NAV = "nav.xhtml";
    static final String COVER = "cover.xhtml";
    static final String TITLE_PAGE = "title.xhtml";
    static final String STYLESHEET = "css/galley.css";

    private static final String HEX = "0123456789ABCDEF";

    private ContentPaths() {
    }

    /** The document of the chapter at {@code index} (from 0): {@code chapter-001.xhtml} for the first. */
    static String chapter(int index) {
        String number = Integer.toString(index + 1);
        // as %03d would pad it, which took a tenth of the EPUB's time with every link naming one
        return "chapter-" + "000".substring(Math.min(3, number.length())) + number + ".xhtml";
    }

    /** A reference to {@code anchor} inside {@code document}, or to the document itself when the anchor is empty. */
    static String reference(String document, String anchor) {
        String url = encode(document, c -> isUnreserved(c) || c == '/');
        // a fragment keeps non-ASCII letters (an IRI allows them) so that ids in Cyrillic or
        // Japanese read the same in the id attribute and in the link
        return anchor == null || anchor.isEmpty() ? url : url + "#" + encode(anchor, c -> isUnreserved(c) || c >= 0x80);
    }

    /** The reference a link inside the book points to. */
    static String reference(LinkTarget.Internal target) {
        return reference(chapter(target.chapter()), target.anchor().orElse(""));
    }

    /**
     * An address outside the book as a valid URL: characters a URL may never hold raw (spaces,
     * quotes, angle brackets, square brackets outside an IPv6 host, a percent sign that starts no
     * escape) are percent-encoded, everything else is kept as the author wrote it.
     */
    static String external(String uri) {
        int hostEnd = hostEnd(uri);
        var out = new StringBuilder(uri.length());
        for (int i = 0; i < uri.length(); ) {
            int c = uri.codePointAt(i);
            int next = i + Character.charCount(c);
            boolean bracket = (c == '[' || c == ']') && i >= hostEnd;
            boolean loosePercent = c == '%' && !(next + 2 <= uri.length()
                    && isHex(uri.charAt(next)) && isHex(uri.charAt(next + 1)));
            if (c > 0x20 && c != 0x7F && "\"<>\\^`{|}".indexOf(c) < 0 && !bracket && !loosePercent) {
                out.appendCodePoint(c);
            } else {
                out.append(encode(Character.toString(c), x -> false));
            }
            i = next;
        }
        return out.toString();
    }

    // Where the host of "scheme://host/..." ends; brackets before it enclose an IPv6 address.
    private static int hostEnd(String uri) {
        int authority = uri.indexOf("://");
        if (authority < 0) {
            return 0;
        }
        int start = authority + 3;
        int end = start;
        while (end < uri.length() && "/?#".indexOf(uri.charAt(end)) < 0) {
            end++;
        }
        return end;
    }

    private static boolean isHex(char c) {
        return Character.digit(c, 16) >= 0 && c < 0x80;
    }

    private static String encode(String text, IntPredicate keep) {
        var out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (keep.test(c)) {
                out.appendCodePoint(c);
            } else {
                for (byte b : Character.toString(c).getBytes(StandardCharsets.UTF_8)) {
                    out.append('%').append(HEX.charAt((b >> 4) & 0xF)).append(HEX.charAt(b & 0xF));
                }
            }
        });
        return out.toString();
    }

    private static boolean isUnreserved(int c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
                || "-._~!$'()*+,;=:@".indexOf(c) >= 0;
    }
}
