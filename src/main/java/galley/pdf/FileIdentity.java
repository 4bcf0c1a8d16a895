package galley.pdf;

import com.lowagie.text.pdf.PdfEncryption;
import com.lowagie.text.pdf.PdfObject;
import galley.pdf.layout.Destination;
import galley.pdf.layout.LaidOutBook;
import galley.pdf.layout.OutlineEntry;
import galley.pdf.layout.Page;
import galley.pdf.layout.PageLabelRange;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.Adler32;
import java.util.zip.CRC32;

/**
 * The PDF's file identifier (the trailer's {@code /ID}), a checksum of what the file shows and
 * says, so that the same book gives the same identifier, where OpenPDF would take the time. The
 * identifier only has to tell files apart, not resist forgery: CRC-32, Adler-32 and the length of
 * the bytes drawn (see {@link DrawnBytes}), and of the metadata, page list, anchors, outline and
 * page labels, which may still wait in OpenPDF's buffers when the identifier is asked for.
 */
final class FileIdentity {

    private final CRC32 crc = new CRC32();
    private final Adler32 adler = new Adler32();
    private long length;
    // numbers go into the digest as binary: formatting a million of them as text took seconds
    private final Feed out = new Feed();

    /** A buffer in front of the checksums, taking numbers and bytes, big-endian. */
    private final class Feed {
        // a plain array: without C2, ByteBuffer's put methods cost more than the checksums
        private final byte[] buffer = new byte[1 << 16];
        private int position;

        private void room(int bytes) {
            if (buffer.length - position < bytes) {
                flush();
            }
        }

        void writeInt(int v) {
            room(4);
            buffer[position] = (byte) (v >>> 24);
            buffer[position + 1] = (byte) (v >>> 16);
            buffer[position + 2] = (byte) (v >>> 8);
            buffer[position + 3] = (byte) v;
            position += 4;
        }

        void writeFloat(float v) {
            writeInt(Float.floatToRawIntBits(v));
        }

        void writeByte(int v) {
            room(1);
            buffer[position++] = (byte) v;
        }

        void write(byte[] bytes) {
            if (bytes.length > buffer.length) {
                flush();
                update(bytes, bytes.length);
            } else {
                room(bytes.length);
                System.arraycopy(bytes, 0, buffer, position, bytes.length);
                position += bytes.length;
            }
        }

        void flush() {
            update(buffer, position);
            position = 0;
        }
    }

    private FileIdentity() {
    }

    /**
     * The identifier of a PDF of {@code layout} whose bytes so far are {@code drawn}: these hold
     * every page's content, image and font, so only what is written after them is added here.
     */
    static PdfObject of(DocumentMetadata meta, LaidOutBook layout, DrawnBytes drawn) {
        byte[] id = new FileIdentity().digest(meta, layout, drawn);
        return PdfEncryption.createInfoId(id, id);
    }

    private byte[] digest(DocumentMetadata meta, LaidOutBook layout, DrawnBytes drawn) {
        text(meta.toString());
        out.writeInt((int) drawn.crc());
        out.writeInt((int) drawn.adler());
        out.writeInt((int) (drawn.count() >>> 32));
        out.writeInt((int) drawn.count());
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
        return ByteBuffer.allocate(16).putInt((int) crc.getValue()).putInt((int) adler.getValue()).putLong(length).array();
    }

    private void update(byte[] bytes, int count) {
        crc.update(bytes, 0, count);
        adler.update(bytes, 0, count);
        length += count;
    }

    private void outline(List<OutlineEntry> entries) {
        out.writeInt(entries.size());
        for (OutlineEntry entry : entries) {
            text(entry.title());
            text(entry.anchor());
            outline(entry.children());
        }
    }

    private void floats(float... values) {
        for (float v : values) {
            out.writeFloat(v);
        }
    }

    private void text(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }
}
