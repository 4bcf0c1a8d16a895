package galley.read;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;

/**
 * Lower-case text spelled in ASCII letters where it can be, for file names: Latin letters lose
 * their accents (through NFD) and the few that have no decomposition get their usual spelling
 * (ß ss, æ ae, ø o, ł l …); Cyrillic letters are transliterated by ICAO Doc 9303 (the scheme of
 * machine-readable passports: ASCII only, with no apostrophes or marks to lose, one table for
 * Russian, Ukrainian, Belarusian, Bulgarian, Serbian and Macedonian); Greek by ELOT 743 (ISO 843
 * type 1, which Greek passports follow). Other characters, including marks, are kept as they are.
 */
final class Transliteration {

    private static final Map<Character, String> LETTERS = Map.ofEntries(
            // Latin letters without a decomposition
            Map.entry('ß', "ss"), Map.entry('æ', "ae"), Map.entry('œ', "oe"), Map.entry('ø', "o"),
            Map.entry('ł', "l"), Map.entry('đ', "d"), Map.entry('ð', "d"), Map.entry('þ', "th"),
            Map.entry('ı', "i"), Map.entry('ħ', "h"), Map.entry('ŋ', "ng"),
            // Cyrillic, ICAO Doc 9303 part 3
            Map.entry('а', "a"), Map.entry('б', "b"), Map.entry('в', "v"), Map.entry('г', "g"),
            Map.entry('ґ', "g"), Map.entry('д', "d"), Map.entry('ђ', "d"), Map.entry('ѓ', "g"),
            Map.entry('е', "e"), Map.entry('ё', "e"), Map.entry('є', "ie"), Map.entry('ж', "zh"),
            Map.entry('з', "z"), Map.entry('ѕ', "dz"), Map.entry('и', "i"), Map.entry('і', "i"),
            Map.entry('ї', "i"), Map.entry('й', "i"), Map.entry('ј', "j"), Map.entry('к', "k"),
            Map.entry('л', "l"), Map.entry('љ', "lj"), Map.entry('м', "m"), Map.entry('н', "n"),
            Map.entry('њ', "nj"), Map.entry('о', "o"), Map.entry('п', "p"), Map.entry('р', "r"),
            Map.entry('с', "s"), Map.entry('т', "t"), Map.entry('ћ', "c"), Map.entry('ќ', "k"),
            Map.entry('у', "u"), Map.entry('ў', "u"), Map.entry('ф', "f"), Map.entry('х', "kh"),
            Map.entry('ц', "ts"), Map.entry('ч', "ch"), Map.entry('џ', "dz"), Map.entry('ш', "sh"),
            Map.entry('щ', "shch"), Map.entry('ъ', "ie"), Map.entry('ы', "y"), Map.entry('ь', ""),
            Map.entry('э', "e"), Map.entry('ю', "iu"), Map.entry('я', "ia"),
            // Greek, ELOT 743; the pairs αυ ευ ηυ ου and γ before γ ξ χ are handled apart
            Map.entry('α', "a"), Map.entry('β', "v"), Map.entry('γ', "g"), Map.entry('δ', "d"),
            Map.entry('ε', "e"), Map.entry('ζ', "z"), Map.entry('η', "i"), Map.entry('θ', "th"),
            Map.entry('ι', "i"), Map.entry('κ', "k"), Map.entry('λ', "l"), Map.entry('μ', "m"),
            Map.entry('ν', "n"), Map.entry('ξ', "x"), Map.entry('ο', "o"), Map.entry('π', "p"),
            Map.entry('ρ', "r"), Map.entry('σ', "s"), Map.entry('ς', "s"), Map.entry('τ', "t"),
            Map.entry('υ', "y"), Map.entry('φ', "f"), Map.entry('χ', "ch"), Map.entry('ψ', "ps"),
            Map.entry('ω', "o"));

    // after αυ, ευ, ηυ the υ is f before these (and at the end of a word), else v
    private static final String VOICELESS = "θκξπστφχψς";
    private static final char DIAERESIS = '\u0308';

    private Transliteration() {
    }

    /** {@code text} in lower case, transliterated and without accents as the class describes. */
    static String ascii(String text) {
        String letters = Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
        var out = new StringBuilder(letters.length());
        for (int i = 0; i < letters.length(); i++) {
            char c = letters.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            int next = nextLetter(letters, i);
            // a diaeresis on the υ or ι parts the pair: ευ is a diphthong, εϋ two vowels
            char following = next < 0 || marked(letters, next) ? 0 : letters.charAt(next);
            if (following == 'υ' && (c == 'α' || c == 'ε' || c == 'η')) {
                int after = nextLetter(letters, next);
                boolean voiceless = after < 0 || VOICELESS.indexOf(letters.charAt(after)) >= 0
                        || !Character.isLetter(letters.charAt(after));
                out.append(LETTERS.get(c)).append(voiceless ? 'f' : 'v');
                i = next;
            } else if (c == 'ο' && following == 'υ') {
                out.append("ou");
                i = next;
            } else if (c == 'γ' && (following == 'γ' || following == 'ξ' || following == 'χ')) {
                out.append('n');
            } else {
                String spelled = LETTERS.get(c);
                out.append(spelled == null ? String.valueOf(c) : spelled);
            }
        }
        return out.toString();
    }

    // the index of the first character after i that is not a combining mark, or -1
    private static int nextLetter(String text, int i) {
        int j = i + 1;
        while (j < text.length() && Character.getType(text.charAt(j)) == Character.NON_SPACING_MARK) {
            j++;
        }
        return j < text.length() ? j : -1;
    }

    private static boolean marked(String text, int letter) {
        for (int j = letter + 1; j < text.length() && Character.getType(text.charAt(j)) == Character.NON_SPACING_MARK; j++) {
            if (text.charAt(j) == DIAERESIS) {
                return true;
            }
        }
        return false;
    }
}
