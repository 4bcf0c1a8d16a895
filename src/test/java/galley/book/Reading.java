package galley.book;

import java.util.Arrays;
import java.util.List;

/**
 * Text as a comparison between manuscript and print sees it: without white space (line breaking
 * moves it), hyphens (hyphenation adds them at line ends) and the code continuation mark.
 */
final class Reading {

    private Reading() {
    }

    static String normalized(String text) {
        return text.replaceAll("[\\s\\u00A0\\u3000\\u00AD\\u2010\\u21AA-]", "");
    }

    /** The lines of a page's text, each normalized, blank ones left out. */
    static List<String> lines(String pageText) {
        return Arrays.stream(pageText.split("\\R")).map(Reading::normalized).filter(l -> !l.isEmpty()).toList();
    }
}
