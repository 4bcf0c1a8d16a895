package galley.pdf;

import com.lowagie.text.pdf.PdfArray;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfWriter;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.IOException;

/**
 * The sRGB output intent that gives the PDF's device colours a meaning, as PDF/A requires; the
 * profile is the one inside the JDK, so nothing comes from the machine's colour settings.
 */
final class OutputIntent {

    private static final String SRGB = "sRGB IEC61966-2.1";

    private OutputIntent() {
    }

    static void addTo(PdfWriter writer) throws IOException {
        writer.setOutputIntents(SRGB, null, "http://www.color.org", SRGB, ICC_Profile.getInstance(ColorSpace.CS_sRGB));
        // OpenPDF marks the intent as PDF/X's unless the writer is in PDF/A-1 mode; ours is PDF/A's
        PdfArray intents = (PdfArray) writer.getExtraCatalog().get(PdfName.OUTPUTINTENTS);
        ((PdfDictionary) intents.getPdfObject(0)).put(PdfName.S, PdfName.GTS_PDFA1);
    }
}
