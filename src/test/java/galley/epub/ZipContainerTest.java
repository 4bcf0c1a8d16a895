package galley.epub;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.Random;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The container's bytes are those of the JDK's own zip writer, for the entries an EPUB has. */
class ZipContainerTest {

    private static final byte[] TEXT = "<p>Глава — 第一章 and some text</p>\n".repeat(300).getBytes(StandardCharsets.UTF_8);

    @Test
    void theBytesAreThoseOfZipOutputStream() throws IOException {
        byte[] noise = new byte[70_000];
        new Random(3).nextBytes(noise);
        // at 1980-01-01 00:00:00 exactly, the JDK adds an extended timestamp in the machine's own
        // time zone; the container writes the DOS time alone, which reads the same everywhere
        for (LocalDateTime time : new LocalDateTime[]{LocalDateTime.of(1980, 1, 1, 0, 0, 2),
                LocalDateTime.of(2026, 11, 30, 5, 31, 17), LocalDateTime.of(2107, 12, 31, 23, 59, 58)}) {
            var ours = new ByteArrayOutputStream();
            var zip = new ZipContainer(ours, time);
            zip.stored("mimetype", "application/epub+zip".getBytes(StandardCharsets.US_ASCII));
            zip.deflated("EPUB/text/глава-1.xhtml", ZipContainer.Deflated.of(TEXT));
            zip.deflated("EPUB/empty.css", ZipContainer.Deflated.of(new byte[0]));
            zip.stored("EPUB/images/noise.png", noise);
            zip.deflated("EPUB/noise.bin", ZipContainer.Deflated.of(noise));
            zip.finish();
            assertEquals(ours.size(), zip.size());

            var theirs = new ByteArrayOutputStream();
            try (var jdk = new ZipOutputStream(theirs, StandardCharsets.UTF_8)) {
                jdk.setLevel(Deflater.BEST_COMPRESSION);
                stored(jdk, "mimetype", "application/epub+zip".getBytes(StandardCharsets.US_ASCII), time);
                deflated(jdk, "EPUB/text/глава-1.xhtml", TEXT, time);
                deflated(jdk, "EPUB/empty.css", new byte[0], time);
                stored(jdk, "EPUB/images/noise.png", noise, time);
                deflated(jdk, "EPUB/noise.bin", noise, time);
            }
            assertArrayEquals(theirs.toByteArray(), ours.toByteArray(), time.toString());
        }
    }

    @Test
    void moreEntriesThanAZipWithoutZip64HoldsAreRefused() throws IOException {
        var zip = new ZipContainer(OutputStreamOfNothing.INSTANCE, LocalDateTime.of(2020, 1, 1, 0, 0));
        for (int i = 0; i < 0xFFFF; i++) {
            zip.stored("f" + i, new byte[0]);
        }
        assertThrows(IOException.class, () -> zip.stored("one-too-many", new byte[0]));
    }

    private static void stored(ZipOutputStream zip, String name, byte[] data, LocalDateTime time) throws IOException {
        var entry = new ZipEntry(name);
        entry.setTimeLocal(time);
        entry.setMethod(ZipEntry.STORED);
        entry.setSize(data.length);
        entry.setCompressedSize(data.length);
        var crc = new CRC32();
        crc.update(data);
        entry.setCrc(crc.getValue());
        zip.putNextEntry(entry);
        zip.write(data);
        zip.closeEntry();
    }

    private static void deflated(ZipOutputStream zip, String name, byte[] data, LocalDateTime time) throws IOException {
        var entry = new ZipEntry(name);
        entry.setTimeLocal(time);
        entry.setMethod(ZipEntry.DEFLATED);
        zip.putNextEntry(entry);
        zip.write(data);
        zip.closeEntry();
    }

    private static final class OutputStreamOfNothing extends java.io.OutputStream {
        static final OutputStreamOfNothing INSTANCE = new OutputStreamOfNothing();

        @Override
        public void write(int b) {
        }

        @Override
        public void write(byte[] b, int off, int len) {
        }
    }
}
