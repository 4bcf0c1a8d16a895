package galley.cli;

import galley.assets.ChunkedPng;
import galley.testing.TestBook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * PNG files whose pixels are whole but which break a rule the writers rely on (a palette image
 * without its palette, a colour key too short): {@code check} passed them and {@code build} then
 * failed writing the PDF. Both now refuse them at the line that embeds them.
 */
class MalformedPngTest {

    private static final String NO_PALETTE = "manuscript/01-chapter.md:3: image is a palette PNG without its palette "
            + "(PLTE chunk): no-palette.png";
    private static final String SHORT_KEY = "manuscript/01-chapter.md:5: image has a transparency (tRNS) chunk of 2 bytes "
            + "where its colour type needs 6: short-key.png";

    @TempDir
    Path book;

    @Test
    void checkAndBuildRefuseThemAtTheLineThatEmbedsThem() throws IOException {
        TestBook.withFigure(book);
        int width = 900;
        int height = 600;
        byte[] paletteRows = new byte[height * (1 + width)];
        Files.write(book.resolve("manuscript/no-palette.png"), new ChunkedPng(width, height, 8, 3).pixels(paletteRows).end());
        byte[] rgbRows = new byte[height * (1 + 3 * width)];
        Files.write(book.resolve("manuscript/short-key.png"),
                new ChunkedPng(width, height, 8, 2).chunk("tRNS", new byte[2]).pixels(rgbRows).end());
        Files.writeString(book.resolve("manuscript/01-chapter.md"),
                "# C\n\n![a](no-palette.png)\n\n![b](short-key.png)\n", StandardCharsets.UTF_8);

        String[][] runs = {{"check", book.toString(), "--quiet"}, {"build", book.toString(), "--quiet", "--no-site"}};
        for (String[] args : runs) {
            String command = args[0];
            TestBook.Run run = TestBook.galley(args);
            assertEquals(1, run.status(), command + ": " + run.err());
            assertTrue(run.err().contains(NO_PALETTE), command + ": " + run.err());
            assertTrue(run.err().contains(SHORT_KEY), command + ": " + run.err());
            assertFalse(run.err().contains("cannot embed"), command + " reached the writer: " + run.err());
        }
        assertFalse(Files.exists(book.resolve("dist/hostile.pdf")));
    }
}
