package galley.epub;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The images this process has already scaled down for an EPUB, by content and size limit, so that
 * rebuilding a book (as {@code galley watch} does) does not decode and encode its large images
 * again. It holds at most {@value #MAX_BYTES} bytes and starts afresh when full.
 */
final class ScaledImages {

    static final long MAX_BYTES = 64L << 20;

    private static final Map<String, byte[]> DONE = new ConcurrentHashMap<>();
    private static final AtomicLong HELD = new AtomicLong();

    private ScaledImages() {
    }

    static byte[] get(String key) {
        return DONE.get(key);
    }

    static void put(String key, byte[] scaled) {
        if (HELD.addAndGet(scaled.length) > MAX_BYTES) {
            DONE.clear();
            HELD.set(scaled.length);
        }
        DONE.put(key, scaled);
    }

    static String digest(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK lacks SHA-256", e);
        }
    }
}
