package galley.text;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BreakRuleTest {

    private static boolean isIdentifier(String text) {
        return BreakRule.isIdentifier(text, 0, text.length());
    }

    @ParameterizedTest
    @ValueSource(strings = {"connection_timeout_milliseconds", "max_size", "maxConnectionPoolSize", "getFooBar",
            "validationQuery", "org.example.pool", "src/main/java", "(org.example.pool.validationQuery),",
            "x86_64-linux-gnu", "www.example.com"})
    void namesWrittenAsProseAreIdentifiers(String name) {
        assertTrue(isIdentifier(name), name);
    }

    @ParameterizedTest
    @ValueSource(strings = {"well-known", "state-of-the-art", "e.g.", "U.S.A.", "JavaScript", "iPhone", "and/or",
            "input/output", "1,234,567.89", "2020/01/01", "https://example.org/a/b", "__init__", "pool’s",
            "“quoted”", "東京.大阪.名古屋"})
    void wordsAbbreviationsAndNumbersAreNot(String word) {
        assertFalse(isIdentifier(word), word);
    }
}
