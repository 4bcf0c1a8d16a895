package galley.epub;

import galley.assets.AreaScaler;
import galley.assets.JpegEncoder;
import galley.assets.PngEncoder;
import galley.model.ImageAsset;

import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Iterator;

/**
 * Scales a PNG or JPEG image down for the EPUB when its long side exceeds the limit reading
 * systems handle well, averaging the area each new pixel covers ({@link AreaScaler}, as the
 * download page's cover); the print edition keeps the full resolution. Any other image, or one the
 * JDK cannot decode (a CMYK JPEG), is passed through unchanged.
 */
final class ImageScaler {

    private static final float JPEG_QUALITY = 0.88f;

    private final int maxSide;
    private final EpubUnits units;

    /**
     * @param maxSide the longest side in pixels an image may keep; 0 or less keeps every image as it is
     * @param units   through which each image is scaled, so that one scaled already need not be again
     */
    ImageScaler(int maxSide, EpubUnits units) {
        this.maxSide = maxSide;
        this.units = units;
    }

    /** Whether {@code asset} is stored smaller than its file. */
    boolean scales(ImageAsset asset) {
        boolean scalable = asset.mediaType().equals("image/png") || asset.mediaType().equals("image/jpeg");
        return maxSide > 0 && scalable && Math.max(asset.width(), asset.height()) > maxSide;
    }

    /** The bytes to store for {@code asset}, whose file holds {@code original}. */
    byte[] fit(ImageAsset asset, byte[] original) throws IOException {
        if (!scales(asset)) {
            return original;
        }
        boolean png = asset.mediaType().equals("image/png");
        int longSide = Math.max(asset.width(), asset.height());
        return units.scaled(maxSide + ":" + digest(original), () -> scaled(original, png, longSide));
    }

    private byte[] scaled(byte[] original, boolean png, int longSide) throws IOException {
        BufferedImage image;
        try {
            image = decode(original, longSide);
        } catch (IOException | RuntimeException undecodable) {
            image = null;
        }
        if (image == null) {
            return original;
        }
        double scale = (double) maxSide / Math.max(image.getWidth(), image.getHeight());
        int width = Math.max(1, (int) Math.round(image.getWidth() * scale));
        int height = Math.max(1, (int) Math.round(image.getHeight() * scale));
        BufferedImage scaled = AreaScaler.scale(image, width, height, png && image.getColorModel().hasAlpha());
        return png ? PngEncoder.encode(scaled) : JpegEncoder.encode(scaled, JPEG_QUALITY);
    }

    // Reads only every n-th pixel of a picture far larger than needed, keeping at least twice the
    // target size for the area averaging: a 100-megapixel photograph would otherwise take
    // 400 MB of heap here alone.
    private BufferedImage decode(byte[] original, int longSide) throws IOException {
        try (ImageInputStream stream = ImageIO.createImageInputStream(new ByteArrayInputStream(original))) {
            Iterator<ImageReader> readers = stream == null ? null : ImageIO.getImageReaders(stream);
            if (readers == null || !readers.hasNext()) {
                return null;
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(stream, true, true);
                ImageReadParam param = reader.getDefaultReadParam();
                int step = Math.max(1, longSide / (2 * maxSide));
                param.setSourceSubsampling(step, step, 0, 0);
                return reader.read(0, param);
            } finally {
                reader.dispose();
            }
        }
    }

    private static String digest(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK lacks SHA-256", e);
        }
    }
}
