package galley.font;

import galley.diagnostic.Diagnostics;
import galley.diagnostic.Problem;
import galley.model.Block;
import galley.model.Book;
import galley.model.Chapter;
import galley.model.Inline;
import galley.model.Metadata;
import galley.model.Source;
import galley.text.TextStyle;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The check that every character the print edition shows has a glyph in some font of its chain;
 * each character without one is reported once, where it first occurs, as {@code glyph-missing}.
 */
public final class GlyphCoverage {

    /** Where the metadata printed on the title and copyright pages comes from. */
    public static final String METADATA_PATH = "manuscript/book.yaml";

    private static final TextStyle TEXT = new TextStyle(TextStyle.Face.SERIF, false, false, 10f);
    private static final TextStyle CODE_TEXT = new TextStyle(TextStyle.Face.MONO, false, false, 10f);

    private final FontSet fonts;

    public GlyphCoverage(FontSet fonts) {
        this.fonts = fonts;
    }

    /** Reports to {@code diagnostics} each character of {@code book} that no PDF font can draw. */
    public void check(Book book, Diagnostics diagnostics) {
        new Walk(diagnostics).book(book);
    }

    /** The message for {@code codePoint}, e.g. {@code U+10000 LINEAR B SYLLABLE B008 A has no glyph in the PDF fonts}. */
    public static String message(int codePoint) {
        String name = Character.getName(codePoint);
        return String.format(Locale.ROOT, "U+%04X %s has no glyph in the PDF fonts",
                codePoint, name == null ? "(unassigned)" : name);
    }

    /** One pass over a book, remembering the characters already reported. */
    private final class Walk {

        private final Diagnostics diagnostics;
        private final Set<Integer> reported = new HashSet<>();

        Walk(Diagnostics diagnostics) {
            this.diagnostics = diagnostics;
        }

        void book(Book book) {
            Metadata meta = book.metadata();
            Source metadata = Source.of(METADATA_PATH);
            text(meta.title(), TEXT, metadata);
            meta.subtitle().ifPresent(s -> text(s, TEXT, metadata));
            meta.authors().forEach(a -> text(a, TEXT, metadata));
            meta.publisher().ifPresent(s -> text(s, TEXT, metadata));
            meta.rights().ifPresent(s -> text(s, TEXT, metadata));
            meta.date().ifPresent(s -> text(s, TEXT, metadata));
            text(meta.identifier(), TEXT, metadata);
            for (Chapter chapter : book.chapters()) {
                blocks(chapter.blocks());
                // a chapter without a heading takes its printed title from elsewhere
                text(chapter.title(), TEXT, Source.of(chapter.source()));
            }
        }

        private void blocks(List<Block> blocks) {
            for (Block block : blocks) {
                block(block);
            }
        }

        private void block(Block block) {
            Source at = block.source();
            if (block instanceof Block.Heading h) {
                inlines(h.content(), at);
            } else if (block instanceof Block.Paragraph p) {
                inlines(p.content(), at);
            } else if (block instanceof Block.Figure f) {
                inlines(f.caption(), at);
            } else if (block instanceof Block.BlockQuote q) {
                blocks(q.blocks());
            } else if (block instanceof Block.Division d) {
                blocks(d.blocks());
            } else if (block instanceof Block.LineBlock v) {
                v.lines().forEach(line -> inlines(line, at));
            } else if (block instanceof Block.ListBlock l) {
                l.items().forEach(item -> blocks(item.blocks()));
            } else if (block instanceof Block.CodeBlock c) {
                text(c.text(), CODE_TEXT, at);
            } else if (block instanceof Block.Table t) {
                inlines(t.caption(), at);
                t.header().forEach(row -> row.cells().forEach(cell -> blocks(cell.blocks())));
                t.body().forEach(row -> row.cells().forEach(cell -> blocks(cell.blocks())));
            } else if (block instanceof Block.DefinitionList d) {
                for (Block.Definition item : d.items()) {
                    inlines(item.term(), at);
                    item.definitions().forEach(this::blocks);
                }
            }
        }

        private void inlines(List<Inline> inlines, Source at) {
            for (Inline inline : inlines) {
                if (inline instanceof Inline.Text t) {
                    text(t.text(), TEXT, at);
                } else if (inline instanceof Inline.Code c) {
                    text(c.text(), CODE_TEXT, at);
                } else if (inline instanceof Inline.Styled s) {
                    inlines(s.content(), at);
                } else if (inline instanceof Inline.Link l) {
                    inlines(l.content(), at);
                } else if (inline instanceof Inline.Span s) {
                    inlines(s.content(), at);
                } else if (inline instanceof Inline.NoteRef n) {
                    blocks(n.note());
                }
                // an inline image's alt text is not printed: the image is
            }
        }

        private void text(String text, TextStyle style, Source at) {
            for (int i = 0; i < text.length(); ) {
                int codePoint = text.codePointAt(i);
                i += Character.charCount(codePoint);
                if (!fonts.covers(codePoint, style) && reported.add(codePoint)) {
                    Problem.GLYPH_MISSING.report(diagnostics, at.path(), at.line(), message(codePoint));
                }
            }
        }
    }
}
