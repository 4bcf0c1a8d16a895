package galley.layout;

import galley.model.Language;
import galley.text.FixedWidthMeasure;

import galley.model.Block;
import galley.model.Book;
import galley.model.Chapter;
import galley.model.Inline;
import galley.model.Source;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** How a chapter's paragraphs begin in print, by the book's language. */
class ParagraphIndentTest {

    private static Book inLanguage(String lang) {
        return TestBooks.inLanguage(TestBooks.book(1, 3, false), lang);
    }

    /** How far the first line of paragraph {@code p} starts from the text's left edge. */
    private static float firstLineIndent(String lang, int p) {
        Book book = inLanguage(lang);
        BookStyle style = BookStyle.forPage(book.pageSize(), Language.of(lang));
        PageGeometry geometry = PageGeometry.of(book.pageSize(), style);
        for (Page page : BookLayout.layout(book, new FixedWidthMeasure()).pages()) {
            if (!page.label().matches("\\d+")) {
                continue;
            }
            for (PageItem item : page.items()) {
                if (item instanceof PageItem.TextRun run && run.text().equals("c0p" + p + "w0")) {
                    return run.x() - geometry.left(Integer.parseInt(page.label()) % 2 == 1);
                }
            }
        }
        throw new AssertionError("paragraph " + p + " not found");
    }

    @Test
    void aWesternBookSetsTheFirstParagraphAfterAHeadingFlushAndIndentsTheNext() {
        float body = BookStyle.forPage(inLanguage("en").pageSize()).body().size();
        assertEquals(0f, firstLineIndent("en", 0), 0.01f);
        assertEquals(body * 1.2f, firstLineIndent("en", 1), 0.01f);
        assertEquals(0f, firstLineIndent("ru", 0), 0.01f);
    }

    @Test
    void japaneseIndentsEveryParagraphByOneCharacterAndChineseByTwo() {
        float body = BookStyle.forPage(inLanguage("ja").pageSize()).body().size();
        assertEquals(body, firstLineIndent("ja", 0), 0.01f, "the first paragraph after the chapter heading too");
        assertEquals(body, firstLineIndent("ja", 1), 0.01f);
        assertEquals(2 * body, firstLineIndent("zh-Hans", 0), 0.01f);
        assertEquals(2 * body, firstLineIndent("zh-Hans", 2), 0.01f);
    }

    @Test
    void chineseAndJapaneseLinesHoldAWholeNumberOfCharacters() {
        for (var size : List.of(galley.model.PageSize.TRADE_6X9, new galley.model.PageSize(419.5f, 595.3f), new galley.model.PageSize(595.3f, 841.9f), new galley.model.PageSize(311.8f, 481.9f))) {
            BookStyle japanese = BookStyle.forPage(size, Language.of("ja"));
            float ems = PageGeometry.of(size, japanese).textWidth() / japanese.body().size();
            assertEquals(Math.round(ems), ems, 1e-4f, size + ": " + ems + " em");
            BookStyle english = BookStyle.forPage(size, Language.of("en"));
            float englishEms = PageGeometry.of(size, english).textWidth() / english.body().size();
            assertTrue(englishEms >= ems && englishEms < ems + 1, "the grid takes less than a character from the measure");
        }
    }

    @Test
    void aFootnotesLaterParagraphsAreIndentedAndItsFirstIsNot() {
        Book base = inLanguage("en");
        var src = new Source("manuscript/ch0.md", 1);
        var note = new Inline.NoteRef(1, "n", List.of(
                new Block.Paragraph(List.of(new Inline.Text("first of the note, and long enough to run on")), src),
                new Block.Paragraph(List.of(new Inline.Text("second of the note")), src),
                new Block.Paragraph(List.of(new Inline.Text("third of the note")), src)));
        var blocks = List.<Block>of(new Block.Paragraph(List.of(new Inline.Text("cited"), note), src));
        Book book = new Book(base.metadata(), List.of(new Chapter(0, "ch", "Chapter", src.path(), blocks)), base.cover(),
                base.name(), base.modified(), base.tocDepth(), base.pageSize());
        BookStyle style = BookStyle.forPage(book.pageSize(), Language.of("en"));
        float left = PageGeometry.of(book.pageSize(), style).left(true);
        Page page = BookLayout.layout(book, new FixedWidthMeasure()).pages().stream()
                .filter(p -> p.label().equals("1")).findFirst().orElseThrow();
        java.util.function.Function<String, Float> indentOf = word -> page.items().stream()
                .filter(PageItem.TextRun.class::isInstance).map(PageItem.TextRun.class::cast)
                .filter(r -> r.text().startsWith(word)).findFirst().orElseThrow().x() - left;
        assertEquals(0f, indentOf.apply("1."), 0.01f, "the note's number stands at the margin");
        assertEquals(style.paragraphs().firstIndent(), indentOf.apply("second"), 0.01f);
        assertEquals(style.paragraphs().firstIndent(), indentOf.apply("third"), 0.01f);
    }
}
