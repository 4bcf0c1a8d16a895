package galley.book;

import galley.epub.EpubCheckReport;
import galley.testing.PdfA;
import galley.testing.Slow;
import galley.testing.TestBook;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;
import java.util.zip.ZipFile;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An SVG drawing in both editions, read back: cleaned in the EPUB, vector paths in the PDF, pixels on the download page. */
@Slow
class SvgEditionsTest {

    // 4 cm x 2 cm: 151.18 x 75.59 CSS pixels, 113.39 x 56.69 points
    private static final String FLOW = """
            <?xml version="1.0" encoding="UTF-8"?>
            <svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"
                 width="4cm" height="2cm" viewBox="0 0 200 100" onload="steal()">
              <script>fetch('http://127.0.0.1/')</script>
              <rect width="200" height="100" fill="#ddeeff"/>
              <a xlink:href="http://127.0.0.1/away"><circle cx="100" cy="50" r="30" fill="#cc3333"/></a>
              <path d="M10 90 C 60 10, 140 10, 190 90" fill="none" stroke="#123456" stroke-width="4"/>
              <text x="100" y="96" font-size="10" text-anchor="middle">Flow</text>
            </svg>
            """;
    private static final String COVER = """
            <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 600 900">
              <rect width="600" height="900" fill="#c03030"/>
            </svg>
            """;

    @TempDir
    Path dir;

    private TestBook book(Path folder) throws IOException {
        TestBook book = TestBook.with(folder, "title: Drawings\nlang: en\n")
                .file("manuscript/01.md", """
                        # Drawings

                        ![A flow chart](images/flow.svg)

                        A dot ![dot](images/flow.svg) inline, and <img src="images/flow.svg" alt="again"> in HTML.
                        """)
                .file("manuscript/images/flow.svg", FLOW)
                .file("covers/cover.svg", COVER);
        // the edition date comes from the files' times, which two books must share to build alike
        try (var files = Files.walk(folder)) {
            for (Path file : files.toList()) {
                Files.setLastModifiedTime(file, FileTime.from(Instant.parse("2026-01-02T03:04:05Z")));
            }
        }
        return book;
    }

    @Test
    void theEpubCarriesTheCleanedDrawingAndPassesEpubCheck() throws IOException {
        TestBook.Run run = book(dir.resolve("book")).build();
        assertEquals(0, run.status(), run.err());
        assertEquals(List.of("manuscript/01.md:3: warning: SVG image shown without its <script>, links out of the "
                + "drawing (http://127.0.0.1/away), event handlers (onload), which an image may not have: images/flow.svg"),
                run.problems());
        try (var zip = new ZipFile(run.epub().toFile())) {
            var entry = zip.stream().filter(e -> e.getName().endsWith("images/flow.svg")).findFirst().orElseThrow();
            String svg = new String(zip.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8);
            assertFalse(svg.contains("<script"), svg);
            assertFalse(Pattern.compile("\\son\\w+=").matcher(svg).find(), svg);
            assertFalse(Pattern.compile("href=\"(?!#)").matcher(svg).find(), svg);
            assertTrue(svg.contains("<circle cx=\"100\" cy=\"50\" r=\"30\" fill=\"#cc3333\"></circle>"), svg);
            var opf = zip.stream().filter(e -> e.getName().endsWith(".opf")).findFirst().orElseThrow();
            String manifest = new String(zip.getInputStream(opf).readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(Pattern.compile("href=\"images/flow.svg\"[^>]*media-type=\"image/svg\\+xml\"|media-type=\"image/svg\\+xml\"[^>]*href=\"images/flow.svg\"")
                    .matcher(manifest).find(), manifest);
            assertTrue(manifest.contains("image/svg+xml"), manifest);
        }
        assertEquals(List.of(), EpubCheckReport.check(run.epub()).problems());
    }

    @Test
    void thePdfDrawsTheFigureAsPathsAtItsSizeAndStaysPdfA() throws Exception {
        TestBook.Run run = book(dir.resolve("book")).build();
        assertEquals(0, run.status(), run.err());
        try (PDDocument pdf = Loader.loadPDF(run.pdf().toFile())) {
            PDPage page = pageWith(pdf, "A flow chart");
            assertEquals(List.of(), PictureFinder.pictures(page), "no image XObject: the drawing is vector");
            List<Rectangle2D> paths = PaintedPaths.of(page);
            Rectangle2D background = paths.stream()
                    .filter(r -> Math.abs(r.getWidth() - 113.39) < 0.6 && Math.abs(r.getHeight() - 56.69) < 0.6)
                    .findFirst().orElseThrow(() -> new AssertionError("no 113.4 x 56.7 pt rectangle in " + paths));
            double centre = page.getMediaBox().getWidth() / 2;
            Rectangle2D disc = paths.stream()
                    .filter(r -> Math.abs(r.getWidth() - 34.02) < 0.6 && Math.abs(r.getHeight() - 34.02) < 0.6)
                    .findFirst().orElseThrow(() -> new AssertionError("no disc 60 units wide (34 pt) in " + paths));
            assertEquals(background.getCenterX(), disc.getCenterX(), 0.3, "the disc is drawn at the drawing's centre");
            assertEquals(background.getCenterY(), disc.getCenterY(), 0.3);
            assertTrue(Math.abs(background.getCenterX() - centre) < 40, "the figure is placed in the text block");
        }
        PdfA.assertConforms(run.pdf());
    }

    @Test
    void theSameDrawingBuildsToTheSameBytesAndTheCoverIsDrawnInPixels() throws IOException {
        TestBook.Run first = book(dir.resolve("one")).build();
        TestBook.Run second = book(dir.resolve("two")).build();
        assertEquals(0, first.status(), first.err());
        assertArrayEquals(Files.readAllBytes(first.pdf()), Files.readAllBytes(second.pdf()));
        assertArrayEquals(Files.readAllBytes(first.epub()), Files.readAllBytes(second.epub()));
        BufferedImage cover = ImageIO.read(new ByteArrayInputStream(Files.readAllBytes(first.dist().resolve("cover.png"))));
        assertEquals(480, cover.getWidth());
        assertEquals(720, cover.getHeight());
        assertEquals(0xFFC03030, cover.getRGB(240, 360), "the cover's red, drawn from the SVG");
    }

    @Test
    void aHostileDrawingIsRefusedAtItsLineAndNothingIsWritten() throws IOException {
        Path folder = dir.resolve("hostile");
        Files.createDirectories(folder);
        Path secret = Files.writeString(folder.resolve("secret.txt"), "TOP-SECRET-42");
        TestBook book = TestBook.with(folder, "title: Hostile\nlang: en\n")
                .file("manuscript/01.md", "# One\n\nText.\n\n![Evil](evil.svg)\n")
                .file("manuscript/evil.svg", "<?xml version=\"1.0\"?><!DOCTYPE svg [<!ENTITY s SYSTEM \""
                        + secret.toUri() + "\">]><svg xmlns=\"http://www.w3.org/2000/svg\" width=\"9\" height=\"9\">"
                        + "<text>&s;</text></svg>");
        TestBook.Run run = book.build();
        assertEquals(1, run.status(), run.err());
        assertEquals(List.of("manuscript/01.md:5: SVG image declares an external entity (" + secret.toUri()
                + "), which is never read: evil.svg"), run.problems());
        assertEquals(List.of(), run.editions());
        assertFalse(run.err().contains("TOP-SECRET"));
    }

    private static PDPage pageWith(PDDocument pdf, String text) throws IOException {
        var stripper = new PDFTextStripper();
        for (int i = 1; i <= pdf.getNumberOfPages(); i++) {
            stripper.setStartPage(i);
            stripper.setEndPage(i);
            if (stripper.getText(pdf).contains(text)) {
                return pdf.getPage(i - 1);
            }
        }
        throw new AssertionError("no page shows " + text);
    }
}
