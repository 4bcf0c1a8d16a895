package galley.pdf;

import com.lowagie.text.pdf.PdfEncryption;
import com.lowagie.text.pdf.PdfObject;
import galley.layout.Destination;
import galley.layout.LaidOutBook;
import galley.layout.OutlineEntry;
import galley.layout.Page;
import galley.layout.PageLabelRange;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The PDF's file identifier (the trailer's {@code /ID}), a checksum of what the file shows and
 * says, so that the same book gives the same identifier, where OpenPDF would take the time. The
 * identifier only has to tell files apart, not resist forgery: CRC-32, Adler-32 and the length of
 * the bytes drawn (see {@link DrawnBytes}), and of the metadata, page list, anchors, outline and
 * page labels, which may still wait in OpenPDF's buffers when the identifier is asked for; the
 * same three checksums over those, as {@link DrawnBytes} keeps them.
 */
final class FileIdentity {

    private final DrawnBytes sums = new DrawnBytes(OutputStream.nullOutputStream());
    private final DataOutputStream out = new DataOutputStream(new BufferedOutputStream(sums));

    private FileIdentity() {
    }

    /**
     * The identifier of a PDF of {@code layout} whose bytes so far are {@code drawn}: these hold
     * every page's content, image and font, so only what is written after them is added here.
     */
    static PdfObject of(DocumentMetadata meta, LaidOutBook layout, DrawnBytes drawn) {
        try {
            byte[] id = new FileIdentity().digest(meta, layout, drawn);
            return PdfEncryption.createInfoId(id, id);
        } catch (IOException e) {
            throw new UncheckedIOException("a checksum in memory cannot fail", e);
        }
    }

    private byte[] digest(DocumentMetadata meta, LaidOutBook layout, DrawnBytes drawn) throws IOException {
        text(meta.toString());
        out.writeInt((int) drawn.crc());
        out.writeInt((int) drawn.adler());
        out.writeLong(drawn.count());
        for (Page page : layout.pages()) {
            out.writeInt(page.index());
            text(page.label());
            out.writeFloat(page.width());
            out.writeFloat(page.height());
        }
        for (Map.Entry<String, Destination> anchor : new TreeMap<>(layout.anchors()).entrySet()) {
            text(anchor.getKey());
            out.writeInt(anchor.getValue().page());
            out.writeFloat(anchor.getValue().y());
        }
        outline(layout.outline());
        for (PageLabelRange range : layout.pageLabels()) {
            out.writeInt(range.firstPage());
            out.writeByte(range.style().ordinal());
            text(range.prefix());
            out.writeInt(range.start());
        }
        out.flush();
        return ByteBuffer.allocate(16).putInt((int) sums.crc()).putInt((int) sums.adler()).putLong(sums.count()).array();
    }

    private void outline(List<OutlineEntry> entries) throws IOException {
        out.writeInt(entries.size());
        for (OutlineEntry entry : entries) {
            text(entry.title());
            text(entry.anchor());
            outline(entry.children());
        }
    }

    private void text(String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }
}
