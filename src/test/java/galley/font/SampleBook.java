package galley.font;

import galley.model.Block;
import galley.model.Book;
import galley.model.Chapter;
import galley.model.ImageAsset;
import galley.model.ImageFormat;
import galley.model.Inline;
import galley.model.Metadata;
import galley.model.PageMap;
import galley.model.PageSize;
import galley.model.Source;
import galley.layout.Destination;
import galley.layout.LaidOutBook;
import galley.text.LinkDestination;
import galley.layout.OutlineEntry;
import galley.layout.Page;
import galley.layout.PageItem;
import galley.layout.PageLabelRange;
import galley.text.TextStyle;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A small book and a hand-made layout of it, exercising everything the painter draws. */
public final class SampleBook {

    public static final Instant MODIFIED = Instant.parse("2024-05-06T07:08:09Z");
    public static final String TITLE = "Галерея: A Sample of Every Script";
    static final String URL = "https://example.org/galley?q=ä";

    static final TextStyle BODY = new TextStyle(TextStyle.Face.SERIF, false, false, 10.5f);
    static final TextStyle HEADING = new TextStyle(TextStyle.Face.SANS, true, false, 20f);
    static final TextStyle CODE = new TextStyle(TextStyle.Face.MONO, false, false, 9f);

    /** Every run of body text drawn, in page order, for text-extraction checks. */
    public static final List<String> TEXTS = List.of(
            "Roman serif body text, set in Liberation Serif.",
            "Italic words and ",
            "bold words",
            " and bold italic.",
            "Кириллица: съешь же ещё этих мягких французских булок.",
            "Ελληνικά: Ξεσκεπάζω την ψυχοφθόρα βδελυγμία.",
            "日本語：いろはにほへと、カタカナも。",
            "中文：我能吞下玻璃而不伤身体。",
            "한국어: 다람쥐 헌 쳇바퀴에 타고파",
            "Mixed Latin and 漢字 in one run",
            "System.out.println(\"monospace\");",
            "Sans serif caption under the figure.");

    private SampleBook() {
    }

    public static Book book(Path dir) throws IOException {
        ImageAsset picture = png(dir.resolve("picture.png"));
        Metadata meta = new Metadata(TITLE, Optional.of("A test book"), List.of("Ada Lovelace", "Иван Петров"),
                "en-GB", Optional.of("2024-05-06"), "urn:uuid:00000000-0000-4000-8000-000000000000",
                Optional.of("Galley Press"), Optional.of("CC BY 4.0"), Optional.of("A book that tests the painter & more"),
                List.of("Testing", "PDF"));
        var chapter = new Chapter(0, "chapter-one", "Chapter One", "manuscript/01.md", List.of(
                new Block.Heading(1, "chapter-one", List.of(new Inline.Text("Chapter One")), List.of(), new Source("manuscript/01.md", 1)),
                new Block.Figure("fig-1", picture, "A gradient", List.of(new Inline.Text("A figure")), new Source("manuscript/01.md", 3))));
        return new Book(meta, List.of(chapter), Optional.of(picture), "sample", MODIFIED, 2, PageSize.TRADE_6X9);
    }

    public static LaidOutBook layout(Book book) {
        ImageAsset picture = book.cover().orElseThrow();
        List<Page> pages = new ArrayList<>();
        pages.add(new Page(0, "Cover", 432, 648, List.of(new PageItem.ImageBox(0, 0, 432, 648, picture))));
        pages.add(new Page(1, "i", 432, 648, List.of(
                run(72, 500, TITLE, HEADING),
                run(72, 470, "Ada Lovelace and Иван Петров", BODY.withItalic(true)))));
        pages.add(new Page(2, "ii", 432, 648, List.of(
                run(72, 560, "Contents", HEADING),
                run(72, 530, "Chapter One", BODY),
                new PageItem.LinkArea(72, 526, 300, 14, new LinkDestination.Anchor("chapter-one")),
                run(90, 512, "Section Two", BODY),
                new PageItem.LinkArea(90, 508, 280, 14, new LinkDestination.Anchor("section-two")))));
        List<PageItem> body = new ArrayList<>();
        body.add(run(72, 560, "Chapter One", HEADING));
        float y = 530;
        body.add(run(72, y, TEXTS.get(0), BODY));
        y -= 14;
        // placed by measuring, as the layout does, so that the pieces join up on the line
        FontSet fonts = FontSet.standard();
        float x = 72;
        body.add(run(x, y, TEXTS.get(1), BODY.withItalic(true)));
        x += fonts.width(TEXTS.get(1), BODY.withItalic(true));
        body.add(run(x, y, TEXTS.get(2), BODY.withBold(true)));
        x += fonts.width(TEXTS.get(2), BODY.withBold(true));
        body.add(run(x, y, TEXTS.get(3), BODY.withBold(true).withItalic(true)));
        for (int i = 4; i <= 9; i++) {
            y -= 14;
            body.add(run(72, y, TEXTS.get(i), BODY));
        }
        y -= 16;
        body.add(run(72, y, TEXTS.get(10), CODE));
        body.add(run(72, 40, "1", BODY.withSize(9)));
        body.add(new PageItem.TextRun(72, 620, "Running head in grey", BODY.withSize(8.5f).withItalic(true), PageItem.Tone.GREY));
        body.add(new PageItem.ImageBox(72, 200, 288, 172.8f, picture));
        body.add(run(72, 186, TEXTS.get(11), BODY.withFace(TextStyle.Face.SANS).withSize(9)));
        body.add(run(72, 160, "Visit the web site.", BODY));
        body.add(new PageItem.LinkArea(72, 156, 100, 14, new LinkDestination.Uri(URL)));
        body.add(new PageItem.Rule(72, 120, 172, 120, 0.5f));
        pages.add(new Page(3, "1", 432, 648, body));
        pages.add(new Page(4, "2", 420, 595, List.of(
                run(72, 500, "Section Two", HEADING.withSize(14)),
                run(72, 480, "A page of another size.", BODY))));
        pages.add(new Page(5, "3", 432, 648, List.of()));

        Map<String, Destination> anchors = new LinkedHashMap<>();
        anchors.put("section-two", new Destination(4, 514));
        anchors.put("chapter-one", new Destination(3, 580));
        anchors.put("глава", new Destination(3, 300));
        List<OutlineEntry> outline = List.of(
                new OutlineEntry("Chapter One", "chapter-one", List.of(
                        new OutlineEntry("Section Two", "section-two", List.of()))),
                new OutlineEntry("Глава", "глава", List.of()));
        List<PageLabelRange> labels = List.of(
                new PageLabelRange(0, PageLabelRange.Style.NONE, "Cover", 1),
                new PageLabelRange(1, PageLabelRange.Style.LOWER_ROMAN, "", 1),
                new PageLabelRange(3, PageLabelRange.Style.ARABIC, "", 1));
        return new LaidOutBook(pages, outline, anchors, labels, PageMap.none());
    }

    private static PageItem.TextRun run(float x, float baseline, String text, TextStyle style) {
        return new PageItem.TextRun(x, baseline, text, style, PageItem.Tone.BLACK);
    }

    /** A PNG with an alpha channel: a gradient that fades out towards the right. */
    public static ImageAsset png(Path file) throws IOException {
        int w = 300;
        int h = 180;
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setPaint(new GradientPaint(0, 0, new Color(20, 60, 160, 255), w, 0, new Color(200, 40, 40, 0)));
        g.fillRect(0, 0, w, h);
        g.setColor(Color.WHITE);
        g.fillOval(40, 40, 100, 100);
        g.dispose();
        Files.createDirectories(file.getParent());
        ImageIO.write(image, "png", file.toFile());
        return new ImageAsset(file, "images/" + file.getFileName(), ImageFormat.PNG, w, h);
    }
}
