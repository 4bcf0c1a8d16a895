package galley.pdf;

import com.lowagie.text.Image;
import galley.model.ImageAsset;

import java.io.IOException;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.zip.DataFormatException;

/** The book's images read for one document, each once, so that each is embedded once however often it is drawn. */
final class PdfImages {

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
