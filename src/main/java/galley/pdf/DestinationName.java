package galley.pdf;

import java.nio.charset.StandardCharsets;

/**
 * The name under which an anchor is stored among the PDF's named destinations: the anchor itself
 * when it is plain ASCII, otherwise with each other byte of its UTF-8 form written as {@code %XX}.
 * Distinct anchors keep distinct names, and the names sort as the PDF name tree requires.
 */
final class DestinationName {

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private DestinationName() {
    }

    static String of(String anchor) {
        StringBuilder name = new StringBuilder(anchor.length());
        for (byte b : anchor.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (isPlain(c)) {
                name.append((char) c);
            } else {
                name.append('%').append(HEX[c >> 4]).append(HEX[c & 0xF]);
            }
        }
        return name.toString();
    }

    private static boolean isPlain(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                || c == '-' || c == '_' || c == '.' || c == ':';
    }
}
