package galley.assets;

import galley.diagnostic.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Image files are read through a bound: one past it is refused by the check and by every later read. */
class ImageInputTest {

    @TempDir
    Path dir;

    @Test
    void aFilePastTheBoundIsRefusedByTheCheckAndByAnyRead() throws IOException {
        byte[] png = new ChunkedPng(4, 2, 8, PngFile.GREY).pixels(new byte[10]).end();
        Path file = Files.write(dir.resolve("huge.png"), png);
        // sparse on any common file system: no disk is written for the zeros
        try (var grow = new RandomAccessFile(file.toFile(), "rw")) {
            grow.setLength(ImageInput.MAX_FILE_BYTES + 4096);
        }
        ImageChecker.Result result = ImageChecker.check(file);
        assertEquals(Problem.IMAGE_TOO_LARGE, result.refusal().orElseThrow().problem());
        assertEquals(String.format("image file is too large: %,d bytes (the limit is 512 MB)", Files.size(file)),
                result.refusal().get().reason());
        try (InputStream in = ImageInput.open(file)) {
            var e = assertThrows(ImageException.class, () -> in.transferTo(OutputStream.nullOutputStream()));
            assertEquals(Problem.IMAGE_TOO_LARGE, e.problem());
        }
    }

    @Test
    void aFileWithinTheBoundIsReadWhole() throws IOException {
        byte[] png = new ChunkedPng(4, 2, 8, PngFile.GREY).pixels(new byte[10]).end();
        Path file = Files.write(dir.resolve("small.png"), png);
        assertArrayEquals(png, ImageInput.readAll(file));
    }
}
