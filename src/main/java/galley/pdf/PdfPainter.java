package galley.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.ExceptionConverter;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfWriter;
import galley.model.Book;
import galley.model.ImageAsset;
import galley.pdf.layout.Destination;
import galley.pdf.layout.LaidOutBook;
import galley.pdf.layout.Page;
import galley.pdf.layout.PageItem;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;

/**
 * Draws a laid-out book as a PDF with OpenPDF: every page at its own size, its text in embedded
 * font subsets, images, rules and links, plus named destinations, outline, page labels and
 * metadata. The file conforms to PDF/A-2b and says so, unless an image is in uncalibrated CMYK.
 * The same book and layout always give the same bytes.
 */
public final class PdfPainter {

    private final FontSet fonts;

    public PdfPainter(FontSet fonts) {
        this.fonts = fonts;
    }

    /**
     * Writes {@code layout}, with the metadata of {@code book}, as a PDF to {@code out}, which is
     * flushed but left open.
     *
     * @throws IOException when {@code out} or an image file cannot be read or written
     */
    public void paint(Book book, LaidOutBook layout, OutputStream out) throws IOException {
        if (layout.pages().isEmpty()) {
            throw new IllegalArgumentException("a PDF needs at least one page");
        }
        BufferedOutputStream buffered = new BufferedOutputStream(out, 1 << 16);
        // the fonts carry per-document state (their subset tags) while a document is written
        synchronized (fonts) {
            try {
                write(DocumentMetadata.of(book), layout, buffered);
            } catch (DocumentException e) {
                throw new IOException("cannot write the PDF: " + e.getMessage(), e);
            } catch (ExceptionConverter e) {
                if (e.getException() instanceof IOException io) {
                    throw io;
                }
                throw e;
            }
        }
        buffered.flush();
    }

    private void write(DocumentMetadata meta, LaidOutBook layout, OutputStream out)
            throws DocumentException, IOException {
        List<Page> pages = layout.pages();
        Document document = new Document(size(pages.get(0)), 0, 0, 0, 0);
        // the identifier is needed only when the file is closed: work it out beside the drawing
        CompletableFuture<PdfObject> fileId = CompletableFuture.supplyAsync(() -> FileIdentity.of(meta, layout),
                PdfPainter::daemon);
        PdfWriter writer = FixedIdWriter.of(document, out, fileId::join);
        writer.setCloseStream(false);
        writer.setFullCompression();
        writer.setPdfVersion(PdfWriter.VERSION_1_7);
        document.open();

        SubsetTags tags = new SubsetTags();
        PdfImages images = new PdfImages();
        images.readAhead(images(layout));
        PageDrawer drawer = new PageDrawer(writer, fonts, images, tags, layout.anchors().keySet());
        Map<Integer, List<Map.Entry<String, Destination>>> destinations = byPage(layout.anchors(), pages.size());
        for (int i = 0; i < pages.size(); i++) {
            if (i > 0) {
                document.setPageSize(size(pages.get(i)));
                document.newPage();
            }
            drawer.draw(pages.get(i), destinations.getOrDefault(i, List.of()));
            // keep pages with nothing drawn on them, such as the blank before a chapter
            writer.setPageEmpty(false);
        }

        Navigation navigation = new Navigation(writer, layout.anchors());
        navigation.outline(layout.outline());
        navigation.pageLabels(layout.pageLabels());
        OutputIntent.addTo(writer);
        meta.applyTo(writer, !images.anyDeviceCmyk());
        tags.applyTo(fonts.fonts());
        document.close();
    }

    /** The images of the layout in the order they are drawn, each once. */
    private static List<ImageAsset> images(LaidOutBook layout) {
        var seen = new LinkedHashSet<ImageAsset>();
        for (Page page : layout.pages()) {
            for (PageItem item : page.items()) {
                if (item instanceof PageItem.ImageBox box) {
                    seen.add(box.image());
                }
            }
        }
        return List.copyOf(seen);
    }

    private static void daemon(Runnable task) {
        var thread = new Thread(task, "galley-pdf-id");
        thread.setDaemon(true);
        thread.start();
    }

    private static Rectangle size(Page page) {
        return new Rectangle(page.width(), page.height());
    }

    /** The anchors grouped by page, each page's in name order so that the output does not depend on hash order. */
    private static Map<Integer, List<Map.Entry<String, Destination>>> byPage(Map<String, Destination> anchors,
                                                                             int pageCount) {
        Map<Integer, List<Map.Entry<String, Destination>>> byPage = new TreeMap<>();
        for (Map.Entry<String, Destination> anchor : new TreeMap<>(anchors).entrySet()) {
            int page = anchor.getValue().page();
            if (page < 0 || page >= pageCount) {
                throw new IllegalArgumentException("anchor " + anchor.getKey() + " is on page " + page
                        + " of a book of " + pageCount + " pages");
            }
            byPage.computeIfAbsent(anchor.getValue().page(), p -> new ArrayList<>()).add(anchor);
        }
        return byPage;
    }
}
