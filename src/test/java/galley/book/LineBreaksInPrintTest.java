package galley.book;

import galley.testing.TestBook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Where the printed lines of a built book break, read back from the PDF: inline code and web
 * addresses with no hyphen added, a spaced dash never at the start of a line, long words hyphenated.
 */
class LineBreaksInPrintTest {

    private static final String CODE = "aVeryLongIdentifierWithoutAnySpacesThatCannotBeHyphenatedBecauseItIsCode_and_more_more_more";
    private static final String URL = "https://example.org/a/very/long/path/that/should/wrap/somewhere/in/the/middle/of/the/line/index.html";

    @TempDir
    Path dir;

    private List<String> lines(String yaml, String markdown) throws IOException {
        TestBook.Run build = TestBook.written(dir, yaml, markdown).build();
        assertEquals(0, build.status(), build.err());
        return PrintedBook.read(build.pdf()).pages().stream()
                .flatMap(p -> p.text().lines()).map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    @Test
    void codeAndAddressesBreakWithoutAHyphen() throws IOException {
        List<String> lines = lines("title: Breaks\nlang: en\n", "# One\n\n"
                + ("Unbroken token: `" + CODE + "` in running text. Numbers like 1,234,567.89 and URLs like <" + URL
                + "> should break gracefully.\n\n").repeat(3));
        String all = String.join("\n", lines);
        for (String piece : new String[]{CODE, URL}) {
            int at = all.indexOf(piece.substring(0, 12));
            String run = all.substring(at, at + piece.length() + 12);
            assertTrue(run.replace("\n", "").startsWith(piece), "broken only by line ends, nothing added: " + run);
        }
    }

    @Test
    void aSpacedDashStaysWithTheWordBeforeItAndLongWordsAreHyphenated() throws IOException {
        String story = "Это было в 1905--1907 годах, а может быть, в 1912-м. Стоимость --- 5 000 руб. (т. е. очень дорого). "
                + "Он долго молчал, потом продолжил разговор --- сказал он. ";
        List<String> lines = lines("title: Breaks\nlang: ru\npage-size: a5\n", "# Глава\n\n"
                + (story.repeat(4) + "\n\n").repeat(4)
                + "Слова электрокардиографического слово электрокардиографического слово электрокардиографического "
                + "слово электрокардиографического слово электрокардиографического слово электрокардиографического.\n");
        assertFalse(lines.stream().anyMatch(l -> l.startsWith("—")),
                lines.stream().filter(l -> l.startsWith("—")).collect(Collectors.joining("\n")));
        assertTrue(lines.stream().anyMatch(l -> l.matches(".*(элек|тро|кар|дио|гра|фи|че|ско)-$")),
                "электрокардиографического is hyphenated: " + String.join("\n", lines));
    }
}
