package galley.pdf;

import galley.font.EmbeddedFont;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.BitSet;

/**
 * The six-letter tags ("ABCDEF+") that name each embedded font subset, derived from the font and
 * the characters it draws in one document, where OpenPDF would draw them at random.
 */
final class SubsetTags {

    private SubsetTags() {
    }

    /** Gives {@code font} the tag of its subset of {@code codePoints}; call once all text is drawn. */
    static void apply(EmbeddedFont font, BitSet codePoints) {
        font.baseFont().setSecureRandom(new Letters(tag(font.name(), codePoints)));
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
