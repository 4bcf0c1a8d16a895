package galley.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

/**
 * Deflates a stream's bytes as OpenPDF does ({@code PdfStream.flateCompress}), so that a stream
 * Galley deflates itself, on another thread or once for several builds, is the very stream
 * OpenPDF would have written. Kept because OpenPDF deflates only inside a stream object it then
 * writes itself, and offers no call that gives the deflated bytes.
 */
final class Flate {

    /** OpenPDF's level for images and for streams when the writer is left at its default. */
    static final int DEFAULT_LEVEL = Deflater.DEFAULT_COMPRESSION;

    private Flate() {
    }

    static byte[] deflated(byte[] raw, int level) {
        var deflater = new Deflater(level);
        try {
            var out = new ByteArrayOutputStream(raw.length / 3 + 64);
            try (var stream = new DeflaterOutputStream(out, deflater)) {
                stream.write(raw);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("deflating into memory cannot fail", e);
        } finally {
            deflater.end();
        }
    }
}
