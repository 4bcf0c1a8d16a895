package galley.layout;

import galley.text.TextStyle;

import galley.model.PageSize;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/** The EPUB's stylesheet gives headings and captions the weight and slope the print edition gives them. */
class EpubStylesMatchPrintTest {

    private static String stylesheet() throws IOException {
        try (InputStream in = EpubStylesMatchPrintTest.class.getResourceAsStream("/galley/epub/galley.css")) {
            assertNotNull(in);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The value of {@code property} in the rule for {@code selector} alone, or "normal" where it sets none. */
    private static String property(String css, String selector, String property) {
        Matcher rule = Pattern.compile("(?m)^" + Pattern.quote(selector) + "\\s*\\{([^}]*)}").matcher(css);
        assertEquals(true, rule.find(), "a rule for " + selector);
        Matcher value = Pattern.compile("(?:^|[;\\s])" + property + ":\\s*([^;]+);").matcher(rule.group(1));
        return value.find() ? value.group(1).trim() : "normal";
    }

    private static void assertMatches(String css, String selector, TextStyle print) {
        assertEquals(print.bold() ? "bold" : "normal", property(css, selector, "font-weight"), selector + " weight");
        assertEquals(print.italic() ? "italic" : "normal", property(css, selector, "font-style"), selector + " slope");
        assertEquals("normal", property(css, selector, "font-variant"), selector + " variant");
    }

    @Test
    void everyHeadingLevelAndTheCaptionMatchPrint() throws IOException {
        String css = stylesheet();
        BookStyle style = BookStyle.forPage(PageSize.TRADE_6X9);
        for (int level = 1; level <= 6; level++) {
            assertMatches(css, "h" + level, style.heading(level));
        }
        assertMatches(css, "figcaption", style.caption());
    }
}
