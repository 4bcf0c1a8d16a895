package galley.build;

import galley.site.Download;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalInt;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

class ChecksumOutputStreamTest {

    @TempDir
    Path dir;

    @Test
    void givesWhatReadingTheFileBackGives() throws IOException {
        var random = new Random(3);
        byte[] bytes = new byte[300_001];
        random.nextBytes(bytes);
        var file = new ByteArrayOutputStream();
        Download streamed;
        try (var out = new ChecksumOutputStream(file)) {
            // single bytes, small writes, a write larger than a block, and a flush in between
            out.write(bytes[0]);
            out.write(bytes, 1, 99);
            out.flush();
            out.write(bytes, 100, 200_000);
            for (int i = 200_100; i < bytes.length; i++) {
                out.write(bytes[i]);
            }
            streamed = out.download("book.pdf", Download.Format.PDF, OptionalInt.of(3));
        }
        assertArrayEquals(bytes, file.toByteArray());
        Path written = Files.write(dir.resolve("book.pdf"), bytes);
        assertEquals(Download.of(written, "book.pdf", Download.Format.PDF, OptionalInt.of(3)), streamed);
    }

    @Test
    void anEmptyStreamHasTheChecksumOfNothing() throws IOException {
        try (var out = new ChecksumOutputStream(new ByteArrayOutputStream())) {
            Download d = out.download("e.epub", Download.Format.EPUB, OptionalInt.empty());
            assertEquals(0, d.size());
            assertEquals("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", d.sha256());
        }
    }
}
