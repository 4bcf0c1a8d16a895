package galley.site;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalInt;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DownloadTest {

    @TempDir
    Path dir;

    @Test
    void measuresTheFileAndHashesItsBytes() throws IOException {
        Path file = Files.writeString(dir.resolve("staged.tmp"), "abc", StandardCharsets.US_ASCII);
        Download d = Download.of(file, "book.epub", Download.Format.EPUB, OptionalInt.empty());
        assertEquals("book.epub", d.fileName());
        assertEquals(3, d.size());
        // the SHA-256 test vector of FIPS 180-2 for "abc"
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", d.sha256());
    }

    @Test
    void hashesFilesLargerThanOneBuffer() throws IOException {
        byte[] bytes = new byte[200_000];
        Path file = Files.write(dir.resolve("big"), bytes);
        Download d = Download.of(file, "book.pdf", Download.Format.PDF, OptionalInt.of(12));
        assertEquals(200_000, d.size());
        // sha256 of 200,000 zero bytes, computed independently with sha256sum
        assertEquals("4cbbd9be0cba685835755f827758705db5a413c5494c34262cd25946a73e7582", d.sha256());
        assertEquals(12, d.pageCount().getAsInt());
    }

    @Test
    void sizesReadTheWayTheProgressLinesGiveThem() {
        assertEquals("1 byte", sized(1).humanSize());
        assertEquals("1023 bytes", sized(1023).humanSize());
        assertEquals("1 KB", sized(1024).humanSize());
        assertEquals("412 KB", sized(412 * 1024 + 1000).humanSize());
        assertEquals("1023 KB", sized(1024 * 1024 - 1).humanSize());
        assertEquals("1.0 MB", sized(1024 * 1024).humanSize());
        assertEquals("3.4 MB", sized(3_565_158).humanSize());
    }

    private static Download sized(long size) {
        return new Download("x.epub", Download.Format.EPUB, size, "", OptionalInt.empty());
    }
}
