package galley.build;

import galley.font.SampleBook;

import galley.diagnostic.Diagnostics;
import galley.model.Block;
import galley.model.Book;
import galley.model.Chapter;
import galley.model.ImageAsset;
import galley.model.Inline;
import galley.model.LinkTarget;
import galley.model.Metadata;
import galley.model.Source;
import galley.pdf.DrawingUnits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A PDF drawn with the pages of an earlier one kept gives the very bytes of the PDF drawn afresh,
 * whether the edit left the pages after it in place, moved them, or brought in a font that the
 * earlier document named otherwise; and pages are indeed drawn from their record.
 */
class KeptDrawingTest {

    @TempDir
    Path dir;

    private int pageCount;

    @Test
    void aContentStreamIsDeflatedAgainOnlyWhenItsBytesChange() {
        var kept = new KeptDrawing();
        var deflations = new java.util.concurrent.atomic.AtomicInteger();
        java.util.function.UnaryOperator<byte[]> deflater = raw -> {
            deflations.incrementAndGet();
            return new byte[]{(byte) raw.length};
        };
        byte[] first = kept.deflated(3, "BT /F1 10 Tf ET".getBytes(), deflater);
        assertArrayEquals(first, kept.deflated(3, "BT /F1 10 Tf ET".getBytes(), deflater));
        assertEquals(1, deflations.get(), "the same bytes again are not deflated again");
        kept.deflated(3, "BT /F2 10 Tf ET".getBytes(), deflater);
        kept.deflated(4, "BT /F2 10 Tf ET".getBytes(), deflater);
        assertEquals(3, deflations.get(), "changed bytes, or another page, are deflated");
        kept.endDocument(4);
        kept.deflated(4, "BT /F2 10 Tf ET".getBytes(), deflater);
        assertEquals(4, deflations.get(), "a page past the end of a shorter document is forgotten");
        DrawingUnits.direct().deflated(3, "BT /F1 10 Tf ET".getBytes(), deflater);
        DrawingUnits.direct().deflated(3, "BT /F1 10 Tf ET".getBytes(), deflater);
        assertEquals(6, deflations.get(), "a one-off build keeps nothing");
    }

    @Test
    void anImageIsReadAgainOnlyWhenItsFileChanges() throws IOException {
        var kept = new KeptDrawing();
        var reads = new java.util.concurrent.atomic.AtomicInteger();
        DrawingUnits.ImageReader<com.lowagie.text.Image> reader = bytes -> {
            reads.incrementAndGet();
            return new com.lowagie.text.ImgRaw(1, 1, 1, 8, new byte[]{bytes[0]});
        };
        Path a = dir.resolve("a.png");
        var first = kept.image(a, new byte[]{1, 2}, reader);
        assertTrue(first == kept.image(a, new byte[]{1, 2}, reader), "the same bytes give the same image");
        assertEquals(1, reads.get());
        kept.image(a, new byte[]{1, 3}, reader);
        kept.image(dir.resolve("b.png"), new byte[]{1, 3}, reader);
        assertEquals(3, reads.get(), "changed bytes, or another file, are read");
        DrawingUnits.direct().image(a, new byte[]{1, 2}, reader);
        assertEquals(4, reads.get(), "a one-off build keeps nothing");
    }

    @Test
    void aRedrawnBookIsTheBookDrawnAfresh() throws IOException {
        ImageAsset picture = SampleBook.png(dir.resolve("picture.png"));
        Book before = book(picture, 0, "");
        var kept = WarmCaches.empty();
        draw(before, kept);
        assertEquals(0, kept.pagesReused());

        Book same = book(picture, 0, "");
        assertArrayEquals(draw(same, WarmCaches.none()), draw(same, kept));
        assertEquals(pageCount, kept.pagesReused(), "every page of the unchanged book is drawn from its record");

        for (String edit : List.of("A few words more.", "Many more words. ".repeat(400),
                "Bold at last: ", "")) {
            Book after = book(picture, 2, edit);
            assertArrayEquals(draw(after, WarmCaches.none()), draw(after, kept), "after the edit " + edit.length());
            assertTrue(kept.pagesReused() > 0 && kept.pagesReused() < pageCount, kept.pagesReused() + " of " + pageCount);
        }
    }

    @Test
    void aBookWhoseLanguageChangedToJapaneseIsDrawnAfreshInItsFonts() throws IOException {
        ImageAsset picture = SampleBook.png(dir.resolve("picture.png"));
        Book english = book(picture, 0, "");
        var kept = WarmCaches.empty();
        draw(english, kept);
        Metadata meta = english.metadata();
        Book japanese = new Book(new Metadata(meta.title(), meta.subtitle(), meta.authors(), "ja", meta.date(),
                meta.identifier(), meta.publisher(), meta.rights(), meta.description(), meta.subjects()),
                english.chapters(), english.cover(), english.name(), english.modified(), english.tocDepth(),
                english.pageSize());
        assertArrayEquals(draw(japanese, WarmCaches.none()), draw(japanese, kept));
        assertEquals(0, kept.pagesReused(), "no page drawn in the serif Latin is kept");
    }

    /** Five chapters of every script, linked to each other, a figure in each; {@code edit} added to one of them. */
    private static Book book(ImageAsset picture, int edited, String edit) throws IOException {
        var chapters = new ArrayList<Chapter>();
        for (int c = 0; c < 5; c++) {
            String file = "manuscript/0" + c + ".md";
            var source = new Source(file, 1);
            var blocks = new ArrayList<Block>();
            blocks.add(new Block.Heading(1, "ch-" + c, List.of(new Inline.Text("Chapter " + c)), List.of(), source));
            for (int p = 0; p < 24; p++) {
                var inlines = new ArrayList<Inline>();
                inlines.add(new Inline.Text(SampleBook.TEXTS.get((c + p) % SampleBook.TEXTS.size()) + " "));
                inlines.add(new Inline.Link(new LinkTarget.Internal((c + 1) % 5, Optional.empty()),
                        List.of(new Inline.Text("the next chapter"))));
                if (c == edited && p == 3 && !edit.isEmpty()) {
                    inlines.add(new Inline.Styled(edit.startsWith("Bold") ? Inline.Style.STRONG : Inline.Style.EMPHASIS,
                            List.of(new Inline.Text(" " + edit + "Ωμέγα"))));
                }
                blocks.add(new Block.Paragraph(inlines, source));
                if (p == 10) {
                    blocks.add(new Block.Figure("fig-" + c, picture, "A gradient",
                            List.of(new Inline.Text("Figure " + c)), source));
                }
            }
            chapters.add(new Chapter(c, "ch-" + c, "Chapter " + c, file, blocks));
        }
        Book sample = SampleBook.book(picture.file().getParent());
        return new Book(sample.metadata(), chapters, Optional.of(picture), "redrawn", sample.modified(), 2,
                sample.pageSize());
    }

    private byte[] draw(Book book, WarmCaches caches) throws IOException {
        var out = new ByteArrayOutputStream();
        try (var threads = new BuildThreads()) {
            pageCount = new PrintRun(caches, threads).write(book, new Diagnostics(), out, edition -> { }).pageCount();
        }
        return out.toByteArray();
    }
}
