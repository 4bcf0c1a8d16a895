package galley.pdf;

import galley.font.FontSet;
import galley.font.SampleBook;

import galley.model.Book;
import galley.model.PageMap;
import galley.layout.LaidOutBook;
import galley.layout.Page;
import galley.layout.PageItem;
import galley.text.TextStyle;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Text a fallback font shows in a style it lacks is stroked for bold and slanted for italic. */
class SynthesizedStyleTest {

    @TempDir
    Path dir;

    private static final TextStyle BODY = new TextStyle(TextStyle.Face.SERIF, false, false, 10f);

    @Test
    void chineseInBoldIsStrokedAndInItalicSlantedWhileLatinUsesItsOwnFaces() throws IOException {
        List<PageItem> items = List.of(
                new PageItem.TextRun(72, 500, "中文", BODY, PageItem.Tone.BLACK),
                new PageItem.TextRun(72, 480, "中文", BODY.withBold(true), PageItem.Tone.BLACK),
                new PageItem.TextRun(72, 460, "中文", BODY.withItalic(true), PageItem.Tone.BLACK),
                new PageItem.TextRun(72, 440, "Bold", BODY.withBold(true), PageItem.Tone.BLACK),
                new PageItem.TextRun(72, 420, "Italic", BODY.withItalic(true), PageItem.Tone.BLACK));
        var layout = new LaidOutBook(List.of(new Page(0, "1", 432, 648, items)), List.of(), Map.of(), List.of(),
                PageMap.none());
        Book book = SampleBook.book(dir);
        var out = new ByteArrayOutputStream();
        new PdfPainter(FontSet.standard()).paint(book, layout, out);

        // for each text showing: the font's base name, the rendering mode and the text matrix's shear
        var shown = new ArrayList<String>();
        try (PDDocument doc = Loader.loadPDF(out.toByteArray())) {
            PDPage page = doc.getPage(0);
            var tokens = new PDFStreamParser(page).parse();
            var operands = new ArrayList<Object>();
            String font = "";
            int mode = 0;
            float shear = 0f;
            for (Object token : tokens) {
                if (!(token instanceof Operator op)) {
                    operands.add(token);
                    continue;
                }
                switch (op.getName()) {
                    case "Tf" -> font = page.getResources().getFont((COSName) operands.get(0)).getName()
                            .replaceFirst("^[A-Z]{6}\\+", "");
                    case "Tr" -> mode = ((COSNumber) operands.get(0)).intValue();
                    case "Tm" -> shear = ((COSNumber) operands.get(2)).floatValue();
                    case "TJ", "Tj" -> shown.add(font + " " + mode + " " + (shear > 0 ? "slanted" : "upright"));
                    default -> { }
                }
                operands.clear();
            }
        }
        assertEquals(List.of(
                "DroidSansFallback 0 upright",
                "DroidSansFallback 2 upright",
                "DroidSansFallback 0 slanted",
                "LiberationSerif-Bold 0 upright",
                "LiberationSerif-Italic 0 upright"), shown);
    }
}
