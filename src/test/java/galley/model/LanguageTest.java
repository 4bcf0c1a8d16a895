package galley.model;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What a book's language tag tells each stage, read once from the tag. */
class LanguageTest {

    @Test
    void theTagIsKeptAsWrittenAndItsPrimarySubtagReadInLowerCase() {
        Language british = Language.of("EN-gb");
        assertEquals("EN-gb", british.tag());
        assertEquals("en", british.primary());
        assertEquals(List.of("en_GB", "en_US", "en"), british.hyphenationPatterns());
        assertEquals(List.of("de"), Language.of("de").hyphenationPatterns());
    }

    @Test
    void hebrewArabicPersianUrduAndYiddishReadFromTheRight() {
        for (String tag : List.of("he", "ar-EG", "fa", "ur", "yi")) {
            assertEquals(Language.Direction.RIGHT_TO_LEFT, Language.of(tag).direction(), tag);
        }
        assertFalse(Language.of("en").rightToLeft());
        assertFalse(Language.of("el").rightToLeft());
    }

    @Test
    void theScriptFollowsTheLanguageUnlessTheTagNamesOne() {
        assertEquals(Language.Script.CYRILLIC, Language.of("ru").script());
        assertEquals(Language.Script.LATIN, Language.of("sr-Latn").script());
        assertEquals(Language.Script.CYRILLIC, Language.of("sr").script());
        assertEquals(Language.Script.GREEK, Language.of("el").script());
        assertEquals(Language.Script.HAN, Language.of("zh-Hant-TW").script());
        assertEquals(Language.Script.KANA, Language.of("ja").script());
        assertEquals(Language.Script.HANGUL, Language.of("ko").script());
        assertEquals(Language.Script.ARABIC, Language.of("ur").script());
        assertEquals(Language.Script.HEBREW, Language.of("he").script());
        assertEquals(Language.Script.DEVANAGARI, Language.of("hi").script());
        assertEquals(Language.Script.LATIN, Language.of("pl").script());
    }

    @Test
    void chineseAndJapaneseSetOnAGridAndKoreanIsEastAsianWithout() {
        assertTrue(Language.of("ja").setsOnCjkGrid());
        assertTrue(Language.of("zh-Hans").setsOnCjkGrid());
        assertFalse(Language.of("ko").setsOnCjkGrid());
        assertTrue(Language.of("ko").eastAsian());
        assertFalse(Language.of("vi").eastAsian());
        // never hyphenated, so the Latin words among them take English's patterns
        assertEquals(List.of("en_US", "en"), Language.of("ja-JP").hyphenationPatterns());
    }

    @Test
    void quotationMarksFollowLanguageAndRegion() {
        assertEquals("«", Language.of("ru").quotes().doubleOpen());
        assertEquals("„", Language.of("pl").quotes().doubleOpen());
        assertEquals("”", Language.of("pl").quotes().doubleClose());
        assertEquals("“", Language.of("nl").quotes().doubleOpen());
        assertEquals("«", Language.of("pt").quotes().doubleOpen());
        assertEquals("“", Language.of("pt-BR").quotes().doubleOpen());
        assertEquals("「", Language.of("zh-TW").quotes().doubleOpen());
        assertEquals("“", Language.of("zh-CN").quotes().doubleOpen());
        assertEquals("«\u00A0", Language.of("fr").quotes().doubleOpen());
        assertEquals("“", Language.of("xx").quotes().doubleOpen());
    }

    @Test
    void slavicLanguagesTieTheirOneLetterWords() {
        assertEquals("авиксоуя", Language.of("ru").tiedOneLetterWords());
        assertEquals("aiouwz", Language.of("pl").tiedOneLetterWords());
        assertEquals("aikosuvz", Language.of("sk").tiedOneLetterWords());
        assertEquals("", Language.of("en").tiedOneLetterWords());
        assertEquals("", Language.of("sl").tiedOneLetterWords());
    }

    @Test
    void twoLanguagesAreEqualWhenTheirTagsAre() {
        assertEquals(Language.of("de-AT"), Language.of("de-AT"));
        assertFalse(Language.of("de-AT").equals(Language.of("de")));
    }
}
