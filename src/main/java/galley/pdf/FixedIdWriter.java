package galley.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.pdf.PdfDocument;
import com.lowagie.text.pdf.PdfIndirectObject;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfWriter;

import java.io.IOException;
import java.io.OutputStream;
import java.util.function.Supplier;

/**
 * OpenPDF's writer, with a file identifier (the trailer's {@code /ID}) of the caller's where
 * OpenPDF would draw one from the clock, asked for only when the file is closed.
 */
final class FixedIdWriter extends PdfWriter {

    private final Supplier<PdfObject> fileId;

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
