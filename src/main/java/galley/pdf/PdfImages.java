package galley.pdf;

import com.lowagie.text.Image;
import galley.model.ImageAsset;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Optional;
import java.util.zip.DataFormatException;

/**
 * The book's images read for one document, each once, so that each is embedded once however often
 * it is drawn. They may be read ahead on a background thread while the first pages are drawn.
 */
final class PdfImages {

    private final Map<ImageAsset, CompletableFuture<Image>> read = new ConcurrentHashMap<>();
    private boolean deviceCmyk;

    /**
     * Starts reading {@code assets} in order on a daemon thread; {@link #get} takes each when it
     * is ready, or reads it itself if the thread has not reached it.
     */
    void readAhead(List<ImageAsset> assets) {
        if (assets.isEmpty()) {
            return;
        }
        var thread = new Thread(() -> assets.forEach(this::entry), "galley-pdf-images");
        thread.setDaemon(true);
        thread.start();
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

    private static Image load(ImageAsset asset) throws IOException {
        byte[] bytes = Files.readAllBytes(asset.file());
        try {
            // Java's PNG decoder and OpenPDF's pixel grabbing take most of a build's time; most
            // PNG files can go into the PDF without either
            Optional<Image> direct = PngEmbedding.of(bytes);
            return direct.isPresent() ? direct.get() : Image.getInstance(bytes);
        } catch (IOException | RuntimeException | DataFormatException e) {
            throw new IOException("cannot embed image " + asset.href() + ": " + e.getMessage(), e);
        }
    }
}
