package galley.font;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntUnaryOperator;

/**
 * An int worked out once for each code point and kept: in an array for the Basic Multilingual
 * Plane, which is looked up for every character drawn or measured, in a map beyond it. The values
 * must never be 0, which marks a code point not worked out yet. Races are benign: int writes are
 * atomic and every thread works out the same value.
 */
final class CodePointTable {

    private final IntUnaryOperator compute;
    private final int[] basic = new int[0x10000];
    private final Map<Integer, Integer> supplementary = new ConcurrentHashMap<>();

    /** A table of {@code compute}'s values, which must not be 0. */
    CodePointTable(IntUnaryOperator compute) {
        this.compute = compute;
    }

    int get(int codePoint) {
        if (codePoint >= 0x10000) {
            return supplementary.computeIfAbsent(codePoint, compute::applyAsInt);
        }
        int value = basic[codePoint];
        if (value == 0) {
            value = compute.applyAsInt(codePoint);
            basic[codePoint] = value;
        }
        return value;
    }
}
