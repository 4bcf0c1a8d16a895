package galley.epub;

import io.documentnode.epub4j.domain.Resource;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes the EPUB's zip container so that the same book always gives the same bytes: the
 * {@code mimetype} entry first and stored, then the container file, the package document and the
 * manifest's resources in manifest order, each entry stamped with the book's own timestamp.
 */
final class EpubArchive {

    private static final byte[] MIMETYPE = "application/epub+zip".getBytes(StandardCharsets.US_ASCII);
    private static final String CONTAINER = """
            <?xml version="1.0" encoding="UTF-8"?>
            <container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
              <rootfiles>
                <rootfile full-path="%s" media-type="application/oebps-package+xml"/>
              </rootfiles>
            </container>
            """.formatted(ContentPaths.ROOT + ContentPaths.PACKAGE);

    // A zip stores local time in DOS format, from 1980 to 2107, with no zone: the UTC wall clock
    // of the book's timestamp, kept in that range, reads the same on every machine.
    private static final LocalDateTime EARLIEST = LocalDateTime.of(1980, 1, 1, 0, 0);
    private static final LocalDateTime LATEST = LocalDateTime.of(2107, 12, 31, 23, 59, 58);

    private final LocalDateTime timestamp;

    EpubArchive(Instant modified) {
        LocalDateTime utc = LocalDateTime.ofInstant(modified, ZoneOffset.UTC);
        this.timestamp = utc.isBefore(EARLIEST) ? EARLIEST : utc.isAfter(LATEST) ? LATEST : utc;
    }

    /** Writes the container to {@code out}, which stays open, and returns the number of bytes written. */
    long write(OutputStream out, String packageDocument, List<Resource> manifest) throws IOException {
        var counted = new CountingStream(out);
        // closing the zip ends its deflater; the counting stream keeps the caller's stream open
        try (var zip = new ZipOutputStream(counted, StandardCharsets.UTF_8)) {
            zip.setLevel(Deflater.BEST_COMPRESSION);
            stored(zip, "mimetype", MIMETYPE);
            deflated(zip, "META-INF/container.xml", CONTAINER.getBytes(StandardCharsets.UTF_8));
            deflated(zip, ContentPaths.ROOT + ContentPaths.PACKAGE, packageDocument.getBytes(StandardCharsets.UTF_8));
            for (Resource resource : manifest) {
                String name = ContentPaths.ROOT + resource.getHref();
                if (compressed(resource)) {
                    // deflating a PNG or JPEG again costs time and gains nothing
                    stored(zip, name, resource.getData());
                } else {
                    deflated(zip, name, resource.getData());
                }
            }
        }
        return counted.count;
    }

    private static boolean compressed(Resource resource) {
        String type = resource.getMediaType() == null ? "" : resource.getMediaType().getName();
        return type.equals("image/png") || type.equals("image/jpeg") || type.equals("image/gif");
    }

    private void stored(ZipOutputStream zip, String name, byte[] data) throws IOException {
        ZipEntry entry = entry(name);
        entry.setMethod(ZipEntry.STORED);
        entry.setSize(data.length);
        entry.setCompressedSize(data.length);
        CRC32 crc = new CRC32();
        crc.update(data);
        entry.setCrc(crc.getValue());
        zip.putNextEntry(entry);
        zip.write(data);
        zip.closeEntry();
    }

    private void deflated(ZipOutputStream zip, String name, byte[] data) throws IOException {
        ZipEntry entry = entry(name);
        entry.setMethod(ZipEntry.DEFLATED);
        zip.putNextEntry(entry);
        zip.write(data);
        zip.closeEntry();
    }

    private ZipEntry entry(String name) {
        ZipEntry entry = new ZipEntry(name);
        entry.setTimeLocal(timestamp);
        return entry;
    }

    /** Counts the bytes passing to the caller's stream, without closing it. */
    private static final class CountingStream extends FilterOutputStream {
        private long count;

        CountingStream(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            count += len;
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
