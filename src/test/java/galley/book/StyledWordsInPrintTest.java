package galley.book;

import galley.model.Language;
import galley.layout.BookStyle;
import galley.layout.PageGeometry;
import galley.model.PageSize;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Words whose letters change style inside them, read back from the printed book: a long run half bold
 * and half regular, a German compound half in bold, never run past the text block; a soft hyphen after
 * a superscript prints its hyphen where the line breaks.
 */
class StyledWordsInPrintTest {

    @TempDir
    Path dir;

    @Test
    void noGlyphOfAWordInSeveralStylesLiesOutsideTheTextBlock() throws IOException {
        String paragraph = "A run **" + "x".repeat(100) + "**" + "y".repeat(100) + " and a compound "
                + "**Donaudampfschifffahrtsgesellschafts**kapitänsmützenabzeichenhalterung, "
                + "*Rindfleischetikettierungs*überwachungsaufgabenübertragungsgesetz ends it.";
        BookBuild build = BookBuild.written(dir, "styled", "title: Styled\nlang: de\n",
                "# Eins\n\n" + (paragraph + "\n\n").repeat(3));
        assertEquals(0, build.status(), build.err());
        PageGeometry area = PageGeometry.of(PageSize.TRADE_6X9, BookStyle.forPage(PageSize.TRADE_6X9, Language.of("de")));
        var book = PrintedBook.read(build.pdf());
        int checked = 0;
        for (PrintedBook.PrintedPage page : book.pages()) {
            // odd pages (counted from one) are right-hand pages, with the gutter on their left
            float left = page.index() % 2 == 0 ? area.inner() : area.outer();
            for (PrintedBook.Glyph glyph : page.glyphs()) {
                assertTrue(glyph.x() >= left - 0.5f && glyph.x() + glyph.width() <= left + area.textWidth() + 0.5f,
                        "'" + glyph.text() + "' at x " + glyph.x() + " to " + (glyph.x() + glyph.width())
                                + " outside the text block " + left + " to " + (left + area.textWidth())
                                + " on page " + (page.index() + 1) + ":\n" + page.text());
                checked++;
            }
        }
        assertTrue(checked > 3 * 300, "the paragraphs were read back: " + checked + " glyphs");
        String text = book.pages().stream().map(PrintedBook.PrintedPage::text).collect(Collectors.joining());
        assertTrue(text.contains("-\n"), "the compounds are hyphenated:\n" + text);
    }

    @Test
    void aSoftHyphenAfterASuperscriptPrintsItsHyphen() throws IOException {
        String word = "Bcdfghjklmnp<sup>x</sup>\u00ADbcdfghjklmnp";
        BookBuild build = BookBuild.written(dir, "shy", "title: Shy\nlang: xx\n",
                "# One\n\n" + String.join(" ", java.util.Collections.nCopies(60, word)) + "\n");
        assertEquals(0, build.status(), build.err());
        List<String> lines = PrintedBook.read(build.pdf()).pages().stream().flatMap(p -> p.text().lines())
                .map(String::strip).toList();
        List<String> broken = lines.stream().filter(l -> l.endsWith("Bcdfghjklmnpx") || l.endsWith("Bcdfghjklmnpx-"))
                .toList();
        assertTrue(!broken.isEmpty(), "some line breaks at the soft hyphen:\n" + String.join("\n", lines));
        assertTrue(broken.stream().allMatch(l -> l.endsWith("-")), "each such line ends with a hyphen:\n"
                + String.join("\n", broken));
    }
}
