package galley.i18n;

import galley.model.Language;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

/** Every language Galley knows has every word, and no other; the files and the list of languages agree. */
class WordsTest {

    private static final Path FILES = Path.of("src/main/resources/galley/i18n");
    private static final Set<Word> FORMATTED = Set.of(Word.COVER_OF, Word.BACK_TO_NOTE, Word.PRINT_EDITION, Word.EDITION);

    @Test
    void everyLanguageFileHoldsEveryWordAndNoOther() throws IOException {
        Set<String> keys = Arrays.stream(Word.values()).map(Word::key).collect(Collectors.toCollection(TreeSet::new));
        for (String language : Words.LANGUAGES) {
            Properties table = new Properties();
            try (Reader reader = Files.newBufferedReader(FILES.resolve("words_" + language + ".properties"),
                    StandardCharsets.UTF_8)) {
                table.load(reader);
            }
            assertEquals(keys, new TreeSet<>(table.stringPropertyNames()), language);
            for (Word word : Word.values()) {
                String text = table.getProperty(word.key());
                assertNotEquals("", text.strip(), language + " " + word.key());
                // a formatted word takes its one value; any other has no placeholder to print as "%s"
                assertEquals(FORMATTED.contains(word) ? 1 : 0, text.split("%s", -1).length - 1, language + " " + word.key());
                assertEquals(text.indexOf('%'), text.indexOf("%s"), language + " " + word.key() + ": only %s");
            }
        }
    }

    @Test
    void theListOfLanguagesNamesEveryFile() throws IOException {
        try (Stream<Path> files = Files.list(FILES)) {
            Set<String> found = files.map(f -> f.getFileName().toString())
                    .map(n -> n.replaceAll("^words_(\\w+)\\.properties$", "$1")).collect(Collectors.toSet());
            assertEquals(new TreeSet<>(Words.LANGUAGES), new TreeSet<>(found));
        }
        assertEquals(22, Words.LANGUAGES.size());
    }

    @Test
    void aLanguageIsFoundByItsPrimarySubtagAndAnUnknownOneFallsBackToEnglish() {
        assertEquals("Spis treści", Words.of(Language.of("pl-PL")).get(Word.CONTENTS));
        assertEquals("차례", Words.of(Language.of("ko")).get(Word.CONTENTS));
        assertSame(Words.of(Language.ENGLISH), Words.of(Language.of("sw")));
        assertSame(Words.of(Language.of("nb")), Words.of(Language.of("no")));
        assertEquals("Cover of Moby-Dick", Words.of(Language.of("sw")).format(Word.COVER_OF, "Moby-Dick"));
        assertEquals("Édition\u00A0: 2026. Composition\u00A0: Galley.",
                Words.of(Language.of("fr")).format(Word.EDITION, "2026"));
    }
}
