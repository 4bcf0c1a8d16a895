package galley.build;

import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/**
 * Values each kept under a key with the bytes it was made from, and given again while the bytes
 * are the same: what a long-lived process ({@code galley watch}) keeps from one build for the next,
 * such as a file deflated or an image read. Safe to share between threads.
 *
 * @param <K> what a value is kept under, such as a file or a page's place in the document
 * @param <V> what is made from the bytes
 */
final class KeptByBytes<K, V> {

    /** Makes a value from bytes. */
    public interface Maker<V, E extends Exception> {
        V make(byte[] bytes) throws E;
    }

    private record Kept<V>(byte[] bytes, V value) {
    }

    private final Map<K, Kept<V>> kept = new ConcurrentHashMap<>();
    private final boolean keeps;

    /** Values kept from one build to the next when {@code keeps}; else every value made afresh, as a one-off build wants. */
    KeptByBytes(boolean keeps) {
        this.keeps = keeps;
    }

    /** The value kept under {@code key} if it was made from the same bytes, else {@code maker}'s, which is then kept. */
    <E extends Exception> V get(K key, byte[] bytes, Maker<V, E> maker) throws E {
        if (!keeps) {
            return maker.make(bytes);
        }
        Kept<V> known = kept.get(key);
        if (known == null || !Arrays.equals(known.bytes(), bytes)) {
            known = new Kept<>(bytes, maker.make(bytes));
            kept.put(key, known);
        }
        return known.value();
    }

    /** Forgets the values kept under the keys {@code which} accepts. */
    void forget(Predicate<K> which) {
        kept.keySet().removeIf(which);
    }
}
