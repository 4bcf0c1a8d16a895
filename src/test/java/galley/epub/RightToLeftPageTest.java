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
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A chapter document of a book in a right-to-left language: its root reads from the right, and what
 * reads from the left inside it (code, a paragraph in English) is marked so.
 */
class RightToLeftPageTest {

    private static final Source SRC = new Source("manuscript/ch.md", 3);

    private static String render(String lang, Block... blocks) {
        var metadata = new Metadata("T", Optional.empty(), List.of("A"), lang, Optional.empty(), "urn:uuid:x",
                Optional.empty(), Optional.empty(), Optional.empty(), List.of());
        var chapter = new Chapter(0, "ch1", "One", "manuscript/ch.md", List.of(blocks));
        var book = new Book(metadata, List.of(chapter), Optional.empty(), "t", Instant.EPOCH, 2, PageSize.TRADE_6X9);
        return new ChapterDocument(lang, Words.of(Language.of(lang)), PageBreaks.of(PageMap.none(), book)).render(chapter);
    }

    private static final Block[] CONTENT = {
        new Block.Paragraph(List.of(new Inline.Text("هذا نص عربي.")), SRC),
        new Block.Paragraph(List.of(new Inline.Text("An English sentence.")), SRC),
        new Block.CodeBlock("python", "print(\"مرحبا\")\n", SRC),
    };

    @Test
    void anArabicBooksPagesReadFromTheRightAndItsCodeFromTheLeft() {
        String page = render("ar", CONTENT);
        assertTrue(page.contains("lang=\"ar\" xml:lang=\"ar\" dir=\"rtl\">"), page);
        assertTrue(page.contains("<p dir=\"rtl\">هذا نص عربي.</p>"), page);
        assertTrue(page.contains("<p dir=\"ltr\">An English sentence.</p>"), page);
        assertTrue(page.contains("<pre dir=\"ltr\"><code class=\"language-python\">"), page);
    }

    @Test
    void anEnglishBooksPagesCarryNoDirectionButForArabicText() {
        String page = render("en", CONTENT);
        assertTrue(page.contains("lang=\"en\" xml:lang=\"en\">"), page);
        assertTrue(page.contains("<p dir=\"rtl\">هذا نص عربي.</p>"), page);
        assertTrue(page.contains("<p>An English sentence.</p>"), page);
        assertTrue(page.contains("<pre><code class=\"language-python\">"), page);
        assertFalse(page.contains("dir=\"ltr\""), page);
    }
}
