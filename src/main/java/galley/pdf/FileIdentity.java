package galley.pdf;

import com.lowagie.text.pdf.PdfEncryption;
import com.lowagie.text.pdf.PdfObject;
import galley.pdf.layout.Destination;
import galley.pdf.layout.LaidOutBook;
import galley.pdf.layout.LinkDestination;
import galley.pdf.layout.OutlineEntry;
import galley.pdf.layout.Page;
import galley.pdf.layout.PageItem;
import galley.pdf.layout.PageLabelRange;
import galley.pdf.layout.TextStyle;

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
 * the data, which zlib computes natively, cost a fraction of a SHA-256 of the tens of megabytes a
 * long book's layout amounts to.
 */
final class FileIdentity {

    private final CRC32 crc = new CRC32();
    private final Adler32 adler = new Adler32();
    private long length;
    // numbers go into the digest as binary: formatting a million of them as text took seconds
    private final Feed out = new Feed();

    /** A buffer in front of the digest, taking numbers and bytes. */
    private final class Feed {
        private final ByteBuffer buffer = ByteBuffer.allocate(1 << 16);

        private ByteBuffer room(int bytes) {
            if (buffer.remaining() < bytes) {
                flush();
            }
            return buffer;
        }

        void writeInt(int v) {
            room(4).putInt(v);
        }

        void writeFloat(float v) {
            room(4).putFloat(v);
        }

        void writeByte(int v) {
            room(1).put((byte) v);
        }

        void write(byte[] bytes) {
            if (bytes.length > buffer.capacity()) {
                flush();
                update(bytes, bytes.length);
            } else {
                room(bytes.length).put(bytes);
            }
        }

        void flush() {
            update(buffer.array(), buffer.position());
            buffer.clear();
        }
    }

    private FileIdentity() {
    }

    static PdfObject of(DocumentMetadata meta, LaidOutBook layout) {
        byte[] id = new FileIdentity().digest(meta, layout);
        return PdfEncryption.createInfoId(id, id);
    }

    private byte[] digest(DocumentMetadata meta, LaidOutBook layout) {
        text(meta.toString());
        for (Page page : layout.pages()) {
            out.writeInt(page.index());
            text(page.label());
            out.writeFloat(page.width());
            out.writeFloat(page.height());
            for (PageItem item : page.items()) {
                item(item);
            }
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

    private void item(PageItem item) {
        if (item instanceof PageItem.TextRun run) {
            out.writeByte('T');
            floats(run.x(), run.baseline());
            text(run.text());
            TextStyle style = run.style();
            out.writeByte(style.face().ordinal() << 2 | (style.bold() ? 2 : 0) | (style.italic() ? 1 : 0));
            out.writeFloat(style.size());
            out.writeByte(run.tone().ordinal());
        } else if (item instanceof PageItem.ImageBox box) {
            out.writeByte('I');
            floats(box.x(), box.y(), box.width(), box.height());
            // an image's file path depends on where the book lies; its name in the book does not
            text(box.image().href());
        } else if (item instanceof PageItem.Rule rule) {
            out.writeByte('R');
            floats(rule.x1(), rule.y1(), rule.x2(), rule.y2(), rule.thickness());
        } else if (item instanceof PageItem.LinkArea link) {
            out.writeByte('L');
            floats(link.x(), link.y(), link.width(), link.height());
            if (link.target() instanceof LinkDestination.Uri uri) {
                out.writeByte('u');
                text(uri.uri());
            } else if (link.target() instanceof LinkDestination.Anchor anchor) {
                out.writeByte('a');
                text(anchor.name());
            }
        }
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
