package galley.book;

import galley.book.GeneratedBook.ChapterPlan;
import galley.book.GeneratedBook.NotePlan;
import galley.book.GeneratedBook.TablePlan;
import galley.book.PrintedBook.Glyph;
import galley.book.PrintedBook.PrintedPage;
import galley.testing.Slow;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static galley.book.Reading.normalized;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The acceptance book's printed pages: no text lost, every footnote at the foot of the page
 * that cites it, nothing past the text block (code, tables, pictures), and a table's header
 * repeated on every page it continues on.
 */
@Slow
class WholeBookPageTest {

    private final WholeBook whole = WholeBook.get();
    private final GeneratedBook book = whole.book;
    private final PrintedBook pdf = whole.pdf;
    private final PageFinder finder = whole.finder;

    @Test
    void everyFootnoteIsSetAtTheFootOfThePageThatCitesIt() {
        int checked = 0;
        for (ChapterPlan chapter : book.chapters()) {
            for (NotePlan note : chapter.notes()) {
                String reference = normalized(note.token()) + note.number();
                int page = -1;
                for (int p = finder.start(chapter.index()); p < finder.end(chapter.index()) && page < 0; p++) {
                    if (normalized(pdf.page(p).text()).contains(reference)) {
                        page = p;
                    }
                }
                assertTrue(page >= 0, "reference to note " + note.number() + " of chapter " + chapter.index());
                assertTrue(normalized(pdf.page(page).text()).contains(PageFinder.noteText(note)),
                        "note " + note.number() + " of chapter " + chapter.index() + " on page " + pdf.page(page).label());
                checked++;
            }
        }
        assertTrue(checked >= 2 * WholeBook.CHAPTERS, "notes checked: " + checked);
    }

    @Test
    void noTextIsLostBetweenTheManuscriptAndThePrintedPage() {
        for (ChapterPlan chapter : book.chapters()) {
            var text = new StringBuilder();
            for (int p = finder.start(chapter.index()); p < finder.end(chapter.index()); p++) {
                text.append(finder.runningText(chapter.index(), p));
            }
            String printed = text.toString();
            int at = 0;
            for (String paragraph : chapter.paragraphs()) {
                int found = printed.indexOf(normalized(paragraph), at);
                assertTrue(found >= 0, "chapter " + chapter.index() + " lost or reordered: " + paragraph
                        + "\nprinted from there: " + printed.substring(at, Math.min(printed.length(), at + 300)));
                at = found;
            }
            for (String code : chapter.code()) {
                assertTrue(printed.contains(normalized(code)), "chapter " + chapter.index() + " code: " + code);
            }
        }
    }

    @Test
    void noTextRunsPastTheTextBlock() {
        Map<Boolean, TextBlock> blocks = TextBlock.of(pdf, finder.bodyStart());
        int codeGlyphs = 0;
        for (PrintedPage page : pdf.pages().subList(finder.bodyStart(), pdf.pages().size())) {
            TextBlock block = blocks.get(TextBlock.isRecto(page, finder.bodyStart()));
            for (Glyph glyph : page.glyphs()) {
                if (glyph.text().isBlank()) {
                    continue;
                }
                assertTrue(glyph.x() >= block.left() - 0.5f && glyph.x() + glyph.width() <= block.right() + 0.5f,
                        () -> "page " + page.label() + ": '" + glyph.text() + "' at " + glyph.x() + "+" + glyph.width()
                                + " outside " + block.left() + ".." + block.right() + " in the line: " + lineAt(page, glyph.y()));
                if (glyph.font().contains("Mono")) {
                    codeGlyphs++;
                }
            }
        }
        assertTrue(codeGlyphs > 1000, "code glyphs checked: " + codeGlyphs);
    }

    @Test
    void everyPictureIsDrawnInsideTheTextBlockTheWideOneScaledDownToIt() {
        Map<Boolean, TextBlock> blocks = TextBlock.of(pdf, finder.bodyStart());
        int figures = 0;
        int icons = 0;
        int wide = 0;
        for (PrintedPage page : pdf.pages().subList(finder.bodyStart(), pdf.pages().size())) {
            TextBlock block = blocks.get(TextBlock.isRecto(page, finder.bodyStart()));
            for (PrintedBook.Picture picture : page.pictures()) {
                var area = picture.area();
                assertTrue(area.getMinX() >= block.left() - 0.5f && area.getMaxX() <= block.right() + 0.5f,
                        "page " + page.label() + ": picture at " + area + " outside " + block.left() + ".." + block.right());
                if (picture.pixelWidth() == 24) {
                    icons++;
                    assertTrue(area.getHeight() <= 12f, "an inline picture as tall as the type: " + area);
                } else {
                    figures++;
                }
                if (picture.pixelWidth() == 2400) {
                    wide++;
                    assertEquals(block.width(), area.getWidth(), 1.0, "the panorama fills the measure");
                }
            }
        }
        assertEquals(book.chapters().stream().mapToInt(ChapterPlan::figures).sum(), figures);
        assertEquals(WholeBook.CHAPTERS, icons);
        assertTrue(wide >= 1);
        List<String> types = whole.epub.document("OEBPS/content.opf").select("manifest > item").eachAttr("media-type");
        for (String type : List.of("image/png", "image/jpeg", "image/gif")) {
            assertTrue(types.contains(type), type + " in the EPUB");
        }
    }

    @Test
    void aTableThatBreaksAcrossPagesRepeatsItsHeaderRow() {
        int broken = 0;
        for (ChapterPlan chapter : book.chapters()) {
            for (TablePlan table : chapter.tables()) {
                var pages = new ArrayList<Integer>();
                for (int p = finder.start(chapter.index()); p < finder.end(chapter.index()); p++) {
                    if (normalized(pdf.page(p).text()).contains(table.rowToken())) {
                        pages.add(p);
                    }
                }
                assertFalse(pages.isEmpty(), table.rowToken());
                for (int p : pages) {
                    String text = normalized(pdf.page(p).text());
                    for (String header : table.header()) {
                        assertTrue(text.contains(normalized(header)), header + " on page " + pdf.page(p).label());
                    }
                }
                if (pages.size() > 1) {
                    broken++;
                }
            }
        }
        assertTrue(broken >= 2, "tables broken across pages: " + broken);
    }

    private static String lineAt(PrintedPage page, float y) {
        var line = new StringBuilder();
        page.glyphs().stream().filter(g -> Math.abs(g.y() - y) < 1f).forEach(g -> line.append(g.text()));
        return line.toString();
    }
}
