package galley.layout;

import galley.model.Language;
import galley.text.FixedWidthMeasure;

import galley.model.Book;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The short rule above a page's footnotes. */
class NoteRuleTest {

    /** The x where the rule above a page's footnotes starts and ends, less the text's left edge. */
    private static float[] noteRule(String lang) {
        Book book = TestBooks.inLanguage(TestBooks.book(1, 12, true), lang);
        BookStyle style = BookStyle.forPage(book.pageSize(), Language.of(lang));
        PageGeometry geometry = PageGeometry.of(book.pageSize(), style);
        for (Page page : BookLayout.layout(book, new FixedWidthMeasure()).pages()) {
            for (PageItem item : page.items()) {
                if (item instanceof PageItem.Rule rule && page.label().matches("\\d+")) {
                    float left = geometry.left(Integer.parseInt(page.label()) % 2 == 1);
                    return new float[] {rule.x1() - left, rule.x2() - left, geometry.textWidth()};
                }
            }
        }
        throw new AssertionError("no footnote rule");
    }

    @Test
    void theRuleAboveTheFootnotesStartsWhereTheBooksLinesStart() {
        float[] english = noteRule("en");
        assertEquals(0f, english[0], 0.01f, "at the left margin");
        float[] hebrew = noteRule("he");
        assertEquals(hebrew[2], hebrew[1], 0.01f, "at the right margin in a right-to-left book");
        assertEquals(english[1] - english[0], hebrew[1] - hebrew[0], 0.01f, "as long");
    }
}
