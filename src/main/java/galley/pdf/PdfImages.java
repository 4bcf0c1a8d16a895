package galley.pdf;

import com.lowagie.text.Image;
import galley.model.ImageAsset;

import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.Iterator;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.zip.DataFormatException;

/** The book's images read for one document, each once, so that each is embedded once however often it is drawn. */
final class PdfImages {

    /** About 300 dpi across a whole 8.5 x 11 in page; larger PNG and GIF images are embedded at a reduced resolution. */
    static final long MAX_EMBEDDED_PIXELS = 9_000_000L;

    private final Map<ImageAsset, Image> read = new HashMap<>();
    private boolean deviceCmyk;

    Image get(ImageAsset asset) throws IOException {
        Image image = read.get(asset);
        if (image == null) {
            image = load(asset);
            read.put(asset, image);
            deviceCmyk |= image.getColorspace() == 4 && !image.hasICCProfile();
        }
        return image;
    }

    /**
     * Whether an image was drawn in uncalibrated CMYK (a CMYK JPEG without a profile), which an
     * sRGB output intent cannot describe, so that the file cannot claim PDF/A.
     */
    boolean anyDeviceCmyk() {
        return deviceCmyk;
    }

    private static Image load(ImageAsset asset) throws IOException {
        try {
            if ((long) asset.width() * asset.height() > MAX_EMBEDDED_PIXELS && !asset.mediaType().equals("image/jpeg")) {
                return reduced(asset);
            }
            byte[] bytes = Files.readAllBytes(asset.file());
            // Java's PNG decoder and OpenPDF's pixel grabbing take most of a build's time; most
            // PNG files can go into the PDF without either
            Optional<Image> direct = PngEmbedding.of(bytes);
            return direct.isPresent() ? direct.get() : Image.getInstance(bytes);
        } catch (IOException | RuntimeException | DataFormatException e) {
            throw new IOException("cannot embed image " + asset.href() + ": " + e.getMessage(), e);
        }
    }

    // OpenPDF decodes a PNG or GIF into an AWT image and then into an int per pixel, about 7 bytes
    // a pixel: a 100-megapixel picture ran out of a 1 GB heap. Beyond what a page can print, every
    // n-th pixel is read instead. JPEG is embedded as its own bytes, never decoded.
    private static Image reduced(ImageAsset asset) throws IOException {
        try (ImageInputStream stream = ImageIO.createImageInputStream(asset.file().toFile())) {
            Iterator<ImageReader> readers = stream == null ? null : ImageIO.getImageReaders(stream);
            if (readers == null || !readers.hasNext()) {
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
