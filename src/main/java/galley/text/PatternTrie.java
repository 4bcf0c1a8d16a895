package galley.text;

import java.util.Arrays;
import java.util.Map;

/**
 * Liang's hyphenation patterns as a trie over their letters, so that every pattern found at each
 * place in a word is found in one walk from there, without cutting the word into substrings to
 * look each one up. Built once for a language; safe to share between threads once built.
 */
final class PatternTrie {

    private static final int NONE = -1;

    // open addressing: the edge (node, letter) at a slot of keys, the node it leads to in the same slot of targets
    private long[] keys;
    private int[] targets;
    private int edges;
    private byte[][] values = new byte[16][];
    private int nodes = 1;

    PatternTrie(Map<String, byte[]> patterns) {
        int slots = Integer.highestOneBit(Math.max(16, patterns.size() * 6)) * 2;
        keys = new long[slots];
        targets = new int[slots];
        Arrays.fill(keys, -1L);
        patterns.forEach(this::add);
    }

    /**
     * Raises {@code levels[at + k]} to the k-th digit of every pattern that {@code word} holds
     * from {@code at} on, as Liang's algorithm does at each place of the word.
     */
    void apply(String word, int at, byte[] levels) {
        int node = 0;
        for (int i = at; i < word.length(); i++) {
            node = child(node, word.charAt(i));
            if (node == NONE) {
                return;
            }
            byte[] digits = values[node];
            if (digits != null) {
                for (int k = 0; k < digits.length; k++) {
                    if (digits[k] > levels[at + k]) {
                        levels[at + k] = digits[k];
                    }
                }
            }
        }
    }

    private void add(String letters, byte[] digits) {
        int node = 0;
        for (int i = 0; i < letters.length(); i++) {
            int next = child(node, letters.charAt(i));
            if (next == NONE) {
                next = newNode();
                link(node, letters.charAt(i), next);
            }
            node = next;
        }
        values[node] = digits;
    }

    private int newNode() {
        if (nodes == values.length) {
            values = Arrays.copyOf(values, nodes * 2);
        }
        return nodes++;
    }

    private int child(int node, char letter) {
        long key = edge(node, letter);
        int mask = keys.length - 1;
        for (int slot = hash(key) & mask; ; slot = (slot + 1) & mask) {
            if (keys[slot] == key) {
                return targets[slot];
            }
            if (keys[slot] == -1L) {
                return NONE;
            }
        }
    }

    private void link(int node, char letter, int target) {
        if ((edges + 1) * 2 > keys.length) {
            grow();
        }
        put(edge(node, letter), target);
        edges++;
    }

    private void put(long key, int target) {
        int mask = keys.length - 1;
        int slot = hash(key) & mask;
        while (keys[slot] != -1L) {
            slot = (slot + 1) & mask;
        }
        keys[slot] = key;
        targets[slot] = target;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldTargets = targets;
        keys = new long[oldKeys.length * 2];
        targets = new int[oldKeys.length * 2];
        Arrays.fill(keys, -1L);
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != -1L) {
                put(oldKeys[i], oldTargets[i]);
            }
        }
    }

    private static long edge(int node, char letter) {
        return (long) node << 16 | letter;
    }

    private static int hash(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ h >>> 32);
    }
}
