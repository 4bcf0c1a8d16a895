package galley.epub;

import galley.assets.ImageInput;
import galley.diagnostic.Diagnostics;
import galley.diagnostic.Problem;
import galley.model.Book;
import galley.model.ImageAsset;
import galley.model.ImageFormat;
import galley.model.PageMap;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Writes a {@link Book} as an EPUB 3 file, with an NCX for EPUB 2 reading systems.
 *
 * <p>epub4j (the maintained fork of epublib) is the model: its {@code Book} holds the resources,
 * the spine, the table of contents and the guide, and its {@code NCXDocument} writes the NCX from
 * them. epub4j writes EPUB 2 only, and its own writer stamps zip entries with the clock, so two
 * builds would differ. Galley therefore writes the rest itself: the EPUB 3 package document
 * ({@link PackageDocument}) from epub4j's manifest and spine plus the metadata epub4j has no place
 * for ({@code dcterms:modified}, {@code cover-image}, accessibility), the navigation document
 * ({@link NavDocument}) from epub4j's table of contents, and the zip ({@link EpubArchive}) with
 * {@code java.util.zip} in a fixed entry order and with the book's own timestamp, so that the same
 * book always gives byte-identical files.
 */
public final class EpubWriter {

    private final EpubOptions options;
    private final EpubUnits units;

    /** A writer that makes everything afresh. */
    public EpubWriter(EpubOptions options) {
        this(options, EpubUnits.direct());
    }

    /** A writer that renders, audits, deflates and scales through {@code units}. */
    public EpubWriter(EpubOptions options, EpubUnits units) {
        this.options = options;
        this.units = units;
    }

    /**
     * Writes the whole EPUB to {@code out}, which is left open. {@code pageMap} may be
     * {@link PageMap#none()}. Warnings (such as an oversized file) go to {@code diagnostics}.
     */
    public void write(Book book, PageMap pageMap, Diagnostics diagnostics, OutputStream out) throws IOException {
        book.cover().ifPresent(cover -> checkCover(cover, diagnostics));
        Publication publication = new PublicationBuilder(options, units).build(book, pageMap);
        String packageDocument = PackageDocument.render(publication, book.metadata(), book.modified(), diagnostics);
        long size = new EpubArchive(book.modified(), units).write(out, packageDocument, publication.manifest());
        if (size > options.sizeWarningBytes()) {
            Problem.EPUB_TOO_LARGE.report(diagnostics, book.name() + ".epub", 1, String.format(Locale.ROOT,
                    "the EPUB is %.1f MB, more than the %.0f MB many stores and reading systems accept; "
                            + "consider smaller images", size / 1048576.0, options.sizeWarningBytes() / 1048576.0));
        }
    }

    /**
     * Scales down, ahead of {@link #write}, an image the EPUB holds smaller than its file (a large
     * cover, typically), so that a caller with a spare thread can do it while the manuscript is
     * read; {@code write} then takes it as it is, when its {@link EpubUnits} keep scaled images.
     * Optional; problems with the image are left for
     * {@code write} to meet.
     */
    public void prepareImage(ImageAsset image) {
        var scaler = new ImageScaler(options.maxImageSide(), units);
        if (scaler.scales(image)) {
            try {
                scaler.fit(image, ImageInput.readAll(image.file()));
            } catch (IOException | RuntimeException e) {
                // write reads the file again and fails, or passes it through, as it would have
            }
        }
    }

    private void checkCover(ImageAsset cover, Diagnostics diagnostics) {
        // a drawing has no pixels to lack: it is drawn at whatever size a store asks
        if (cover.height() < options.minCoverHeight() && cover.format() != ImageFormat.SVG) {
            Problem.COVER_TOO_SMALL.report(diagnostics, bookPath(cover.file()), 1, String.format(Locale.ROOT,
                    "the cover is %d x %d px; stores ask for at least %d px in height", cover.width(), cover.height(),
                    options.minCoverHeight()));
        }
    }

    // The writer sees only the checked file; the cover lies under the book's covers/ folder, which
    // names it as the author knows it.
    private static String bookPath(Path file) {
        for (Path folder = file.getParent(); folder != null && folder.getParent() != null; folder = folder.getParent()) {
            if (folder.getFileName().toString().equals("covers")) {
                return folder.getParent().relativize(file).toString().replace('\\', '/');
            }
        }
        return file.getFileName().toString();
    }
}
