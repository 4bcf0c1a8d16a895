package galley.epub;

import galley.i18n.Words;
import galley.model.Block;
import galley.model.Book;
import galley.model.Chapter;
import galley.model.Inline;
import galley.model.Language;
import galley.model.Metadata;
import galley.model.PageMap;
import galley.model.PageSize;
import galley.model.Source;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** How a division is written into the EPUB: a div with its id, classes, language and direction around its blocks. */
class DivisionRenderingTest {

    private static final Source SRC = new Source("manuscript/ch.md", 3);

    private static Block.Paragraph text(String words) {
        return new Block.Paragraph(List.of(new Inline.Text(words)), SRC);
    }

    private static String render(Block... blocks) {
        var metadata = new Metadata("T", Optional.empty(), List.of("A"), "en", Optional.empty(), "urn:uuid:x",
                Optional.empty(), Optional.empty(), Optional.empty(), List.of());
        var chapter = new Chapter(0, "ch1", "One", "manuscript/ch.md", List.of(blocks));
        var book = new Book(metadata, List.of(chapter), Optional.empty(), "t", Instant.EPOCH, 2, PageSize.TRADE_6X9);
        return new ChapterDocument("en", Words.of(Language.of("en")), PageBreaks.of(PageMap.none(), book)).render(chapter);
    }

    private static Map<String, String> attributes(String... pairs) {
        var map = new LinkedHashMap<String, String>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return map;
    }

    @Test
    void aDivisionKeepsItsIdClassesLanguageAndDirection() {
        String page = render(new Block.Division("intro", List.of("aside", "wide"),
                attributes("lang", "he", "dir", "rtl", "data-x", "1", "Weight", "heavy"), List.of(text("שלום עולם")), SRC));
        assertTrue(page.contains("<div id=\"intro\" class=\"aside wide\" lang=\"he\" xml:lang=\"he\" dir=\"rtl\""
                + " data-data-x=\"1\" data-weight=\"heavy\">\n<p dir=\"rtl\">שלום עולם</p>\n</div>"), page);
    }

    @Test
    void aDivisionWithoutAttributesIsABareDivAndABadLanguageTagIsLeftOut() {
        String page = render(new Block.Division("", List.of(), attributes("lang", "not a tag", "a b", "c"),
                List.of(text("plain")), SRC));
        assertTrue(page.contains("<div>\n<p>plain</p>\n</div>"), page);
    }

    @Test
    void aLeftToRightDivisionInsideARightToLeftOneSaysSo() {
        var inner = new Block.Division("", List.of(), attributes("dir", "ltr"), List.of(text("english")), SRC);
        String page = render(new Block.Division("", List.of(), attributes("dir", "rtl"), List.of(inner), SRC));
        assertTrue(page.contains("<div dir=\"rtl\">\n<div dir=\"ltr\">\n<p>english</p>"), page);
        assertFalse(render(inner).contains("dir=\"ltr\""), "ltr is the page's own direction, not written again");
    }
}
