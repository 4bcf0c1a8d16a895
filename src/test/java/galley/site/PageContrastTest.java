package galley.site;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every pair of text and background colours the page's style sheet uses meets WCAG AA (4.5:1), light and dark. */
class PageContrastTest {

    // foreground, background: every combination the style sheet draws text in
    private static final List<String[]> PAIRS = List.of(
            new String[]{"ink", "paper"}, new String[]{"ink", "surface"},
            new String[]{"muted", "paper"}, new String[]{"muted", "surface"},
            new String[]{"accent", "paper"}, new String[]{"accent", "surface"},
            new String[]{"on-accent", "accent"});
    private static final Pattern ROOT = Pattern.compile(":root \\{([^}]*)}");
    private static final Pattern COLOUR = Pattern.compile("--([a-z-]+): #([0-9a-f]{6});");

    @Test
    void lightAndDarkColoursBothMeetAa() throws IOException {
        String css = template();
        Matcher roots = ROOT.matcher(css);
        int schemes = 0;
        while (roots.find()) {
            Map<String, Integer> colours = new HashMap<>();
            Matcher c = COLOUR.matcher(roots.group(1));
            while (c.find()) {
                colours.put(c.group(1), Integer.parseInt(c.group(2), 16));
            }
            for (String[] pair : PAIRS) {
                double ratio = contrast(colours.get(pair[0]), colours.get(pair[1]));
                assertTrue(ratio >= 4.5, pair[0] + " on " + pair[1] + ": " + ratio);
            }
            schemes++;
        }
        assertEquals(2, schemes, "a light and a dark scheme");
        assertTrue(css.contains(".download {") && css.contains("background: var(--accent); color: var(--on-accent);"),
                "the buttons use the pair checked here");
    }

    @Test
    void theFormulaMatchesWcagsExamples() {
        assertEquals(21.0, contrast(0x000000, 0xFFFFFF), 0.01);
        assertEquals(4.54, contrast(0x767676, 0xFFFFFF), 0.01);
        assertEquals(1.0, contrast(0x336699, 0x336699), 0.001);
    }

    private static String template() throws IOException {
        try (InputStream in = Template.class.getResourceAsStream("index.html")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static double contrast(int a, int b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(int rgb) {
        return 0.2126 * linear(rgb >> 16) + 0.7152 * linear(rgb >> 8) + 0.0722 * linear(rgb);
    }

    private static double linear(int channel) {
        double c = (channel & 0xFF) / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
}
