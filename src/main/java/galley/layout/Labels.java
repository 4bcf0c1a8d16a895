package galley.layout;

import java.util.Locale;
import java.util.Map;

/**
 * The few words the print edition sets itself, in the book's language where Galley knows it, else
 * in English.
 *
 * @param contents heading of the contents page
 * @param edition  the imprint's line on the edition, with {@code %s} for its date, which may be a
 *                 year, a month or a day, so the words must suit all three
 */
record Labels(String contents, String edition) {

    private static final Labels ENGLISH = new Labels("Contents", "Edition of %s, typeset with Galley.");

    private static final Map<String, Labels> BY_LANGUAGE = Map.ofEntries(
            Map.entry("en", ENGLISH),
            Map.entry("ru", new Labels("Содержание", "Издание: %s. Вёрстка: Galley.")),
            Map.entry("uk", new Labels("Зміст", "Видання: %s. Верстка: Galley.")),
            Map.entry("be", new Labels("Змест", "Выданне: %s. Вёрстка: Galley.")),
            Map.entry("de", new Labels("Inhalt", "Ausgabe: %s. Gesetzt mit Galley.")),
            Map.entry("fr", new Labels("Table des matières", "Édition\u00A0: %s. Composition\u00A0: Galley.")),
            Map.entry("es", new Labels("Índice", "Edición: %s. Compuesto con Galley.")),
            Map.entry("it", new Labels("Indice", "Edizione: %s. Composto con Galley.")),
            Map.entry("pt", new Labels("Sumário", "Edição: %s. Composto com Galley.")),
            Map.entry("nl", new Labels("Inhoud", "Editie: %s. Gezet met Galley.")),
            Map.entry("pl", new Labels("Spis treści", "Wydanie: %s. Skład: Galley.")),
            Map.entry("ja", new Labels("目次", "版：%s。組版：Galley。")),
            Map.entry("zh", new Labels("目录", "版本：%s。排版：Galley。")),
            Map.entry("ko", new Labels("차례", "판: %s. 조판: Galley.")),
            Map.entry("el", new Labels("Περιεχόμενα", "Έκδοση: %s. Στοιχειοθεσία: Galley.")),
            Map.entry("he", new Labels("תוכן העניינים", "מהדורה: %s. עימוד: Galley.")),
            Map.entry("ar", new Labels("المحتويات", "الطبعة: %s. التنضيد: Galley.")));

    /** The labels for a BCP 47 language tag, chosen by its primary language. */
    static Labels forLanguage(String languageTag) {
        String language = Locale.forLanguageTag(languageTag).getLanguage();
        return BY_LANGUAGE.getOrDefault(language, ENGLISH);
    }
}
