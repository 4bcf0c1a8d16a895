package galley.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.pdf.PdfDocument;
import com.lowagie.text.pdf.PdfIndirectObject;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfStream;
import com.lowagie.text.pdf.PdfWriter;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * OpenPDF's writer, with a file identifier (the trailer's {@code /ID}) of the caller's where
 * OpenPDF would draw one from the clock, asked for only when the file is closed; and with the
 * content stream of a page deflated by the caller, who may keep it from an earlier build of the
 * same page (deflating every page's content was most of what redrawing a whole book cost).
 */
final class FixedIdWriter extends PdfWriter {

    // OpenPDF's own page content stream, whose class is not public
    private static final String PAGE_CONTENTS = "com.lowagie.text.pdf.PdfContents";

    private final Supplier<PdfObject> fileId;
    // what the page being closed drew, and how its content stream is to be deflated; or null
    private byte[] closingPage;
    private UnaryOperator<byte[]> deflater;

    private FixedIdWriter(PdfDocument pdf, OutputStream out, Supplier<PdfObject> fileId) {
        super(pdf, out);
        this.fileId = fileId;
    }

    /** A writer for {@code document} to {@code out}, as {@link PdfWriter#getInstance} makes one. */
    static FixedIdWriter of(Document document, OutputStream out, Supplier<PdfObject> fileId) throws DocumentException {
        PdfDocument pdf = new PdfDocument();
        pdf.setTextRenderingOptions(document.getTextRenderingOptions());
        document.addDocListener(pdf);
        FixedIdWriter writer = new FixedIdWriter(pdf, out, fileId);
        pdf.addWriter(writer);
        return writer;
    }

    /**
     * Takes {@code drawn}, taken out of the direct content, as what the page about to be closed
     * drew: its content stream is then what OpenPDF puts there itself followed by {@code drawn},
     * the very bytes OpenPDF would write, deflated by {@code deflater}, which deflates as OpenPDF
     * does at {@link #getCompressionLevel()} or gives the bytes it did for the same content before.
     */
    void closingPage(byte[] drawn, UnaryOperator<byte[]> deflater) {
        this.closingPage = drawn;
        this.deflater = deflater;
    }

    @Override
    public PdfIndirectObject addToBody(PdfObject object) throws IOException {
        if (closingPage == null || !object.getClass().getName().equals(PAGE_CONTENTS)) {
            return super.addToBody(object);
        }
        byte[] drawn = closingPage;
        closingPage = null;
        var own = new ByteArrayOutputStream();
        ((PdfStream) object).writeContent(own);
        boolean deflated = PdfName.FLATEDECODE.equals(((PdfStream) object).get(PdfName.FILTER));
        byte[] before = deflated ? inflated(own.toByteArray()) : own.toByteArray();
        byte[] raw = new byte[before.length + drawn.length];
        System.arraycopy(before, 0, raw, 0, before.length);
        System.arraycopy(drawn, 0, raw, before.length, drawn.length);
        var stream = new PdfStream(deflated ? deflater.apply(raw) : raw);
        if (deflated) {
            stream.put(PdfName.FILTER, PdfName.FLATEDECODE);
        }
        return super.addToBody(stream);
    }

    private static byte[] inflated(byte[] deflated) throws IOException {
        var inflater = new Inflater();
        try {
            inflater.setInput(deflated);
            var out = new ByteArrayOutputStream();
            byte[] chunk = new byte[256];
            while (!inflater.finished()) {
                int n = inflater.inflate(chunk);
                if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    throw new IOException("OpenPDF's page content stream is cut short");
                }
                out.write(chunk, 0, n);
            }
            return out.toByteArray();
        } catch (DataFormatException e) {
            throw new IOException("OpenPDF's page content stream cannot be read back", e);
        } finally {
            inflater.end();
        }
    }

    @Override
    public PdfIndirectObject addToBody(PdfObject object, boolean inObjStm) throws IOException {
        PdfIndirectObject written = super.addToBody(object, inObjStm);
        if (object == getInfo()) {
            // On closing, OpenPDF writes the Info dictionary and then takes the trailer's ID from
            // its FileId key when there is one: add the key only now, so that the ID is ours but
            // the written Info dictionary holds no such non-standard key.
            getInfo().put(PdfName.FILEID, fileId.get());
        }
        return written;
    }
}
