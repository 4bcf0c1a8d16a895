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

/**
 * OpenPDF's writer, with a file identifier (the trailer's {@code /ID}) given in advance where
 * OpenPDF would draw one from the clock.
 */
final class FixedIdWriter extends PdfWriter {

    private final PdfObject fileId;

    private FixedIdWriter(PdfDocument pdf, OutputStream out, PdfObject fileId) {
        super(pdf, out);
        this.fileId = fileId;
    }

    /** A writer for {@code document} to {@code out}, as {@link PdfWriter#getInstance} makes one. */
    static FixedIdWriter of(Document document, OutputStream out, PdfObject fileId) throws DocumentException {
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
            getInfo().put(PdfName.FILEID, fileId);
        }
        return written;
    }
}
