package galley.layout;

import galley.model.ImageFormat;
import galley.text.FixedWidthMeasure;
import galley.text.Fragment;

import galley.model.Block;
import galley.model.ImageAsset;
import galley.model.Inline;
import galley.model.Source;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Inline content the print edition draws rather than sets as text: pictures and strike lines. */
class InlineDrawingTest {

    @Test
    void anIconInsideALineIsDrawnAtTheTextsHeightNotSetAsItsDescription() {
        var book = WordTaggedBooks.book(1, 1, false);
        BookStyle style = BookStyle.forPage(book.pageSize());
        var formatter = new BlockFormatter(book, style, new FixedWidthMeasure(), ImageDensity.assumed(), new galley.diagnostic.Diagnostics(), 300f, 500f);
        var icon = new ImageAsset(Path.of("icon.png"), "images/icon.png", ImageFormat.PNG, 32, 16);
        var paragraph = new Block.Paragraph(List.of(new Inline.Text("a sign "), new Inline.Image(icon, "star"),
                new Inline.Text(" here")), new Source("x.md", 1));
        var out = new SlabList();
        formatter.block(paragraph, new BlockFormatter.Frame(0f, 300f, style.body(), style.leading(), 0), false, out);

        List<PageItem> items = out.toList().stream().flatMap(s -> s.items().stream()).toList();
        List<PageItem.ImageBox> pictures = items.stream().filter(i -> i instanceof PageItem.ImageBox)
                .map(i -> (PageItem.ImageBox) i).toList();
        assertEquals(1, pictures.size());
        PageItem.ImageBox picture = pictures.get(0);
        float size = style.body().size();
        assertEquals(size, picture.height(), 0.01f);
        assertEquals(2 * size, picture.width(), 0.01f, "proportions kept");
        var text = items.stream().filter(i -> i instanceof PageItem.TextRun).map(i -> ((PageItem.TextRun) i).text()).toList();
        assertFalse(String.join("", text).contains("star") || String.join("", text).contains(Fragment.PICTURE), text.toString());
        PageItem.TextRun here = (PageItem.TextRun) items.stream()
                .filter(i -> i instanceof PageItem.TextRun t && t.text().equals("here")).findFirst().orElseThrow();
        assertTrue(here.x() >= picture.x() + picture.width(), "the text after the picture follows it");
    }

    @Test
    void aPictureLargerThanAnIconIsDrawnAtItsOwnSizeAndItsLineOpensUpAboveIt() {
        var book = WordTaggedBooks.book(1, 1, false);
        BookStyle style = BookStyle.forPage(book.pageSize());
        var formatter = new BlockFormatter(book, style, new FixedWidthMeasure(), ImageDensity.assumed(),
                new galley.diagnostic.Diagnostics(), 300f, 500f);
        var photo = new ImageAsset(Path.of("photo.png"), "images/photo.png", ImageFormat.PNG, 200, 120);
        var paragraph = new Block.Paragraph(List.of(new Inline.Text("see "), new Inline.Image(photo, "a photo"),
                new Inline.Text(" here")), new Source("x.md", 1));
        var out = new SlabList();
        formatter.block(paragraph, new BlockFormatter.Frame(0f, 300f, style.body(), style.leading(), 0), false, out);

        Slab line = out.toList().stream().filter(s -> s.items().stream().anyMatch(i -> i instanceof PageItem.ImageBox))
                .findFirst().orElseThrow();
        PageItem.ImageBox picture = (PageItem.ImageBox) line.items().stream()
                .filter(i -> i instanceof PageItem.ImageBox).findFirst().orElseThrow();
        assertEquals(150f, picture.width(), 0.01f, "200 pixels at 96 per inch are 150 points");
        assertEquals(90f, picture.height(), 0.01f);
        assertTrue(picture.y() + picture.height() <= 0f, "the picture stays inside its line: " + picture);
        assertTrue(line.height() >= picture.height(), "the line opens up to hold it: " + line.height());
        PageItem.TextRun here = run(line.items(), "here");
        assertTrue(here.baseline() > picture.y() && here.baseline() < picture.y() + style.body().size(),
                "the text stands on the picture's foot, not on its head: " + here.baseline() + " vs " + picture.y());
    }

    @Test
    void aPictureGivenAShareOfTheTextBlockIsThatWide() {
        var book = WordTaggedBooks.book(1, 1, false);
        BookStyle style = BookStyle.forPage(book.pageSize());
        var formatter = new BlockFormatter(book, style, new FixedWidthMeasure(), ImageDensity.assumed(),
                new galley.diagnostic.Diagnostics(), 300f, 500f);
        var photo = new ImageAsset(Path.of("photo.png"), "images/photo.png", ImageFormat.PNG, 2000, 1000);
        var half = new galley.model.ImageSize(galley.model.ImageSize.Length.parse("50%"), java.util.Optional.empty());
        var paragraph = new Block.Paragraph(List.of(new Inline.Text("see "), new Inline.Image(photo, "a photo", "", half),
                new Inline.Text(" here")), new Source("x.md", 1));
        var out = new SlabList();
        formatter.block(paragraph, new BlockFormatter.Frame(0f, 300f, style.body(), style.leading(), 0), false, out);

        PageItem.ImageBox picture = out.toList().stream().flatMap(s -> s.items().stream())
                .filter(i -> i instanceof PageItem.ImageBox).map(i -> (PageItem.ImageBox) i).findFirst().orElseThrow();
        assertEquals(150f, picture.width(), 0.01f, "half the 300-point text block");
        assertEquals(75f, picture.height(), 0.01f, "in proportion");
    }

    @Test
    void struckTextHasOneLineThroughItsWordsAndTheSpacesBetweenThem() {
        var book = WordTaggedBooks.book(1, 1, false);
        BookStyle style = BookStyle.forPage(book.pageSize());
        var formatter = new BlockFormatter(book, style, new FixedWidthMeasure(), ImageDensity.assumed(), new galley.diagnostic.Diagnostics(), 300f, 500f);
        var paragraph = new Block.Paragraph(List.of(new Inline.Text("kept "),
                new Inline.Styled(Inline.Style.STRIKETHROUGH, List.of(new Inline.Text("gone away"))),
                new Inline.Text(" kept")), new Source("x.md", 1));
        var out = new SlabList();
        formatter.block(paragraph, new BlockFormatter.Frame(0f, 300f, style.body(), style.leading(), 0), false, out);

        List<PageItem> items = out.toList().stream().flatMap(s -> s.items().stream()).toList();
        List<PageItem.Rule> rules = items.stream().filter(i -> i instanceof PageItem.Rule).map(i -> (PageItem.Rule) i).toList();
        assertEquals(1, rules.size(), items.toString());
        PageItem.TextRun gone = run(items, "gone");
        PageItem.TextRun away = run(items, "away");
        PageItem.Rule rule = rules.get(0);
        var measure = new FixedWidthMeasure();
        assertEquals(gone.x(), rule.x1(), 0.01f);
        assertEquals(away.x() + measure.width("away", away.style()), rule.x2(), 0.01f);
        assertTrue(rule.y1() > gone.baseline() && rule.y1() < gone.baseline() + style.body().size() * 0.5f);
        assertEquals(PageItem.Tone.BLACK, rule.tone(), "the line through struck text has the text's colour");
    }

    @Test
    void aLinkOfSeveralWordsIsOneAreaButTwoLinksApartAreTwo() {
        var book = WordTaggedBooks.book(1, 1, false);
        BookStyle style = BookStyle.forPage(book.pageSize());
        var formatter = new BlockFormatter(book, style, new FixedWidthMeasure(), ImageDensity.assumed(), new galley.diagnostic.Diagnostics(), 300f, 500f);
        var site = new galley.model.LinkTarget.External("https://example.com/");
        var paragraph = new Block.Paragraph(List.of(new Inline.Text("see "),
                new Inline.Link(site, List.of(new Inline.Text("the whole site"))),
                new Inline.Text(" or "), new Inline.Link(site, List.of(new Inline.Text("it"))),
                new Inline.Text(" again")), new Source("x.md", 1));
        var out = new SlabList();
        formatter.block(paragraph, new BlockFormatter.Frame(0f, 300f, style.body(), style.leading(), 0), false, out);

        List<PageItem> items = out.toList().stream().flatMap(s -> s.items().stream()).toList();
        List<PageItem.LinkArea> areas = items.stream().filter(i -> i instanceof PageItem.LinkArea)
                .map(i -> (PageItem.LinkArea) i).toList();
        assertEquals(2, areas.size(), areas.toString());
        var measure = new FixedWidthMeasure();
        PageItem.TextRun the = run(items, "the");
        PageItem.TextRun site2 = run(items, "site");
        assertEquals(the.x(), areas.get(0).x(), 0.01f);
        assertEquals(site2.x() + measure.width("site", site2.style()), areas.get(0).x() + areas.get(0).width(), 0.01f);
        PageItem.TextRun or = run(items, "or");
        assertTrue(areas.get(1).x() > or.x(), "the word between the links is not part of either");
    }

    private static PageItem.TextRun run(List<PageItem> items, String text) {
        return (PageItem.TextRun) items.stream().filter(i -> i instanceof PageItem.TextRun t && t.text().equals(text))
                .findFirst().orElseThrow();
    }
}
