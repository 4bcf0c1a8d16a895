package galley.pdf;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.BitSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The six-letter tags ("ABCDEF+") that name each embedded font subset, derived from the font and
 * the characters it draws in one document, where OpenPDF would draw them at random.
 */
final class SubsetTags {

    private final Map<EmbeddedFont, BitSet> used = new IdentityHashMap<>();

    /** Notes that {@code font} draws the characters of {@code text}. */
    void record(EmbeddedFont font, String text) {
        BitSet set = used.computeIfAbsent(font, f -> new BitSet());
        text.codePoints().forEach(set::set);
    }

    /** Gives each of {@code fonts} the tag of its subset; call once all text is drawn. */
    void applyTo(List<EmbeddedFont> fonts) {
        for (EmbeddedFont font : fonts) {
            // a font nothing was drawn in is not embedded, and may not even have been read
            BitSet set = used.get(font);
            if (set != null) {
                font.baseFont().setSecureRandom(new Letters(tag(font.name(), set)));
            }
        }
    }

    static String tag(String fontName, BitSet codePoints) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(fontName.getBytes(StandardCharsets.UTF_8));
            byte[] digest = sha.digest(codePoints.toByteArray());
            StringBuilder tag = new StringBuilder(6);
            for (int i = 0; i < 6; i++) {
                tag.append((char) ('A' + (digest[i] & 0xFF) % 26));
            }
            return tag.toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK lacks SHA-256", e);
        }
    }

    /**
     * Feeds OpenPDF's subset-tag generator, which draws each letter as {@code nextDouble() * 26},
     * the letters of a fixed tag.
     */
    private static final class Letters extends SecureRandom {

        private static final long serialVersionUID = 1L;
        private final String tag;
        private int next;

        Letters(String tag) {
            this.tag = tag;
        }

        @Override
        public synchronized double nextDouble() {
            char letter = tag.charAt(next);
            next = (next + 1) % tag.length();
            return (letter - 'A' + 0.5) / 26.0;
        }
    }
}
