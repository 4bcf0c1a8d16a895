package galley.epub;

import galley.model.Block;
import galley.model.Book;
import galley.model.Chapter;
import galley.model.ImageAsset;
import galley.model.ImageFormat;
import galley.model.Inline;
import galley.model.LinkTarget;
import galley.model.Metadata;
import galley.model.PageMap;
import galley.model.PageSize;
import galley.model.Source;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Books built by hand for the EPUB tests, with images drawn into a temporary folder. */
public final class HandBuiltBooks {

    static final Instant MODIFIED = Instant.parse("2024-05-31T12:34:56Z");
    static final String FIGURE_CAPTION = "The red square, seen from above";

    private HandBuiltBooks() {
    }

    /**
     * A book with a cover, a title page and three chapters: nested headings, a figure, footnotes,
     * a table, lists, code, quotes, links across chapters, Cyrillic and Japanese text and ids, and
     * a last chapter without a heading of its own.
     *
     * @param figureAlt the alt text of the figure (empty to test a missing description)
     */
    public static Book sample(Path folder, String figureAlt) {
        ImageAsset cover = image(folder, "cover.jpg", "image/jpeg", 1000, 1600, new Color(40, 60, 110));
        ImageAsset figure = image(folder, "figure.png", "image/png", 300, 200, new Color(200, 30, 30));
        ImageAsset icon = image(folder, "значок.png", "image/png", 16, 16, new Color(20, 140, 40));

        var metadata = new Metadata("Tales & <Trials>: Сказки", Optional.of("A test of every kind of block"),
                List.of("Анна Петрова", "山田 太郎"), "en", Optional.of("2024-05-31"),
                "urn:uuid:0b5c1a52-4a1b-4f7e-9a0c-2f1f6d3c9e10", Optional.of("Galley Press"),
                Optional.of("© 2024 the authors"), Optional.of("A book that exercises the EPUB writer."),
                List.of("Testing", "Typography"));
        return new Book(metadata, List.of(first(figure, icon, figureAlt), second(), third()), Optional.of(cover),
                "tales", MODIFIED, 3, PageSize.TRADE_6X9);
    }

    /** The sample's print pages: one before the first block, others inside chapters, one past an end. */
    public static PageMap pages() {
        return new PageMap(List.of(
                new PageMap.PageStart("1", 0, 0),
                new PageMap.PageStart("2", 0, 5),
                new PageMap.PageStart("3", 1, 0),
                new PageMap.PageStart("4", 1, 99),
                new PageMap.PageStart("4", 2, 1)));
    }

    private static Chapter first(ImageAsset figure, ImageAsset icon, String figureAlt) {
        String file = "manuscript/01-intro.md";
        List<Block> blocks = List.of(
                heading(1, "introduction", "Introduction", file),
                new Block.Paragraph(List.of(
                        text("Plain text with "), styled(Inline.Style.EMPHASIS, "emphasis"), text(", "),
                        styled(Inline.Style.STRONG, "strength"), text(", "),
                        styled(Inline.Style.STRIKETHROUGH, "deletion"), text(", E = mc"),
                        styled(Inline.Style.SUPERSCRIPT, "2"), text(", H"), styled(Inline.Style.SUBSCRIPT, "2"),
                        text("O, "), new Inline.Code("x < y && z > 0"), text(", a "),
                        new Inline.Link(new LinkTarget.External("https://example.org/a b?q=1&r=2"), List.of(text("link"))),
                        text(" and a note"),
                        new Inline.NoteRef(1, "fn-1", List.of(paragraph("A note with <angle brackets> & more.", file))),
                        text(". "), new Inline.Link(new LinkTarget.Internal(1, Optional.of("глава-раздел")),
                                List.of(text("The next chapter’s section"))),
                        new Inline.LineBreak(), text("An icon "), new Inline.Image(icon, "green dot"), text(" inline.")),
                        new Source(file, 3)),
                paragraph("A second paragraph, indented as books indent it. " + "Lorem ipsum dolor sit amet. ".repeat(8), file),
                heading(2, "background", "Background", file),
                heading(3, "details", "Details and more details", file),
                paragraph("Text under the details heading. " + "Consectetur adipiscing elit. ".repeat(6), file),
                new Block.Figure("fig-square", figure, figureAlt, List.of(text(FIGURE_CAPTION)), new Source(file, 20)),
                new Block.Paragraph(List.of(text("After the figure, with a second note"),
                        new Inline.NoteRef(2, "fn-2", List.of(paragraph("First paragraph of the note.", file),
                                paragraph("Second paragraph of the note.", file))),
                        text(".")), new Source(file, 22)),
                heading(4, "deep", "A heading deeper than the contents", file),
                new Block.ListBlock(true, 3, true, List.of(
                        item(paragraph("third", file)),
                        item(paragraph("fourth", file), new Block.ListBlock(false, 1, true,
                                List.of(item(paragraph("nested", file))), new Source(file, 30)))), new Source(file, 28)),
                new Block.ListBlock(false, 1, false, List.of(
                        new Block.ListItem(List.of(paragraph("done", file)), Optional.of(true)),
                        new Block.ListItem(List.of(paragraph("to do", file)), Optional.of(false))), new Source(file, 32)),
                new Block.Table(List.of(Block.Alignment.LEFT, Block.Alignment.CENTER, Block.Alignment.RIGHT, Block.Alignment.DEFAULT),
                        List.of(row("Name", "Kind", "Count", "Note")),
                        List.of(row("Apples", "fruit", "12", "red & green"), row("Яблоки", "фрукт", "7", "りんご")),
                        new Source(file, 36)),
                new Block.BlockQuote(List.of(paragraph("A quotation set off from the text.", file),
                        paragraph("Its second paragraph.", file)), new Source(file, 40)),
                new Block.CodeBlock("java", "if (a < b && c > d) {\n    return \"a very long line of code that must wrap inside the text block rather than run off\";\n}\n",
                        new Source(file, 44)),
                new Block.ThematicBreak(new Source(file, 48)),
                paragraph("After the break, flush left.", file),
                new Block.DefinitionList(List.of(new Block.Definition(List.of(text("Term")),
                        List.of(List.of(paragraph("Its definition.", file))))), new Source(file, 52)));
        return new Chapter(0, "introduction", "Introduction", file, blocks);
    }

    private static Chapter second() {
        String file = "manuscript/02-вторая.md";
        List<Block> blocks = List.of(
                heading(1, "глава-вторая", "Глава вторая", file),
                paragraph("Русский текст второй главы, с «кавычками» и — тире.", file),
                heading(2, "глава-раздел", "Раздел", file),
                paragraph("日本語の文章です。「かぎかっこ」も使います。", file),
                heading(3, "日本語-見出し", "日本語の見出し", file),
                new Block.Paragraph(List.of(
                        new Inline.Link(new LinkTarget.Internal(0, Optional.empty()), List.of(text("Back to the start"))),
                        text(", or to "),
                        new Inline.Link(new LinkTarget.Internal(0, Optional.of("details")), List.of(text("the details"))),
                        new Inline.NoteRef(1, "сноска-1", List.of(paragraph("Примечание.", file))),
                        text(".")), new Source(file, 9)));
        return new Chapter(1, "глава-вторая", "Глава вторая", file, blocks);
    }

    private static Chapter third() {
        String file = "manuscript/03-afterword.md";
        List<Block> blocks = List.of(
                heading(2, "afterword-section", "A section without a chapter heading", file),
                paragraph("The chapter's title comes from its file name.", file));
        return new Chapter(2, "afterword", "Afterword", file, blocks);
    }

    static ImageAsset image(Path folder, String name, String mediaType, int width, int height, Color color) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.setColor(color);
        g.fillRect(width / 8, height / 8, width * 3 / 4, height * 3 / 4);
        g.dispose();
        Path file = folder.resolve(name);
        try {
            ImageIO.write(image, mediaType.equals("image/png") ? "png" : "jpeg", file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ImageAsset(file, "images/" + name, ImageFormat.forMediaType(mediaType), width, height);
    }

    static Inline text(String text) {
        return new Inline.Text(text);
    }

    static Block.Heading heading(int level, String id, String text, String file) {
        return new Block.Heading(level, id, List.of(text(text)), List.of(), new Source(file, 1));
    }

    public static Block.Paragraph paragraph(String text, String file) {
        return new Block.Paragraph(List.of(text(text)), new Source(file, 1));
    }

    private static Inline styled(Inline.Style style, String text) {
        return new Inline.Styled(style, List.of(text(text)));
    }

    private static Block.ListItem item(Block... blocks) {
        return new Block.ListItem(List.of(blocks), Optional.empty());
    }

    private static Block.TableRow row(String... cells) {
        return Block.TableRow.ofText(java.util.Arrays.stream(cells).map(c -> List.<Inline>of(text(c))).toList(),
                new Source("manuscript/hand.md", 36));
    }
}
