package galley.book;

import galley.book.GeneratedBook.ChapterPlan;
import galley.book.GeneratedBook.GlyphProbe;
import galley.book.GeneratedBook.HeadingPlan;
import galley.epub.EpubCheckReport;
import galley.testing.Slow;
import galley.testing.TestBook;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static galley.book.Reading.normalized;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The acceptance book's EPUB and its build: EPUBCheck finds nothing, every construct is
 * valid markup, the quotes are the language's, and the build reports exactly the problems the
 * manuscript has.
 */
@Slow
class WholeBookEpubTest {

    private final WholeBook whole = WholeBook.get();
    private final GeneratedBook book = whole.book;
    private final EpubBook epub = whole.epub;
    private final TestBook.Run build = whole.build;
    private final PageFinder finder = whole.finder;

    @Test
    void theBuildReportsExactlyTheCharactersWithoutGlyphsAndTheElementSetAsText() throws IOException {
        var expected = new ArrayList<String>();
        for (GlyphProbe probe : book.probes()) {
            expected.add(probe.path() + ":" + probe.line() + ": warning: U+" + Integer.toHexString(probe.codePoint())
                    .toUpperCase(Locale.ROOT) + " " + Character.getName(probe.codePoint()) + " has no glyph in the PDF fonts");
        }
        expected.add("manuscript/" + book.chapters().get(0).file() + ":" + rawHtmlLine() + ": warning: raw HTML <kbd> is rendered as text");
        // the test images are small and low-resolution on purpose; those warnings are another test's
        List<String> reported = build.problems().stream()
                .filter(p -> p.contains("has no glyph") || p.contains("raw HTML")).sorted().toList();
        assertEquals(expected.stream().sorted().toList(), reported);
        assertTrue(build.problems().stream().allMatch(p -> p.contains(": warning: ")), "nothing but warnings");
    }

    @Test
    void epubCheckFindsNoErrorAndNoWarning() {
        EpubCheckReport report = EpubCheckReport.check(build.epub());
        assertEquals(List.of(), report.problems(), String.join("\n", report.problems()));
    }

    @Test
    void theEpubKeepsEveryConstructAsValidMarkup() {
        for (ChapterPlan chapter : book.chapters()) {
            Document page = epub.chapter(chapter.index());
            String where = "chapter " + chapter.index();
            Element ol = page.selectFirst("ol[start]");
            int start = chapter.orderedStart();
            assertNotNull(ol, where);
            assertEquals(Integer.toString(start), ol.attr("start"), where);
            assertEquals(chapter.notes().size(), page.select("aside").eachAttr("epub:type").stream()
                    .filter("footnote"::equals).count(), where);
            assertEquals(chapter.notes().size(), page.select("a").eachAttr("epub:type").stream()
                    .filter("noteref"::equals).count(), where);
            assertEquals(List.of("align-left", "align-center", "align-right"),
                    page.select("table").first().select("th").eachAttr("class"), where);
            assertFalse(page.select("del").isEmpty(), where);
            assertFalse(page.select("dl > dt + dd").isEmpty(), where);
            assertFalse(page.select("blockquote > blockquote").isEmpty(), where);
            assertFalse(page.select("ul > li > ul").isEmpty(), where);
            assertFalse(page.select("pre > code.language-java").isEmpty(), where);
            assertTrue(page.select("p > br").size() >= 3, where);
            assertEquals(chapter.figures(), page.select("figure > img + figcaption").size(), where);
            for (HeadingPlan heading : chapter.headings()) {
                assertNotNull(page.getElementById(heading.id()), where + " heading id " + heading.id());
            }
            // a chapter heading written with {#id .opening} keeps its class
            boolean written = !chapter.id().equals(ChapterIdentity.slug(chapter.title()));
            assertEquals(written, page.getElementById(chapter.id()).hasClass("opening"), where);
        }
    }

    @Test
    void quotesAndDashesFollowTheBooksLanguageInBothEditions() {
        ChapterPlan first = book.chapters().get(0);
        String intro = first.paragraphs().get(0);
        assertTrue(intro.contains("“") && intro.contains("‘") && intro.contains("–") && intro.contains("—"), intro);
        assertTrue(normalized(epub.chapter(0).text()).contains(normalized(intro)));
        assertTrue(finder.runningText(0, finder.start(0)).contains(normalized(intro)));
        for (int c = 0; c < WholeBook.CHAPTERS; c++) {
            assertFalse(epub.chapter(c).select("p").text().contains("\""), "straight quotes left in chapter " + c);
        }
    }

    private int rawHtmlLine() throws IOException {
        List<String> lines = Files.readAllLines(book.dir().resolve("manuscript").resolve(book.chapters().get(0).file()));
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains("<kbd>")) {
                return i + 1;
            }
        }
        throw new AssertionError("no <kbd> in the first chapter");
    }
}
