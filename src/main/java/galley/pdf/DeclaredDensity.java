package galley.pdf;

import galley.assets.ImageInput;
import galley.assets.PngFile;
import galley.model.ImageAsset;
import galley.model.ImageFormat;
import galley.layout.ImageDensity;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataFormatImpl;
import javax.imageio.stream.ImageInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The resolution each image file declares (a PNG's pHYs chunk, a JPEG's JFIF density), read from
 * its metadata without decoding pixels or inflating anything; files that declare none, or an implausible value, get the
 * default.
 */
final class DeclaredDensity implements ImageDensity {

    private final Map<ImageAsset, Float> known = new ConcurrentHashMap<>();

    @Override
    public float dpi(ImageAsset image) {
        return known.computeIfAbsent(image, DeclaredDensity::read);
    }

    private static float read(ImageAsset image) {
        if (image.format() == ImageFormat.SVG) {
            // a drawing's size is in CSS pixels already
            return DEFAULT_DPI;
        }
        if (image.mediaType().equals("image/png")) {
            return fromPhys(image);
        }
        try (ImageInputStream in = ImageInput.imageStream(image.file())) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                return DEFAULT_DPI;
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, false);
                IIOMetadata metadata = reader.getImageMetadata(0);
                if (metadata == null || !metadata.isStandardMetadataFormatSupported()) {
                    return DEFAULT_DPI;
                }
                Node root = metadata.getAsTree(IIOMetadataFormatImpl.standardMetadataFormatName);
                return plausible(millimetresPerPixel(root));
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            // the loader has already vetted the file; an unreadable density only means the default
            return DEFAULT_DPI;
        }
    }

    // Java's decoder would read every chunk's metadata, inflating text chunks whole (a few
    // megabytes of zTXt can hold gigabytes); the pHYs chunk stands before the pixel data, and
    // nothing before it is inflated. The figure is the one Java's metadata gives, 1000 / pixels a metre.
    private static float fromPhys(ImageAsset image) {
        try (InputStream in = ImageInput.open(image.file())) {
            return plausible(1000.0F / PngFile.readHead(in).pixelsPerMetre());
        } catch (IOException | RuntimeException e) {
            return DEFAULT_DPI;
        }
    }

    private static float millimetresPerPixel(Node root) {
        for (Node dim = root.getFirstChild(); dim != null; dim = dim.getNextSibling()) {
            if (!"Dimension".equals(dim.getNodeName())) {
                continue;
            }
            for (Node n = dim.getFirstChild(); n != null; n = n.getNextSibling()) {
                if ("HorizontalPixelSize".equals(n.getNodeName())) {
                    try {
                        return Float.parseFloat(((Element) n).getAttribute("value"));
                    } catch (NumberFormatException e) {
                        return 0f;
                    }
                }
            }
        }
        return 0f;
    }

    private static float plausible(float mmPerPixel) {
        if (!(mmPerPixel > 0f)) {
            return DEFAULT_DPI;
        }
        float dpi = 25.4f / mmPerPixel;
        // files written with an aspect ratio instead of a density (JFIF units 0) claim 1 or 2 dpi
        return dpi >= 30f && dpi <= 4800f ? dpi : DEFAULT_DPI;
    }
}
