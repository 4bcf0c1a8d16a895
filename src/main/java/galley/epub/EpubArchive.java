package galley.epub;

import io.documentnode.epub4j.domain.Resource;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Writes the EPUB's zip container so that the same book always gives the same bytes: the
 * {@code mimetype} entry first and stored, then the container file, the package document and the
 * manifest's resources in manifest order, each entry stamped with the book's own timestamp. An
 * entry whose bytes did not change since the last EPUB of the book is not deflated again.
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
    private final EpubUnits units;

    /** A container whose entries are deflated through {@code units}. */
    EpubArchive(Instant modified, EpubUnits units) {
        LocalDateTime utc = LocalDateTime.ofInstant(modified, ZoneOffset.UTC);
        this.timestamp = utc.isBefore(EARLIEST) ? EARLIEST : utc.isAfter(LATEST) ? LATEST : utc;
        this.units = units;
    }

    /** Writes the container to {@code out}, which stays open, and returns the number of bytes written. */
    long write(OutputStream out, String packageDocument, List<Resource> manifest) throws IOException {
        var zip = new ZipContainer(out, timestamp);
        zip.stored("mimetype", MIMETYPE);
        deflated(zip, "META-INF/container.xml", CONTAINER.getBytes(StandardCharsets.UTF_8));
        deflated(zip, ContentPaths.ROOT + ContentPaths.PACKAGE, packageDocument.getBytes(StandardCharsets.UTF_8));
        for (Resource resource : manifest) {
            String name = ContentPaths.ROOT + resource.getHref();
            if (compressed(resource)) {
                // deflating a PNG or JPEG again costs time and gains nothing
                zip.stored(name, resource.getData());
            } else {
                deflated(zip, name, resource.getData());
            }
        }
        zip.finish();
        return zip.size();
    }

    private void deflated(ZipContainer zip, String name, byte[] data) throws IOException {
        zip.deflated(name, units.deflated(name, data, ZipContainer.Deflated::of));
    }

    private static boolean compressed(Resource resource) {
        String type = resource.getMediaType() == null ? "" : resource.getMediaType().getName();
        return type.equals("image/png") || type.equals("image/jpeg") || type.equals("image/gif");
    }
}
