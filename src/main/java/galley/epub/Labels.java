package galley.epub;

import java.util.Locale;
import java.util.Map;

/**
 * The few words Galley itself puts into an EPUB (navigation headings, the cover's alt text), in
 * the book's language where Galley knows it, else in English.
 *
 * @param contents      heading of the table of contents
 * @param landmarks     heading of the landmarks navigation
 * @param pages         heading of the page list
 * @param cover         name of the cover landmark
 * @param titlePage     name of the title page landmark
 * @param start         name of the landmark where the body begins
 * @param coverOf       alt text of the cover image, with {@code %s} for the title
 * @param backToText    label of a footnote's link back to its reference, with {@code %s} for the number
 * @param printEdition  how {@code dc:source} names the print edition, with {@code %s} for the title
 */
record Labels(String contents, String landmarks, String pages, String cover, String titlePage, String start, String coverOf,
              String backToText, String printEdition) {

    private static final Labels ENGLISH = new Labels("Contents", "Landmarks", "Pages", "Cover", "Title page", "Start",
            "Cover of %s", "Back to note reference %s", "%s, print edition");

    private static final Map<String, Labels> BY_LANGUAGE = Map.of(
            "en", ENGLISH,
            "ru", new Labels("Содержание", "Ориентиры", "Страницы", "Обложка", "Титульный лист", "Начало",
                    "Обложка книги «%s»", "Вернуться к сноске %s", "%s, печатное издание"),
            "de", new Labels("Inhalt", "Orientierungspunkte", "Seiten", "Umschlag", "Titelseite", "Beginn",
                    "Umschlag von %s", "Zurück zur Fußnote %s", "%s, Druckausgabe"),
            "fr", new Labels("Table des matières", "Repères", "Pages", "Couverture", "Page de titre", "Début",
                    "Couverture de %s", "Retour à l’appel de note %s", "%s, édition imprimée"),
            "es", new Labels("Índice", "Puntos de referencia", "Páginas", "Cubierta", "Portada", "Inicio",
                    "Cubierta de %s", "Volver a la llamada de nota %s", "%s, edición impresa"),
            "ja", new Labels("目次", "ランドマーク", "ページ", "表紙", "扉", "本文",
                    "『%s』の表紙", "注 %s の参照箇所に戻る", "%s（印刷版）"),
            "zh", new Labels("目录", "地标", "页码", "封面", "扉页", "正文",
                    "《%s》封面", "返回注释 %s", "%s（印刷版）"),
            "he", new Labels("תוכן העניינים", "ציוני דרך", "עמודים", "כריכה", "שער", "התחלה",
                    "כריכת הספר %s", "חזרה להפניה להערה %s", "%s, מהדורה מודפסת"),
            "ar", new Labels("المحتويات", "المعالم", "الصفحات", "الغلاف", "صفحة العنوان", "البداية",
                    "غلاف %s", "العودة إلى موضع الحاشية %s", "%s، النسخة المطبوعة"));

    /** The labels for a BCP 47 language tag, chosen by its primary language. */
    static Labels forLanguage(String languageTag) {
        String language = Locale.forLanguageTag(languageTag).getLanguage();
        return BY_LANGUAGE.getOrDefault(language, ENGLISH);
    }
}
