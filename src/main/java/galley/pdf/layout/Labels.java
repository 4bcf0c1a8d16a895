package galley.pdf.layout;

import java.util.Locale;
import java.util.Map;

/** The few words the print edition sets itself, in the book's language. */
final class Labels {

    private static final Map<String, String> CONTENTS = Map.ofEntries(
            Map.entry("en", "Contents"), Map.entry("ru", "Содержание"), Map.entry("uk", "Зміст"),
            Map.entry("be", "Змест"), Map.entry("de", "Inhalt"), Map.entry("fr", "Table des matières"),
            Map.entry("es", "Índice"), Map.entry("it", "Indice"), Map.entry("pt", "Sumário"),
            Map.entry("nl", "Inhoud"), Map.entry("pl", "Spis treści"), Map.entry("ja", "目次"),
            Map.entry("zh", "目录"), Map.entry("ko", "차례"), Map.entry("el", "Περιεχόμενα"));

    private Labels() {
    }

    static String contents(String languageTag) {
        String language = Locale.forLanguageTag(languageTag).getLanguage();
        return CONTENTS.getOrDefault(language, "Contents");
    }
}
