package galley.book;

import galley.book.GeneratedBook.ChapterPlan;
import galley.epub.EpubCheckReport;
import galley.testing.Slow;
import galley.testing.TestBook;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import static galley.book.Reading.normalized;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The same generated book in other languages: its quotation marks are the language's own in both
 * editions (« » in Russian and French, with French's no-break spaces, „ “ in German, 「 」 in
 * Japanese), and both editions declare the language.
 */
@Slow
class LanguageEditionsTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"ru", "de", "fr", "ja"})
    void quotationMarksFollowTheLanguageInBothEditions(String lang) throws IOException {
        GeneratedBook book = new BookGenerator(7L, lang, 3).writeTo(dir);
        TestBook.Run build = TestBook.in(dir).build();
        assertEquals(0, build.status(), build.err());
        Quotes quotes = Quotes.of(lang);
        ChapterPlan first = book.chapters().get(0);
        String intro = first.paragraphs().get(0);
        assertTrue(intro.contains(quotes.open()) && intro.contains(quotes.close())
                && intro.contains(quotes.innerOpen()) && intro.contains(quotes.innerClose()), intro);

        Document chapter = EpubBook.read(build.epub()).chapter(0);
        assertEquals(lang, chapter.selectFirst("html").attr("xml:lang"));
        String epubText = chapter.selectFirst("section > p").wholeText().replace('\n', ' ');
        assertEquals(intro, epubText.substring(0, Math.min(epubText.length(), intro.length())),
                "the EPUB sets the language's marks");

        PrintedBook pdf = PrintedBook.read(build.pdf());
        PageFinder finder = new PageFinder(book, pdf);
        assertTrue(finder.runningText(0, finder.start(0)).contains(normalized(intro)), "the PDF sets them too: " + intro);

        List<String> problems = EpubCheckReport.check(build.epub()).problems();
        assertEquals(List.of(), problems);
    }
}
