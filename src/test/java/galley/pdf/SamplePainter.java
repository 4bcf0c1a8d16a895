package galley.pdf;

import galley.font.FontSet;
import galley.font.SampleBook;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** Paints the sample book into a folder; run in a fresh JVM to show that output does not depend on the process. */
public final class SamplePainter {

    private SamplePainter() {
    }

    /** Paints the sample into {@code args[0]}/sample.pdf. */
    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        var book = SampleBook.book(dir);
        try (OutputStream out = Files.newOutputStream(dir.resolve("sample.pdf"))) {
            new PdfPainter(FontSet.standard()).paint(book, SampleBook.layout(book), out);
        }
    }
}
