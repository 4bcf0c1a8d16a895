package galley.i18n;

import galley.model.Metadata;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The author line that the cover, the title page and the download page set. */
class AuthorLineTest {

    private static String authorLine(String lang, String... authors) {
        return AuthorLine.of(new Metadata("T", Optional.empty(), List.of(authors), lang, Optional.empty(), "urn:x",
                Optional.empty(), Optional.empty(), Optional.empty(), List.of()));
    }

    @Test
    void authorsAreJoinedInTheBooksLanguage() {
        assertEquals("", authorLine("en"));
        assertEquals("Ann", authorLine("de", "Ann"));
        assertEquals("Ann and Bob", authorLine("en-US", "Ann", "Bob"));
        assertEquals("Ann, Bob and Cy", authorLine("en", "Ann", "Bob", "Cy"));
        assertEquals("Анна, Борис и Вера", authorLine("ru", "Анна", "Борис", "Вера"));
        assertEquals("Anne et Bruno", authorLine("fr-CA", "Anne", "Bruno"));
        assertEquals("Anna und Bernd", authorLine("de", "Anna", "Bernd"));
        assertEquals("Anna och Bo", authorLine("sv", "Anna", "Bo"));
        assertEquals("Kari og Ola", authorLine("no", "Kari", "Ola"));
        assertEquals("Jan a Eva", authorLine("cs", "Jan", "Eva"));
    }

    @Test
    void chineseAndJapaneseListNamesWithTheIdeographicComma() {
        assertEquals("山田太郎、鈴木花子、佐藤一郎", authorLine("ja", "山田太郎", "鈴木花子", "佐藤一郎"));
        assertEquals("张三、李四", authorLine("zh-Hans", "张三", "李四"));
        assertEquals("김철수, 이영희", authorLine("ko", "김철수", "이영희"));
    }

    @Test
    void hebrewAndArabicPrefixTheirAndToTheLastName() {
        assertEquals("נועה לוי ודניאל כהן", authorLine("he", "נועה לוי", "דניאל כהן"));
        assertEquals("נועה, דניאל ורות", authorLine("he-IL", "נועה", "דניאל", "רות"));
        // a name in another script is joined by a maqaf
        assertEquals("נועה לוי ו\u05BEJohn Smith", authorLine("he", "נועה לוי", "John Smith"));
        assertEquals("أحمد ومحمد", authorLine("ar", "أحمد", "محمد"));
        assertEquals("أحمد، محمد وعلي", authorLine("ar-EG", "أحمد", "محمد", "علي"));
    }

    @Test
    void aLanguageGalleyDoesNotKnowGetsEnglish() {
        assertEquals("A and B", authorLine("tlh", "A", "B"));
    }
}
