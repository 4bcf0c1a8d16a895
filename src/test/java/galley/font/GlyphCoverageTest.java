package galley.font;

import galley.diagnostic.Diagnostic;
import galley.diagnostic.Diagnostics;
import galley.diagnostic.Problem;
import galley.diagnostic.Severity;
import galley.model.Block;
import galley.model.Book;
import galley.model.Chapter;
import galley.model.Inline;
import galley.model.Metadata;
import galley.model.PageSize;
import galley.model.Source;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class GlyphCoverageTest {

    private static final String FILE = "manuscript/02-scripts.md";

    @Test
    void aCharacterWithoutAGlyphIsReportedOnceWhereItFirstOccurs() {
        List<Diagnostic> found = check(List.of(
                paragraph(7, "Linear B: 𐀀, and more Linear B: 𐀀"),
                paragraph(9, "Again 𐀀, then every script: Русь Ελλάς 日本 中文 한국 ⇒ 😀")));
        assertEquals(1, found.size(), found.toString());
        Diagnostic d = found.get(0);
        assertEquals(Severity.WARNING, d.severity());
        assertEquals(Problem.GLYPH_MISSING.code(), d.code());
        assertEquals("glyph-missing", d.code());
        assertEquals(FILE + ":7: warning: U+10000 LINEAR B SYLLABLE B008 A has no glyph in the PDF fonts", d.render());
    }

    @Test
    void invisibleCharactersNeedNoGlyph() {
        assertEquals(List.of(), check(List.of(paragraph(3, "soft\u00ADhyphen, zero\u200Bwidth, ❤\uFE0F, a\u2060b, tab\there"))));
    }

    @Test
    void everyPrintedTextIsChecked() {
        var note = new Inline.NoteRef(1, "fn-1", List.of(paragraph(40, "note 𐀁")));
        List<Block> blocks = List.of(
                new Block.Heading(2, "h", List.of(new Inline.Text("Heading 𐀂")), List.of(), new Source(FILE, 2)),
                new Block.Paragraph(List.of(new Inline.Styled(Inline.Style.EMPHASIS, List.of(new Inline.Code("code 𐀃"))), note),
                        new Source(FILE, 4)),
                new Block.CodeBlock("", "line one\nline 𐀄\n", new Source(FILE, 6)),
                new Block.Table(List.of(Block.Alignment.LEFT),
                        List.of(Block.TableRow.ofText(List.of(List.of(new Inline.Text("head"))), new Source(FILE, 10))),
                        List.of(Block.TableRow.ofText(List.of(List.of(new Inline.Text("cell 𐀅"))), new Source(FILE, 10))),
                        new Source(FILE, 10)),
                new Block.BlockQuote(List.of(new Block.ListBlock(false, 1, true,
                        List.of(new Block.ListItem(List.of(paragraph(14, "item 𐀆")), Optional.empty())), new Source(FILE, 14))),
                        new Source(FILE, 14)),
                new Block.Figure("fig", new galley.model.ImageAsset(java.nio.file.Path.of("x.png"), "images/x.png", galley.model.ImageFormat.PNG, 1, 1), "alt 𐀐 is not printed",
                        List.of(new Inline.Text("caption 𐀇")), new Source(FILE, 16)));
        Metadata meta = new Metadata("Title 𐀈", Optional.of("Subtitle"), List.of("Author"), "en", Optional.empty(),
                "urn:isbn:0", Optional.empty(), Optional.empty(), Optional.empty(), List.of());
        List<String> lines = check(meta, blocks).stream().map(Diagnostic::render).toList();
        assertEquals(List.of(
                FILE + ":2: warning: U+10002 LINEAR B SYLLABLE B028 I has no glyph in the PDF fonts",
                FILE + ":4: warning: U+10003 LINEAR B SYLLABLE B061 O has no glyph in the PDF fonts",
                FILE + ":6: warning: U+10004 LINEAR B SYLLABLE B010 U has no glyph in the PDF fonts",
                FILE + ":10: warning: U+10005 LINEAR B SYLLABLE B001 DA has no glyph in the PDF fonts",
                FILE + ":14: warning: U+10006 LINEAR B SYLLABLE B045 DE has no glyph in the PDF fonts",
                FILE + ":16: warning: U+10007 LINEAR B SYLLABLE B007 DI has no glyph in the PDF fonts",
                FILE + ":40: warning: U+10001 LINEAR B SYLLABLE B038 E has no glyph in the PDF fonts",
                "manuscript/book.yaml:1: warning: U+10008 LINEAR B SYLLABLE B014 DO has no glyph in the PDF fonts"),
                lines);
    }

    @Test
    void anUnassignedCharacterIsNamedSo() {
        assertEquals("U+0378 (unassigned) has no glyph in the PDF fonts", GlyphCoverage.message(0x0378));
    }

    private static Block paragraph(int line, String text) {
        return new Block.Paragraph(List.of(new Inline.Text(text)), new Source(FILE, line));
    }

    private static List<Diagnostic> check(List<Block> blocks) {
        Metadata meta = new Metadata("Title", Optional.empty(), List.of("Author"), "en", Optional.empty(),
                "urn:isbn:0", Optional.empty(), Optional.empty(), Optional.empty(), List.of());
        return check(meta, blocks);
    }

    private static List<Diagnostic> check(Metadata meta, List<Block> blocks) {
        Book book = new Book(meta, List.of(new Chapter(0, "c", "Chapter", FILE, blocks)), Optional.empty(), "b",
                Instant.EPOCH, 2, PageSize.TRADE_6X9);
        Diagnostics diagnostics = new Diagnostics();
        new GlyphCoverage(FontSet.standard()).check(book, diagnostics);
        return diagnostics.all();
    }
}
