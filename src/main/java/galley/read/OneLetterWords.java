package galley.read;

import galley.model.Language;

import java.util.Locale;

/**
 * The one-letter words (prepositions and conjunctions) that Slavic typesetting keeps off the end of a
 * line: Russian "в", "к", "с", "о" and the like belong to the word after them, and a line that ends on
 * one reads as broken. The space after such a word becomes a no-break space in the model, so that
 * both editions keep it with its word, as the space before a spaced dash is.
 */
final class OneLetterWords {

    private static final char NO_BREAK_SPACE = '\u00A0';

    /** Lower-case letters that are words on their own; their capitals are too. */
    private final String letters;

    private OneLetterWords(String letters) {
        this.letters = letters + letters.toUpperCase(Locale.ROOT);
    }

    /** The one-letter words of {@code language}, or null for a language that does not tie them. */
    static OneLetterWords forLanguage(Language language) {
        String letters = language.tiedOneLetterWords();
        return letters.isEmpty() ? null : new OneLetterWords(letters);
    }

    /**
     * Ties each one-letter word in {@code text} to the word after it. A space at the very end is tied only
     * when {@code moreFollows}, as when the word is followed by emphasis or a link rather than the end of
     * the paragraph.
     */
    void tie(StringBuilder text, boolean moreFollows) {
        int last = text.length() - 1;
        for (int at = 1; at <= last; at++) {
            // the cheap test first: most spaces follow longer words
            if (text.charAt(at) == ' ' && letters.indexOf(text.charAt(at - 1)) >= 0
                    && (at == 1 || startsWord(text.charAt(at - 2)))
                    && (at < last ? text.charAt(at + 1) != ' ' : moreFollows)) {
                text.setCharAt(at, NO_BREAK_SPACE);
            }
        }
    }

    // a letter that follows a space, an opening quote or bracket, or a dash is a word of its own
    private static boolean startsWord(char before) {
        return !Character.isLetterOrDigit(before) && before != '-' && before != '\'' && before != '\u2019'
                && before != '.' && before != '\u00AD';
    }
}
