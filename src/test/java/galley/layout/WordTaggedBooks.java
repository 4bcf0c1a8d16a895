package galley.layout;

import galley.model.Block;
import galley.model.Book;
import galley.model.Chapter;
import galley.model.Inline;
import galley.model.Metadata;
import galley.model.PageSize;
import galley.model.Source;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * Generated books whose every word says where it belongs: "c2p5w7" is word 7 of paragraph 5 of
 * chapter 2, so a test can tell from a page's text which paragraph each line comes from.
 */
public final class WordTaggedBooks {

    private WordTaggedBooks() {
    }

    public static Book book(int chapters, int paragraphs, boolean notes) {
        var random = new Random(42);
        var list = new ArrayList<Chapter>();
        for (int c = 0; c < chapters; c++) {
            var blocks = new ArrayList<Block>();
            Source src = new Source("manuscript/ch" + c + ".md", 1);
            blocks.add(new Block.Heading(1, "h-c" + c, List.of(new Inline.Text("Chapter " + c)), List.of(), src));
            int note = 0;
            for (int p = 0; p < paragraphs; p++) {
                if (p % 7 == 3) {
                    blocks.add(new Block.Heading(2, "h-c" + c + "-s" + p,
                            List.of(new Inline.Text("Section c" + c + "s" + p)), List.of(), src));
                }
                int words = 5 + random.nextInt(120);
                var inlines = new ArrayList<Inline>();
                var text = new StringBuilder();
                for (int w = 0; w < words; w++) {
                    text.append(w == 0 ? "" : " ").append("c").append(c).append("p").append(p).append("w").append(w);
                }
                inlines.add(new Inline.Text(text.toString()));
                if (notes && p % 5 == 1) {
                    note++;
                    String id = "c" + c + "-note-" + note;
                    inlines.add(new Inline.NoteRef(note, id, List.of(new Block.Paragraph(
                            List.of(new Inline.Text("note" + id + " " + "n".repeat(30 + random.nextInt(200)))), src))));
                    inlines.add(new Inline.Text(" c" + c + "p" + p + "end"));
                }
                blocks.add(new Block.Paragraph(inlines, src));
            }
            list.add(new Chapter(c, "ch-" + c, "Chapter " + c, src.path(), blocks));
        }
        var meta = new Metadata("A Test Book", Optional.of("Generated"), List.of("Ann Author"), "en",
                Optional.empty(), "urn:uuid:00000000-0000-0000-0000-000000000000", Optional.empty(),
                Optional.empty(), Optional.empty(), List.of());
        return new Book(meta, list, Optional.empty(), "test", Instant.parse("2020-01-01T00:00:00Z"), 2,
                PageSize.TRADE_6X9);
    }

    /** A book of one chapter, "ch", of {@code blocks}. */
    static Book oneChapter(List<Block> blocks) {
        Book base = book(1, 1, false);
        return new Book(base.metadata(), List.of(new Chapter(0, "ch", "Chapter", "manuscript/ch0.md", blocks)),
                base.cover(), base.name(), base.modified(), base.tocDepth(), base.pageSize());
    }

    /** {@code count} words that say where they belong: "tag0 tag1 tag2 …". */
    static String words(String tag, int count) {
        var text = new StringBuilder();
        for (int w = 0; w < count; w++) {
            text.append(w == 0 ? "" : " ").append(tag).append(w);
        }
        return text.toString();
    }

    /** The page that holds the first text run that is exactly {@code text}. */
    static int pageOf(LaidOutBook laid, String text) {
        for (Page page : laid.pages()) {
            for (PageItem item : page.items()) {
                if (item instanceof PageItem.TextRun run && run.text().equals(text)) {
                    return page.index();
                }
            }
        }
        throw new AssertionError(text + " is on no page");
    }

    /** {@code book} as if written in {@code lang}. */
    static Book inLanguage(Book book, String lang) {
        Metadata m = book.metadata();
        var meta = new Metadata(m.title(), m.subtitle(), m.authors(), lang, m.date(), m.identifier(), m.publisher(),
                m.rights(), m.description(), m.subjects());
        return new Book(meta, book.chapters(), book.cover(), book.name(), book.modified(), book.tocDepth(), book.pageSize());
    }
}
