package galley.pdf;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.zip.Adler32;
import java.util.zip.CRC32;

/**
 * Passes the PDF's bytes on and keeps their CRC-32, Adler-32 and count, which zlib works out
 * natively as they go: the file identifier is made from them, so it changes with anything drawn,
 * images and fonts included, without a second pass over the pages.
 */
final class DrawnBytes extends FilterOutputStream {

    private final CRC32 crc = new CRC32();
    private final Adler32 adler = new Adler32();
    private long count;

    DrawnBytes(OutputStream out) {
        super(out);
    }

    @Override
    public void write(int b) throws IOException {
        out.write(b);
        crc.update(b);
        adler.update(b);
        count++;
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
        out.write(bytes, offset, length);
        crc.update(bytes, offset, length);
        adler.update(bytes, offset, length);
        count += length;
    }

    long crc() {
        return crc.getValue();
    }

    long adler() {
        return adler.getValue();
    }

    long count() {
        return count;
    }
}
