package galley.pdf;

import com.lowagie.text.pdf.PdfEncryption;
import com.lowagie.text.pdf.PdfObject;
import galley.pdf.layout.LaidOutBook;
import galley.pdf.layout.Page;
import galley.pdf.layout.PageItem;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.TreeMap;

/**
 * The PDF's file identifier (the trailer's {@code /ID}), a digest of what the file shows and says,
 * so that the same book gives the same identifier, where OpenPDF would take the time.
 */
final class FileIdentity {

    private FileIdentity() {
    }

    static PdfObject of(DocumentMetadata meta, LaidOutBook layout) {
        MessageDigest sha = sha256();
        update(sha, meta.toString());
        for (Page page : layout.pages()) {
            update(sha, page.index() + " " + page.label() + " " + page.width() + "x" + page.height());
            for (PageItem item : page.items()) {
                // an image's file path depends on where the book lies; its name in the book does not
                update(sha, item instanceof PageItem.ImageBox box
                        ? "image " + box.x() + " " + box.y() + " " + box.width() + " " + box.height() + " " + box.image().href()
                        : item.toString());
            }
        }
        update(sha, new TreeMap<>(layout.anchors()).toString());
        update(sha, layout.outline().toString());
        update(sha, layout.pageLabels().toString());
        byte[] id = Arrays.copyOf(sha.digest(), 16);
        return PdfEncryption.createInfoId(id, id);
    }

    private static void update(MessageDigest sha, String text) {
        sha.update(text.getBytes(StandardCharsets.UTF_8));
        sha.update((byte) '\n');
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK lacks SHA-256", e);
        }
    }
}
