package galley.pdf;

import galley.assets.ImageInput;
import com.lowagie.text.Image;
import galley.model.ImageAsset;
import galley.model.ImageFormat;

import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Optional;
import java.util.zip.DataFormatException;

/**
 * The book's images read for one document, each once, so that each is embedded once however often
 * it is drawn. They may be read ahead, as a task of their own, while the first pages are drawn.
 */
final class PdfImages {

    /** About 300 dpi across a whole 8.5 x 11 in page; larger PNG and GIF images are embedded at a reduced resolution. */
    static final long MAX_EMBEDDED_PIXELS = 9_000_000L;

    private final Map<ImageAsset, CompletableFuture<Image>> read = new ConcurrentHashMap<>();
    private final DrawingUnits units;
    private boolean deviceCmyk;

    /** The images of one document, each read through {@code units}. */
    PdfImages(DrawingUnits units) {
        this.units = units;
    }

    /**
     * Reads {@code assets} in order on the calling thread, ahead of the pages that draw them;
     * {@link #get} takes each when it is ready, or reads it itself if this has not reached it.
     */
    void readAhead(List<ImageAsset> assets) {
        // drawings are drawn, not read: SvgTemplates makes them with the page's writer
        assets.stream().filter(a -> a.format() != ImageFormat.SVG).forEach(this::entry);
    }

    /** The image for {@code asset}, read in the calling thread unless it already was. */
    Image get(ImageAsset asset) throws IOException {
        Image image;
        try {
            image = entry(asset).join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw e;
        }
        deviceCmyk |= image.getColorspace() == 4 && !image.hasICCProfile();
        return image;
    }

    private CompletableFuture<Image> entry(ImageAsset asset) {
        var fresh = new CompletableFuture<Image>();
        CompletableFuture<Image> existing = read.putIfAbsent(asset, fresh);
        if (existing != null) {
            return existing;
        }
        try {
            fresh.complete(load(asset));
        } catch (IOException | RuntimeException e) {
            fresh.completeExceptionally(e);
        }
        return fresh;
    }

    /**
     * Whether an image was drawn in uncalibrated CMYK (a CMYK JPEG without a profile), which an
     * sRGB output intent cannot describe, so that the file cannot claim PDF/A.
     */
    boolean anyDeviceCmyk() {
        return deviceCmyk;
    }

    private Image load(ImageAsset asset) throws IOException {
        try {
            if ((long) asset.width() * asset.height() > MAX_EMBEDDED_PIXELS && !asset.mediaType().equals("image/jpeg")) {
                return reduced(asset);
            }
            return units.image(asset.file(), ImageInput.readAll(asset.file()), PdfImages::embeddable);
        } catch (IOException | RuntimeException e) {
            throw new IOException("cannot embed image " + asset.href() + ": " + e.getMessage(), e);
        }
    }

    // Java's PNG decoder and OpenPDF's pixel grabbing take most of a build's time; most PNG files
    // can go into the PDF without either
    private static Image embeddable(byte[] bytes) throws IOException {
        try {
            Optional<Image> direct = PngEmbedding.of(bytes);
            return direct.isPresent() ? direct.get() : Image.getInstance(bytes);
        } catch (DataFormatException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    // OpenPDF decodes a PNG or GIF into an AWT image and then into an int per pixel, about 7 bytes
    // a pixel: a 100-megapixel picture ran out of a 1 GB heap. Beyond what a page can print, every
    // n-th pixel is read instead. JPEG is embedded as its own bytes, never decoded.
    private static Image reduced(ImageAsset asset) throws IOException {
        try (ImageInputStream stream = ImageInput.imageStream(asset.file())) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(stream);
            if (!readers.hasNext()) {
                throw new IOException("no reader for " + asset.mediaType());
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(stream, true, true);
                ImageReadParam param = reader.getDefaultReadParam();
                int step = (int) Math.ceil(Math.sqrt((double) asset.width() * asset.height() / MAX_EMBEDDED_PIXELS));
                param.setSourceSubsampling(step, step, 0, 0);
                BufferedImage image = reader.read(0, param);
                return Image.getInstance(image, null);
            } finally {
                reader.dispose();
            }
        }
    }
}
