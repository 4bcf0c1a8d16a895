package galley.text;

import galley.model.Language;
import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HyphenatorTest {

    private static String hyphenated(String lang, String word) {
        int[] points = Hyphenator.forLanguage(Language.of(lang)).orElseThrow().points(word);
        var out = new StringBuilder(word);
        for (int i = points.length - 1; i >= 0; i--) {
            out.insert(points[i], '-');
        }
        return out.toString();
    }

    @Test
    void englishFollowsTheTexPatterns() {
        assertTrue(hyphenated("en", "hyphenation").matches("(hy-)?phen-a-?tion|hyphen-a-tion"), hyphenated("en", "hyphenation"));
        assertTrue(hyphenated("en", "demonstrations").contains("-"), hyphenated("en", "demonstrations"));
    }

    @Test
    void keepsTwoLettersBeforeAndThreeAfter() {
        for (String word : new String[]{"international", "presidential", "authoritarian"}) {
            int[] points = Hyphenator.forLanguage(Language.of("en-GB")).orElseThrow().points(word);
            assertTrue(Arrays.stream(points).allMatch(p -> p >= 2 && p <= word.length() - 3), word);
        }
    }

    @Test
    void everyRequiredLanguageHasPatterns() {
        for (String lang : new String[]{"en", "ru", "de", "fr", "es", "it", "pt", "nl", "pl", "uk"}) {
            assertTrue(Hyphenator.forLanguage(Language.of(lang)).isPresent(), lang);
        }
        assertTrue(hyphenated("ru", "демонстрации").contains("-"), hyphenated("ru", "демонстрации"));
        assertTrue(hyphenated("de", "Zusammenarbeit").contains("-"), hyphenated("de", "Zusammenarbeit"));
    }

    @Test
    void shortWordsAreNeverBroken() {
        assertArrayEquals(new int[0], Hyphenator.forLanguage(Language.of("en")).orElseThrow().points("city"));
    }

    @Test
    void longWordsBreakWhereTexBreaksThem() {
        assertEquals("элек-тро-кар-дио-гра-фи-че-ско-го", hyphenated("ru", "электрокардиографического"));
        assertEquals("рент-ге-но-элек-тро-кар-дио-гра-фи-че-ско-го", hyphenated("ru", "рентгеноэлектрокардиографического"));
        assertEquals("дез-окси-ри-бо-ну-кле-и-но-вая", hyphenated("ru", "дезоксирибонуклеиновая"));
        assertEquals("Длин-ное", hyphenated("ru", "Длинное"));
        assertEquals("elec-tro-en-ceph-al-o-graph-ic-ally", hyphenated("en", "electroencephalographically"));
        assertTrue(hyphenated("en", "incomprehensibilities").split("-").length >= 5, hyphenated("en", "incomprehensibilities"));
    }
}
