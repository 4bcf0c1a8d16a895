package galley.assets;

import galley.diagnostic.Problem;
import galley.model.ImageFormat;

import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

/**
 * Checks an image file: its length (at most {@link ImageInput#MAX_FILE_BYTES}), the format from
 * its signature, the size from its header (refusing decompression bombs before anything is
 * allocated), a look at its structure to catch truncated files, and then a check of the pixel data
 * (a PNG's chunks and inflated rows through {@link PngPixelData}, a JPEG or GIF decoded at reduced
 * resolution; an SVG parsed and cleaned by {@link SvgImage}), so that a file that is cut short, corrupt or unusable is found here, at the line
 * that embeds it, and never later by a writer.
 */
public final class ImageChecker {

    static final long MAX_PIXELS = 100_000_000L;
    static final int MAX_SIDE = 30_000;
    private static final int DECODE_SIDE = 512;

    /**
     * A readable image: its format, its size in pixels, whether it moves (an APNG, a GIF of several
     * frames), and what was dropped from it (an SVG's scripts, handlers…), as words for a warning.
     */
    public record Checked(ImageFormat format, int width, int height, boolean animated, List<String> removed) {
    }

    /** Why an image was refused: the problem and the reason, which the reference as written follows. */
    public record Refusal(Problem problem, String reason) {
    }

    private ImageChecker() {
    }

    /** The image's format and size, or why it cannot be embedded. */
    public static Result check(Path file) {
        try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r")) {
            if (in.length() > ImageInput.MAX_FILE_BYTES) {
                return Result.refused(Problem.IMAGE_TOO_LARGE, String.format(
                        "image file is too large: %,d bytes (the limit is %d MB)", in.length(),
                        ImageInput.MAX_FILE_BYTES >> 20));
            }
            byte[] head = new byte[16];
            int read = in.read(head);
            Optional<ImageFormat> format = ImageFormat.sniff(read < 0 ? new byte[0] : head);
            if (format.isEmpty() && SvgImage.mayBe(head, Math.max(read, 0))) {
                return svg(file);
            }
            if (format.isEmpty()) {
                return Result.refused(Problem.IMAGE_UNSUPPORTED, ImageException.UNSUPPORTED);
            }
            Optional<int[]> size = headerSize(file, format.get());
            if (size.isEmpty()) {
                return Result.refused(Problem.IMAGE_UNREADABLE, "image cannot be read (corrupt header)");
            }
            int width = size.get()[0];
            int height = size.get()[1];
            if (width <= 0 || height <= 0) {
                return Result.refused(Problem.IMAGE_UNREADABLE, "image has no pixels");
            }
            if (tooLarge(width, height)) {
                return tooLarge(width, height, "");
            }
            boolean animated;
            try (ImageInputStream stream = ImageInput.imageStream(file)) {
                if (format.get() == ImageFormat.GIF) {
                    // a decoder allocates the logical screen, and each frame, whatever the first frame's size
                    GifFrames gif = GifFrames.read(stream);
                    if (tooLarge(gif.screenWidth(), gif.screenHeight())) {
                        return tooLarge(gif.screenWidth(), gif.screenHeight(), " on its logical screen");
                    }
                    if (tooLarge(gif.frameWidth(), gif.frameHeight())) {
                        return tooLarge(gif.frameWidth(), gif.frameHeight(), " in its largest frame");
                    }
                }
                animated = ImageMotion.animated(stream, format.get());
            }
            if (format.get() == ImageFormat.PNG) {
                PngPixelData.verify(file);
            } else if (!ImageStructure.isComplete(in, format.get()) || !decodes(file, format.get(), Math.max(width, height))) {
                return Result.refused(Problem.IMAGE_UNREADABLE, "image is truncated or corrupt");
            }
            return new Result(Optional.of(new Checked(format.get(), width, height, animated, List.of())), Optional.empty());
        } catch (ImageException e) {
            return Result.refused(e.problem(), e.reason());
        } catch (IOException | SecurityException e) {
            return Result.refused(Problem.IMAGE_UNREADABLE, "image cannot be read");
        }
    }

    // a drawing's pixels are CSS pixels: its size on the page and in a raster copy
    private static Result svg(Path file) throws IOException {
        SvgImage svg = SvgImage.read(file);
        int width = (int) Math.max(1, Math.round(svg.width()));
        int height = (int) Math.max(1, Math.round(svg.height()));
        return new Result(Optional.of(new Checked(ImageFormat.SVG, width, height, false, svg.removed())), Optional.empty());
    }

    static boolean tooLarge(long width, long height) {
        return width > MAX_SIDE || height > MAX_SIDE || (long) width * height > MAX_PIXELS;
    }

    private static Result tooLarge(int width, int height, String where) {
        return Result.refused(Problem.IMAGE_TOO_LARGE, String.format(
                "image is too large: %d x %d pixels%s (the limit is 100 megapixels and %d pixels a side)",
                width, height, where, MAX_SIDE));
    }

    private static Optional<int[]> headerSize(Path file, ImageFormat format) {
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format.imageIoName());
        if (!readers.hasNext()) {
            return Optional.empty();
        }
        ImageReader reader = readers.next();
        try (ImageInputStream stream = ImageInput.imageStream(file)) {
            reader.setInput(stream, true, true);
            return Optional.of(new int[] {reader.getWidth(0), reader.getHeight(0)});
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        } finally {
            reader.dispose();
        }
    }

    // Decodes every row but keeps only one pixel in `step` each way, so memory stays small for
    // the largest image allowed. JPEG is read as a raster, which also takes CMYK files the print
    // edition embeds as they are.
    private static boolean decodes(Path file, ImageFormat format, int longSide) {
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format.imageIoName());
        if (!readers.hasNext()) {
            return false;
        }
        ImageReader reader = readers.next();
        try (ImageInputStream stream = ImageInput.imageStream(file)) {
            reader.setInput(stream, true, true);
            ImageReadParam param = reader.getDefaultReadParam();
            int step = Math.max(1, (longSide + DECODE_SIDE - 1) / DECODE_SIDE);
            param.setSourceSubsampling(step, step, 0, 0);
            if (format == ImageFormat.JPEG) {
                reader.readRaster(0, param);
            } else {
                reader.read(0, param);
            }
            return true;
        } catch (IOException | RuntimeException e) {
            return false;
        } finally {
            reader.dispose();
        }
    }

    /** Either a checked image or the reason it was refused. */
    public record Result(Optional<Checked> checked, Optional<Refusal> refusal) {
        static Result refused(Problem problem, String reason) {
            return new Result(Optional.empty(), Optional.of(new Refusal(problem, reason)));
        }
    }
}
