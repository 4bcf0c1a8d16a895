package galley.site;

import galley.assets.ImageInput;
import galley.assets.JpegEncoder;
import galley.assets.AreaScaler;
import galley.assets.PngEncoder;
import galley.assets.SvgDrawing;
import galley.assets.SvgImage;
import galley.model.ImageAsset;
import galley.model.ImageFormat;

import javax.imageio.ImageIO;
import javax.imageio.stream.ImageInputStream;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Optional;

/**
 * The downscaled copy of the cover that the download page and the catalogue show: a JPEG cover
 * stays a JPEG ({@code cover.jpg}), any other becomes a PNG ({@code cover.png}), an SVG drawn at the
 * width wanted. It is always
 * decoded and encoded afresh, so no metadata of the original (camera, location) reaches the web.
 *
 * @param fileName {@code cover.jpg} or {@code cover.png}
 */
record CoverThumbnail(String fileName, String mediaType, int width, int height, byte[] bytes) {

    private static final float JPEG_QUALITY = 0.9f;

    /**
     * Scales {@code cover} to at most {@code maxWidth} pixels wide (never up); empty when the JDK
     * cannot decode the image (a CMYK JPEG, for example).
     */
    static Optional<CoverThumbnail> of(ImageAsset cover, int maxWidth) throws IOException {
        if (cover.format() == ImageFormat.SVG) {
            return Optional.of(drawn(cover, maxWidth));
        }
        BufferedImage original;
        try (ImageInputStream in = ImageInput.imageStream(cover.file())) {
            original = ImageIO.read(in);
        } catch (IOException undecodable) {
            return Optional.empty();
        }
        if (original == null) {
            return Optional.empty();
        }
        boolean jpeg = cover.mediaType().equals("image/jpeg");
        boolean alpha = !jpeg && original.getColorModel().hasAlpha();
        int width = Math.min(maxWidth, original.getWidth());
        int height = Math.max(1, (int) Math.round((double) original.getHeight() * width / original.getWidth()));
        BufferedImage canvas = AreaScaler.scale(original, width, height, alpha);
        return Optional.of(jpeg
                ? new CoverThumbnail("cover.jpg", "image/jpeg", width, height, JpegEncoder.encode(canvas, JPEG_QUALITY))
                : new CoverThumbnail("cover.png", "image/png", width, height, png(canvas)));
    }

    // a drawing is drawn afresh at the width wanted, larger than written if need be, as it loses nothing
    private static CoverThumbnail drawn(ImageAsset cover, int width) throws IOException {
        SvgImage svg = SvgImage.read(cover.file());
        int height = Math.max(1, (int) Math.round(svg.height() * width / svg.width()));
        BufferedImage pixels = SvgDrawing.of(svg).pixels(width, height);
        return new CoverThumbnail("cover.png", "image/png", width, height, PngEncoder.encode(pixels));
    }

    private static byte[] png(BufferedImage image) throws IOException {
        var out = new ByteArrayOutputStream();
        if (!ImageIO.write(image, "png", out)) {
            throw new IOException("no PNG encoder in this Java runtime");
        }
        return out.toByteArray();
    }
}
