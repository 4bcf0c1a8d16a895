package galley.site;

import galley.assets.ImageInput;
import galley.diagnostic.Diagnostics;
import galley.diagnostic.Problem;
import galley.model.Book;
import galley.model.ImageAsset;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Makes the published folder browsable: a download page ({@code index.html}), an OPDS 1.2
 * catalogue ({@code opds.xml}) and the cover copy they show, all describing the editions exactly as
 * they were written. Returns the files' bytes; the caller writes them into place.
 */
public final class SiteWriter {

    /** The download page's file name. */
    public static final String PAGE = "index.html";
    /** The OPDS catalogue's file name. */
    public static final String CATALOGUE = "opds.xml";

    private static final Template PAGE_TEMPLATE = Template.resource(PAGE);
    private static final Template CATALOGUE_TEMPLATE = Template.resource(CATALOGUE);

    private final SiteOptions options;
    // the cover copy, made once per writer, possibly ahead of render on another thread
    private final Map<ImageAsset, Optional<CoverThumbnail>> thumbnails = new ConcurrentHashMap<>();

    public SiteWriter(SiteOptions options) {
        this.options = options;
    }

    /**
     * Makes the cover copy ahead of {@link #render} (decoding a large cover is the slow part of
     * the site), so that a caller with a spare thread can do it while the editions are written;
     * render then takes it. Optional; a cover that cannot be read is left for render to report.
     */
    public void prepare(Book book) {
        book.cover().ifPresent(cover -> {
            try {
                thumbnail(cover);
            } catch (IOException | UncheckedIOException e) {
                // render meets the same problem and reports it
            }
        });
    }

    private Optional<CoverThumbnail> thumbnail(ImageAsset cover) throws IOException {
        try {
            return thumbnails.computeIfAbsent(cover, asset -> {
                try {
                    return lastOrNew(asset);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    // The cover copy made last in this process, with the cover's bytes and the width asked for:
    // each rebuild in galley watch would otherwise decode and scale the same cover again.
    private record Made(byte[] cover, String mediaType, int width, Optional<CoverThumbnail> thumbnail) {
        boolean of(byte[] bytes, String type, int wanted) {
            return width == wanted && mediaType.equals(type) && Arrays.equals(cover, bytes);
        }
    }

    private static final AtomicReference<Made> LAST = new AtomicReference<>();

    private Optional<CoverThumbnail> lastOrNew(ImageAsset cover) throws IOException {
        byte[] bytes = ImageInput.readAll(cover.file());
        int width = options.thumbnailWidth();
        Made last = LAST.get();
        if (last != null && last.of(bytes, cover.mediaType(), width)) {
            return last.thumbnail();
        }
        Optional<CoverThumbnail> made = CoverThumbnail.of(cover, width);
        LAST.set(new Made(bytes, cover.mediaType(), width, made));
        return made;
    }

    /**
     * The cover copy (when the book has a cover Java can decode), the catalogue and the page, in the
     * order they are best put in place: the page last, once everything it links to is there.
     */
    public List<SiteFile> render(Book book, List<Download> downloads, Diagnostics diagnostics) throws IOException {
        Optional<CoverThumbnail> cover = Optional.empty();
        if (book.cover().isPresent()) {
            ImageAsset asset = book.cover().get();
            cover = thumbnail(asset);
            if (cover.isEmpty()) {
                Problem.SITE_COVER_UNREADABLE.report(diagnostics, "covers/" + asset.file().getFileName(), 1,
                        "Java cannot decode this image to make the download page's cover; the page and the catalogue show none");
            }
        }
        TemplateValues values = SiteValues.of(book, downloads, cover);
        var files = new ArrayList<SiteFile>();
        cover.ifPresent(c -> files.add(new SiteFile(c.fileName(), c.bytes())));
        files.add(new SiteFile(CATALOGUE, CATALOGUE_TEMPLATE.render(values).getBytes(StandardCharsets.UTF_8)));
        files.add(new SiteFile(PAGE, PAGE_TEMPLATE.render(values).getBytes(StandardCharsets.UTF_8)));
        return List.copyOf(files);
    }
}
