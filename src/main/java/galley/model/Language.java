package galley.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * The language of a book, parsed once from the BCP 47 tag book.yaml gives, with everything Galley's
 * stages need to know of it: which way it reads, its script, whether it is set on a grid of
 * ideographs, its quotation marks, its hyphenation patterns and the one-letter words it keeps off a
 * line's end. Every stage asks this value instead of taking the tag apart itself.
 */
public final class Language {

    /** Which way a book's own pages (contents, imprint, navigation) read. */
    public enum Direction { LEFT_TO_RIGHT, RIGHT_TO_LEFT }

    /** The script a language is written in, as far as typesetting it differs; Japanese's is KANA, with Han ideographs. */
    public enum Script { LATIN, CYRILLIC, GREEK, ARMENIAN, GEORGIAN, HEBREW, ARABIC, DEVANAGARI, THAI, HAN, KANA, HANGUL }

    // by primary subtag; a language not listed is written in the Latin script
    private static final Set<String> CYRILLIC = Set.of("ru", "uk", "be", "bg", "mk", "sr", "kk", "ky", "mn", "tg");
    private static final Set<String> ARABIC = Set.of("ar", "fa", "ur", "ps", "ug");
    private static final Set<String> HEBREW = Set.of("he", "yi");
    private static final Set<String> DEVANAGARI = Set.of("hi", "mr", "ne", "sa");

    // the languages whose books read from right to left
    private static final Set<String> RIGHT_TO_LEFT = Set.of("he", "ar", "fa", "ur", "yi");

    // declared after the tables that making a language reads
    /** English, Galley's language when book.yaml names none. */
    public static final Language ENGLISH = of("en");

    private final String tag;
    private final Locale locale;
    private final String primary;
    private final Script script;

    private Language(String tag) {
        this.tag = tag;
        this.locale = Locale.forLanguageTag(tag);
        this.primary = locale.getLanguage();
        this.script = scriptOf(primary, locale.getScript());
    }

    /** The language of a BCP 47 tag such as {@code en}, {@code en-GB}, {@code zh-Hant} or {@code sr-Latn}. */
    public static Language of(String tag) {
        return new Language(Objects.requireNonNull(tag));
    }

    /** The tag as book.yaml writes it, which both editions declare as the book's language. */
    public String tag() {
        return tag;
    }

    /** The primary language subtag, in lower case: {@code en} for {@code en-GB}. */
    public String primary() {
        return primary;
    }

    /** The tag as a JDK locale, for the JDK's line breaks and case rules. */
    public Locale locale() {
        return locale;
    }

    public Script script() {
        return script;
    }

    /**
     * Which way the pages Galley sets itself read: from the right for Hebrew, Arabic, Persian, Urdu
     * and Yiddish. The language decides, not the title's first letter, so that a Hebrew book with a
     * Latin title still reads from the right.
     */
    public Direction direction() {
        return RIGHT_TO_LEFT.contains(primary) ? Direction.RIGHT_TO_LEFT : Direction.LEFT_TO_RIGHT;
    }

    /** Whether the book reads from right to left, as {@link #direction()} says. */
    public boolean rightToLeft() {
        return direction() == Direction.RIGHT_TO_LEFT;
    }

    /**
     * Whether the book is set on a grid of ideographs, Chinese and Japanese: paragraphs indented by
     * whole characters, full-width punctuation squeezed, lines filled without added space.
     */
    public boolean setsOnCjkGrid() {
        return primary.equals("zh") || primary.equals("ja");
    }

    /** Whether the book's text is Chinese, Japanese or Korean, which fonts and hyphenation treat apart. */
    public boolean eastAsian() {
        return setsOnCjkGrid() || primary.equals("ko");
    }

    /** The quotation marks the language prints. */
    public QuoteStyle quotes() {
        return QuoteStyle.of(this);
    }

    /**
     * The names of the hyphenation patterns to try, best first: the language with its region, then
     * the language alone ({@code en_GB}, {@code en_US}, {@code en}). Chinese, Japanese and Korean are
     * never hyphenated, so the Latin words among them take English's patterns.
     */
    public List<String> hyphenationPatterns() {
        if (eastAsian()) {
            return List.of("en_US", "en");
        }
        String region = locale.getCountry();
        List<String> names = new ArrayList<>();
        if (!region.isEmpty()) {
            names.add(primary + "_" + region);
        }
        if (primary.equals("en")) {
            names.add("en_US");
        }
        names.add(primary);
        return List.copyOf(names);
    }

    /**
     * The lower-case letters that are words on their own and that the language's typesetting keeps
     * with the word after them (Russian "в", "к", "с", "о", Polish "w", "z"…), or an empty string for
     * a language that does not tie them.
     */
    public String tiedOneLetterWords() {
        return switch (primary) {
            case "ru" -> "авиксоуя";
            case "uk" -> "авзійоуя";
            case "be" -> "авзіоуўя";
            case "pl" -> "aiouwz";
            case "cs", "sk" -> "aikosuvz";
            default -> "";
        };
    }

    private static Script scriptOf(String primary, String scriptSubtag) {
        switch (scriptSubtag) {
            case "Latn": return Script.LATIN;
            case "Cyrl": return Script.CYRILLIC;
            case "Hans", "Hant", "Hani": return Script.HAN;
            case "Jpan", "Hira", "Kana": return Script.KANA;
            case "Kore", "Hang": return Script.HANGUL;
            default: break;
        }
        if (CYRILLIC.contains(primary)) {
            return Script.CYRILLIC;
        } else if (ARABIC.contains(primary)) {
            return Script.ARABIC;
        } else if (HEBREW.contains(primary)) {
            return Script.HEBREW;
        } else if (DEVANAGARI.contains(primary)) {
            return Script.DEVANAGARI;
        }
        return switch (primary) {
            case "el" -> Script.GREEK;
            case "hy" -> Script.ARMENIAN;
            case "ka" -> Script.GEORGIAN;
            case "th" -> Script.THAI;
            case "zh" -> Script.HAN;
            case "ja" -> Script.KANA;
            case "ko" -> Script.HANGUL;
            default -> Script.LATIN;
        };
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Language other && other.tag.equals(tag);
    }

    @Override
    public int hashCode() {
        return tag.hashCode();
    }

    @Override
    public String toString() {
        return tag;
    }
}
