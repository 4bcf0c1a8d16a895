package galley.assets;

import galley.diagnostic.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 23: compressed text chunks that inflate to far more than the file holds. The check reads
 * them only through the capped inflater: it refuses the file having allocated a few megabytes, where
 * inflating them whole would take gigabytes. Measured as the bytes this thread allocates, not by
 * exhausting the test JVM's heap.
 */
public class MetadataBombTest {

    /** What each hostile chunk inflates to; six of them hold 600 MB in a file of about 600 KB. */
    public static final long INFLATED = 100L << 20;

    /** Far more than the capped reader needs, far less than inflating one chunk whole. */
    public static final long ALLOCATION_LIMIT = 40L << 20;

    @TempDir
    static Path dir;

    private static byte[] zeros;

    /** A 4 x 2 grey or palette PNG with six zTXt or iTXt chunks, each inflating to {@link #INFLATED} bytes. */
    public static byte[] bomb(int colourType, String textType) {
        var png = new ChunkedPng(4, 2, 8, colourType);
        if (colourType == PngFile.PALETTE) {
            png.chunk("PLTE", new byte[6]);
        }
        for (int i = 0; i < 6; i++) {
            var chunk = new ByteArrayOutputStream();
            chunk.writeBytes(("Comment" + i).getBytes(StandardCharsets.ISO_8859_1));
            // zTXt: NUL, method; iTXt: NUL, compressed flag, method, empty language tag and translation
            chunk.writeBytes(textType.equals("zTXt") ? new byte[] {0, 0} : new byte[] {0, 1, 0, 0, 0});
            chunk.writeBytes(compressed());
            png.chunk(textType, chunk.toByteArray());
        }
        return png.pixels(new byte[2 * (1 + 4)]).end();
    }

    private static synchronized byte[] compressed() {
        if (zeros == null) {
            zeros = ChunkedPng.zeros(INFLATED);
        }
        return zeros;
    }

    @Test
    void theCheckRefusesTextChunksThatInflatePastTheCapWithoutInflatingThem() throws IOException {
        for (int colour : new int[] {PngFile.GREY, PngFile.PALETTE}) {
            for (String type : new String[] {"zTXt", "iTXt"}) {
                Path file = Files.write(dir.resolve("bomb.png"), bomb(colour, type));
                assertTrue(Files.size(file) < 3 << 20, "a small file: " + Files.size(file));
                ImageChecker.Result[] result = new ImageChecker.Result[1];
                long allocated = Allocation.of(() -> result[0] = ImageChecker.check(file));
                assertTrue(allocated < ALLOCATION_LIMIT, type + ": allocated " + (allocated >> 20) + " MB");
                assertEquals(Problem.IMAGE_TOO_LARGE, result[0].refusal().orElseThrow().problem(), type);
                assertEquals("image is too large: its compressed text and colour profile chunks inflate past 8 MB",
                        result[0].refusal().get().reason());
            }
        }
    }

    @Test
    void compressedTextWithinTheCapIsAccepted() throws IOException {
        var chunk = new ByteArrayOutputStream();
        chunk.writeBytes("XML:com.adobe.xmp".getBytes(StandardCharsets.ISO_8859_1));
        chunk.writeBytes(new byte[] {0, 1, 0, 0, 0});
        chunk.writeBytes(ChunkedPng.zeros(2 << 20));
        byte[] png = new ChunkedPng(4, 2, 8, PngFile.GREY).chunk("iTXt", chunk.toByteArray())
                .pixels(new byte[2 * (1 + 4)]).end();
        Path file = Files.write(dir.resolve("xmp.png"), png);
        assertTrue(ImageChecker.check(file).checked().isPresent());
    }
}
