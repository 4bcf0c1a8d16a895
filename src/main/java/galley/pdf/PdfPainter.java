package galley.pdf;

import galley.font.FontSet;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.ExceptionConverter;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.ByteBuffer;
import com.lowagie.text.pdf.PdfWriter;
import galley.model.Blocks;
import galley.model.Book;
import galley.model.ImageAsset;
import galley.layout.Destination;
import galley.layout.LaidOutBook;
import galley.layout.Page;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Semaphore;
import java.util.function.IntUnaryOperator;

/**
 * Draws a laid-out book as a PDF with OpenPDF: every page at its own size, its text in embedded
 * font subsets, images, rules and links, plus named destinations, outline, page labels and
 * metadata. The file conforms to PDF/A-2b and says so, unless an image is in uncalibrated CMYK.
 * The same book and layout always give the same bytes.
 *
 * <p>A {@link Session} also takes the body's pages one at a time while the layout is still
 * setting later ones, each drawn as a task of the executor it is given; the cover and the front matter, whose contents need
 * every page number, are drawn last and moved to the front of the page tree.
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
        try (Session session = session(book, out)) {
            session.finish(layout);
        }
    }

    /**
     * Starts a PDF of {@code book} in {@code out}, drawn on the calling thread as pages are given:
     * {@link Session#bodyPage} for each page of the body in order, then {@link Session#finish} with
     * the whole layout. Closing a session that was not finished abandons the file.
     */
    public Session session(Book book, OutputStream out) {
        return session(book, out, DrawingUnits.direct());
    }

    /**
     * As {@link #session(Book, OutputStream)}, each page drawn, each content stream deflated and
     * each image read through {@code units}. A caller may give the pages from another thread than
     * the one that made the session, one call at a time, and read the images ahead on a third
     * ({@link Session#readImagesAhead}).
     */
    public Session session(Book book, OutputStream out, DrawingUnits units) {
        return new Session(book, out, units);
    }

    /** A PDF being drawn; see {@link #session}. */
    public final class Session implements AutoCloseable {

        private final SerialSteps steps;
        private final PdfImages images;
        private final DrawingUnits units;
        private final List<ImageAsset> bookImages;
        private final DocumentMetadata meta;
        private final BufferedOutputStream buffered;
        private final Set<String> defined = new HashSet<>();
        private Drawing drawing;
        private boolean ended;
        // whether the first step took the fonts, which are let go when the steps end
        private volatile boolean acquired;
        // set when the session is closed unfinished: the pages still waiting are not drawn
        private volatile boolean abandoned;

        private Session(Book book, OutputStream out, DrawingUnits units) {
            this.units = units;
            images = new PdfImages(units);
            bookImages = images(book);
            meta = DocumentMetadata.of(book);
            buffered = new BufferedOutputStream(out, 1 << 16);
            steps = new SerialSteps();
            // the fonts carry per-document state (their subset tags) while a document is written
            Semaphore permit = FontsInUse.of(fonts);
            steps.done().whenComplete((done, failed) -> {
                if (acquired) {
                    permit.release();
                }
            });
            steps.add(() -> {
                permit.acquireUninterruptibly();
                acquired = true;
            });
        }

        /**
         * Reads the book's images on the calling thread, ahead of the pages that draw them, which
         * take each when it is ready (or read it themselves if this has not reached it yet).
         */
        public void readImagesAhead() {
            images.readAhead(bookImages);
        }

        /** The next page of the body, with the anchors placed on it (name to height on the page). */
        public void bodyPage(Page page, Map<String, Float> anchors) {
            steps.add(() -> {
                if (abandoned) {
                    return;
                }
                if (drawing == null) {
                    drawing = new Drawing(page, buffered, images, units);
                }
                drawing.page(page, destinations(anchors, page.index(), defined));
            });
        }

        /** Draws the pages not given yet, which come before the body, and finishes the file. */
        public void finish(LaidOutBook layout) throws IOException {
            if (layout.pages().isEmpty()) {
                throw new IllegalArgumentException("a PDF needs at least one page");
            }
            ended = true;
            steps.add(() -> {
                if (drawing == null) {
                    drawing = new Drawing(layout.pages().get(0), buffered, images, units);
                }
                drawing.finish(meta, layout);
                buffered.flush();
            });
            steps.end();
            await();
        }

        @Override
        public void close() throws IOException {
            if (!ended) {
                ended = true;
                abandoned = true;
                steps.end();
            }
            try {
                steps.done().get();
            } catch (ExecutionException | InterruptedException e) {
                // the failure reached the caller through finish, or the file is abandoned anyway
                if (e instanceof InterruptedException) {
                    Thread.currentThread().interrupt();
                }
            }
        }

        private void await() throws IOException {
            try {
                steps.done().get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while drawing the PDF", e);
            } catch (ExecutionException e) {
                Throwable cause = e.getCause();
                if (cause instanceof DocumentException) {
                    throw new IOException("cannot write the PDF: " + cause.getMessage(), cause);
                }
                if (cause instanceof ExceptionConverter converter && converter.getException() instanceof IOException io) {
                    throw io;
                }
                if (cause instanceof IOException io) {
                    throw io;
                }
                if (cause instanceof RuntimeException runtime) {
                    throw runtime;
                }
                if (cause instanceof Error error) {
                    throw error;
                }
                throw new IOException(cause);
            }
        }
    }

    // A body page's anchors in name order, each name only where it first appears, as the layout's
    // map of anchors has it.
    private static List<Map.Entry<String, Destination>> destinations(Map<String, Float> anchors, int page,
                                                                     Set<String> defined) {
        var list = new ArrayList<Map.Entry<String, Destination>>();
        for (Map.Entry<String, Float> anchor : new TreeMap<>(anchors).entrySet()) {
            if (defined.add(anchor.getKey())) {
                list.add(Map.entry(anchor.getKey(), new Destination(page, anchor.getValue())));
            }
        }
        return list;
    }

    /** One PDF document on the drawing thread: body pages first, then the rest, then the page order set. */
    private final class Drawing {
        private final Document document;
        private final FixedIdWriter writer;
        private final DrawnBytes bytes;
        private DocumentMetadata meta;
        private LaidOutBook layout;
        private final GlyphWriter glyphs = new GlyphWriter();
        private final PdfImages images;
        private final PageDrawer drawer;
        private final DrawingUnits units;
        private int drawnPages;
        // whether the last page drawn still has its content in the writer's direct content
        private boolean pageOpen;

        Drawing(Page first, OutputStream out, PdfImages images, DrawingUnits units) throws DocumentException {
            this.images = images;
            this.units = units;
            units.startDocument(fonts);
            document = new Document(size(first), 0, 0, 0, 0);
            bytes = new DrawnBytes(out);
            // asked for when the file is closed, once the layout is known
            writer = FixedIdWriter.of(document, bytes, () -> FileIdentity.of(meta, layout, bytes));
            writer.setCloseStream(false);
            writer.setFullCompression();
            writer.setPdfVersion(PdfWriter.VERSION_1_7);
            document.open();
            // one level of pages, so that the front matter, drawn last, can be moved to the front
            writer.setLinearPageMode();
            drawer = new PageDrawer(writer, fonts, images, glyphs);
        }

        void page(Page page, List<Map.Entry<String, Destination>> destinations) throws IOException {
            if (drawnPages > 0) {
                endPage();
                document.setPageSize(size(page));
                document.newPage();
            }
            units.page(drawnPages, before -> drawer.draw(page, destinations, before, units.recordsPages()));
            // keep pages with nothing drawn on them, such as the blank before a chapter
            writer.setPageEmpty(false);
            drawnPages++;
            pageOpen = true;
        }

        /**
         * Hands the content the last page drew to the writer, to be deflated (or taken from
         * the units) as that page's content stream when the page is closed next.
         */
        private void endPage() {
            if (!pageOpen) {
                return;
            }
            pageOpen = false;
            ByteBuffer direct = writer.getDirectContent().getInternalBuffer();
            byte[] drawn = direct.toByteArray();
            direct.reset();
            int order = drawnPages - 1;
            int level = writer.getCompressionLevel();
            writer.closingPage(drawn, raw -> units.deflated(order, raw, bytes -> Flate.deflated(bytes, level)));
        }

        void finish(DocumentMetadata meta, LaidOutBook layout) throws DocumentException, IOException {
            List<Page> pages = layout.pages();
            int body = drawnPages;
            int before = pages.size() - body;
            if (before < 0) {
                throw new IllegalArgumentException("the layout has fewer pages than were drawn");
            }
            drawer.checkLinks(layout.anchors().keySet());
            units.endDocument(pages.size());
            this.meta = meta;
            this.layout = layout;
            Map<Integer, List<Map.Entry<String, Destination>>> destinations = byPage(layout.anchors(), pages.size());
            for (int i = 0; i < before; i++) {
                page(pages.get(i), destinations.getOrDefault(i, List.of()));
            }
            // drawn: the body, then the pages before it; shown: the pages before the body, then the body
            IntUnaryOperator drawnAs = shown -> shown < before ? body + shown + 1 : shown - before + 1;
            if (body > 0 && before > 0) {
                int[] order = new int[pages.size()];
                for (int i = 0; i < order.length; i++) {
                    order[i] = drawnAs.applyAsInt(i);
                }
                endPage();
                document.newPage();
                writer.reorderPages(order);
            }
            Navigation navigation = new Navigation(writer, layout.anchors(), drawnAs);
            navigation.outline(layout.outline());
            navigation.pageLabels(layout.pageLabels());
            OutputIntent.addTo(writer);
            meta.applyTo(writer, !images.anyDeviceCmyk());
            glyphs.applyTags(fonts.fonts());
            endPage();
            document.close();
        }
    }

    /** The book's images in reading order, each once, the cover last. */
    private static List<ImageAsset> images(Book book) {
        var seen = new LinkedHashSet<ImageAsset>();
        book.chapters().forEach(chapter -> Blocks.forEachImage(chapter.blocks(), seen::add));
        book.cover().ifPresent(seen::add);
        return List.copyOf(seen);
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
