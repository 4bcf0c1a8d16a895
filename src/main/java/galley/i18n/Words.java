package galley.i18n;

import galley.model.Language;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The words Galley sets itself (headings, landmarks, page labels, the imprint's edition line, the
 * authors' "and"), in the book's language where Galley knows it, else in English: one table for the
 * print edition, the EPUB and the download page. Each language is a file {@code words_xx.properties} beside this class,
 * read as UTF-8 and keyed by {@link Word#key()}, so that a translator adds a language without
 * touching code. Safe to share between threads.
 */
public final class Words {

    /** The primary subtags of the languages Galley has words for. */
    public static final List<String> LANGUAGES = List.of("en", "ru", "uk", "be", "de", "fr", "es", "it", "pt", "nl",
            "pl", "cs", "sv", "da", "nb", "fi", "el", "ja", "zh", "ko", "he", "ar");

    // Norwegian's older subtag names Bokmål's words
    private static final Map<String, String> SAME_WORDS = Map.of("no", "nb");

    private static final Map<String, Words> LOADED = new ConcurrentHashMap<>();

    private final Map<Word, String> words;

    private Words(Map<Word, String> words) {
        this.words = words;
    }

    /** The words of {@code language}, chosen by its primary subtag; English's for a language Galley does not know. */
    public static Words of(Language language) {
        String primary = SAME_WORDS.getOrDefault(language.primary(), language.primary());
        primary = LANGUAGES.contains(primary) ? primary : "en";
        return LOADED.computeIfAbsent(primary, Words::load);
    }

    /** The word as it is set. */
    public String get(Word word) {
        return words.get(word);
    }

    /** The word with its {@code %s} replaced by {@code value}. */
    public String format(Word word, Object value) {
        return String.format(Locale.ROOT, words.get(word), value);
    }

    // a missing file or word is a fault of Galley's build, which WordsTest guards against
    private static Words load(String primary) {
        String name = "words_" + primary + ".properties";
        Properties table = new Properties();
        try (InputStream in = Words.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("Galley's words are missing from the classpath: " + name);
            }
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                table.load(reader);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<Word, String> words = new EnumMap<>(Word.class);
        for (Word word : Word.values()) {
            String text = table.getProperty(word.key());
            if (text == null) {
                throw new IllegalStateException(name + " has no '" + word.key() + "'");
            }
            words.put(word, text);
        }
        return new Words(words);
    }
}
