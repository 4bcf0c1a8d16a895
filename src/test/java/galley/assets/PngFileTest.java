package galley.assets;

import galley.diagnostic.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The one PNG chunk reader: what it refuses at load time, so that no writer meets it later. */
class PngFileTest {

    @TempDir
    Path dir;

    // two rows of four one-byte pixels, filter type 0
    private static final byte[] ROWS_4X2 = new byte[2 * (1 + 4)];

    @Test
    void aPaletteImageWithoutItsPaletteIsRefusedAtTheCheck() throws IOException {
        byte[] png = new ChunkedPng(4, 2, 8, PngFile.PALETTE).pixels(ROWS_4X2).end();
        assertRefused(png, Problem.IMAGE_UNREADABLE, "image is a palette PNG without its palette (PLTE chunk)");
        byte[] whole = new ChunkedPng(4, 2, 8, PngFile.PALETTE).chunk("PLTE", new byte[6]).pixels(ROWS_4X2).end();
        assertAccepted(whole);
    }

    @Test
    void aTransparencyChunkMustFitTheColourType() throws IOException {
        byte[] rgbRows = new byte[2 * (1 + 12)];
        byte[] shortKey = new ChunkedPng(4, 2, 8, PngFile.RGB).chunk("tRNS", new byte[2]).pixels(rgbRows).end();
        assertRefused(shortKey, Problem.IMAGE_UNREADABLE,
                "image has a transparency (tRNS) chunk of 2 bytes where its colour type needs 6");
        assertAccepted(new ChunkedPng(4, 2, 8, PngFile.RGB).chunk("tRNS", new byte[6]).pixels(rgbRows).end());

        byte[] tooManyAlphas = new ChunkedPng(4, 2, 8, PngFile.PALETTE).chunk("PLTE", new byte[6])
                .chunk("tRNS", new byte[3]).pixels(ROWS_4X2).end();
        assertRefused(tooManyAlphas, Problem.IMAGE_UNREADABLE, "image has 3 transparency (tRNS) entries for 2 palette colours");
        assertAccepted(new ChunkedPng(4, 2, 8, PngFile.PALETTE).chunk("PLTE", new byte[6])
                .chunk("tRNS", new byte[1]).pixels(ROWS_4X2).end());
        assertAccepted(new ChunkedPng(4, 2, 8, PngFile.GREY).chunk("tRNS", new byte[2]).pixels(ROWS_4X2).end());
    }

    @Test
    void aCriticalChunkFailingItsCrcIsRefusedAnAncillaryOneIgnored() throws IOException {
        byte[] text = "Comment\0hello".getBytes(StandardCharsets.ISO_8859_1);
        byte[] badText = new ChunkedPng(4, 2, 8, PngFile.GREY)
                .raw(text.length, "tEXt".getBytes(StandardCharsets.US_ASCII), text, 12345).pixels(ROWS_4X2).end();
        assertAccepted(badText);
        byte[] badPalette = new ChunkedPng(4, 2, 8, PngFile.PALETTE)
                .raw(6, "PLTE".getBytes(StandardCharsets.US_ASCII), new byte[6], 12345).pixels(ROWS_4X2).end();
        assertRefused(badPalette, Problem.IMAGE_UNREADABLE, "image is truncated or corrupt");
    }

    @Test
    void aChunkLongerThanTheFileOrThanPngAllowsIsRefused() throws IOException {
        byte[] past = new ChunkedPng(4, 2, 8, PngFile.GREY).pixels(ROWS_4X2)
                .raw(1_000_000, "tEXt".getBytes(StandardCharsets.US_ASCII), new byte[10], 0).end();
        assertRefused(past, Problem.IMAGE_UNREADABLE, "image is truncated or corrupt");
        byte[] negative = new ChunkedPng(4, 2, 8, PngFile.GREY).pixels(ROWS_4X2)
                .raw(-5, "tEXt".getBytes(StandardCharsets.US_ASCII), new byte[0], 0).end();
        var e = assertThrows(ImageException.class, () -> PngFile.read(new ByteArrayInputStream(negative), (b, n) -> { }));
        assertTrue(e.getMessage().contains("more than PNG allows"), e.getMessage());
    }

    @Test
    void theHeadIsReadWithoutThePixelDataAndGivesTheDensity() throws IOException {
        byte[] phys = java.nio.ByteBuffer.allocate(9).putInt(11811).putInt(11811).put((byte) 1).array();
        byte[] png = new ChunkedPng(4, 2, 8, PngFile.GREY).chunk("pHYs", phys)
                .raw(100, "IDAT".getBytes(StandardCharsets.US_ASCII), new byte[3], 0).end();
        // the head stops at the first IDAT, so the broken one after it is never read
        PngFile head = PngFile.readHead(new ByteArrayInputStream(png));
        assertEquals(11811, head.pixelsPerMetre());
        assertEquals(4, head.header().width());
        assertFalse(head.animated());
        byte[] apng = new ChunkedPng(4, 2, 8, PngFile.GREY).chunk("acTL", new byte[8]).pixels(ROWS_4X2).end();
        assertTrue(PngFile.readHead(new ByteArrayInputStream(apng)).animated());
    }

    private void assertRefused(byte[] png, Problem problem, String reason) throws IOException {
        Path file = Files.write(dir.resolve("refused.png"), png);
        ImageChecker.Result result = ImageChecker.check(file);
        assertTrue(result.refusal().isPresent(), "accepted: " + result);
        assertEquals(problem, result.refusal().get().problem());
        assertEquals(reason, result.refusal().get().reason());
    }

    private void assertAccepted(byte[] png) throws IOException {
        Path file = Files.write(dir.resolve("accepted.png"), png);
        ImageChecker.Result result = ImageChecker.check(file);
        assertTrue(result.checked().isPresent(), "refused: " + result.refusal());
    }
}
