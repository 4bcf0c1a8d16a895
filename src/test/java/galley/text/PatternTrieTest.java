package galley.text;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

/** The trie finds at each place of a word exactly the patterns a lookup of every substring finds. */
class PatternTrieTest {

    @Test
    void theTrieRaisesTheLevelsThatLookingUpEverySubstringRaises() {
        var random = new Random(7);
        String alphabet = ".abcdeéя";
        Map<String, byte[]> patterns = new HashMap<>();
        for (int p = 0; p < 3_000; p++) {
            var letters = new StringBuilder();
            int length = 1 + random.nextInt(6);
            for (int i = 0; i < length; i++) {
                letters.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            byte[] digits = new byte[length + 1];
            for (int k = 0; k < digits.length; k++) {
                digits[k] = (byte) random.nextInt(6);
            }
            patterns.put(letters.toString(), digits);
        }
        var trie = new PatternTrie(patterns);
        for (int w = 0; w < 500; w++) {
            var word = new StringBuilder(".");
            int length = 1 + random.nextInt(14);
            for (int i = 0; i < length; i++) {
                word.append(alphabet.charAt(1 + random.nextInt(alphabet.length() - 1)));
            }
            String dotted = word.append('.').toString();
            byte[] expected = new byte[dotted.length() + 1];
            byte[] found = new byte[dotted.length() + 1];
            for (int i = 0; i < dotted.length(); i++) {
                for (int end = i + 1; end <= dotted.length(); end++) {
                    byte[] digits = patterns.get(dotted.substring(i, end));
                    for (int k = 0; digits != null && k < digits.length; k++) {
                        expected[i + k] = (byte) Math.max(expected[i + k], digits[k]);
                    }
                }
                trie.apply(dotted, i, found);
            }
            assertArrayEquals(expected, found, dotted);
        }
    }
}
