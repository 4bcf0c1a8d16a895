package galley.assets;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.util.Optional;

/**
 * What a PNG file's chunks say, read through {@link PngChunks} and checked against each other as
 * the PNG specification requires (a palette image needs its PLTE before the pixel data, a tRNS
 * chunk fits its colour type), with the pixel data handed on as it is read. Compressed metadata
 * (zTXt, iTXt, iCCP) is never kept: reading the whole file measures what it inflates to, up to
 * {@link #MAX_METADATA_INFLATED} bytes for the file, and refuses a file past that.
 */
public final class PngFile {

    public static final int GREY = 0;
    public static final int RGB = 2;
    public static final int PALETTE = 3;
    public static final int GREY_ALPHA = 4;
    public static final int RGB_ALPHA = 6;

    /** The most bytes a file's compressed text and colour profile together may inflate to. */
    public static final long MAX_METADATA_INFLATED = 8L << 20;

    private static final int PHYS_METRE = 1;

    /** Takes the compressed pixel data, IDAT chunk after IDAT chunk. */
    public interface PixelData {
        /** The header, read before any pixel data comes. */
        default void begin(Header header) throws IOException {
        }


        /** The next {@code length} bytes of compressed pixel data, in {@code bytes}. */
        void accept(byte[] bytes, int length) throws IOException;
    }

    /** The IHDR chunk: size in pixels, bits a sample, colour type and whether the rows are interlaced. */
    public record Header(int width, int height, int bitDepth, int colourType, boolean interlaced) {

        /** Samples a pixel: 1 for grey and palette, 2 for grey with alpha, 3 for RGB, 4 for RGBA. */
        public int channels() {
            return switch (colourType) {
                case RGB -> 3;
                case GREY_ALPHA -> 2;
                case RGB_ALPHA -> 4;
                default -> 1;
            };
        }
    }

    private Header header;
    private byte[] palette;
    private byte[] transparency;
    private int pixelsPerMetre;
    private boolean animated;
    private long metadataInflated;

    private PngFile() {
    }

    /** Reads every chunk of the PNG file {@code in}, handing the compressed pixel data to {@code pixels}. */
    public static PngFile read(InputStream in, PixelData pixels) throws IOException {
        var file = new PngFile();
        file.walk(PngChunks.of(in), pixels);
        return file;
    }

    /**
     * Reads the chunks before the pixel data: the header, palette, transparency and density, which
     * PNG places there. Compressed metadata is skipped unread.
     */
    public static PngFile readHead(InputStream in) throws IOException {
        var file = new PngFile();
        file.walk(PngChunks.of(in), null);
        return file;
    }

    private void walk(PngChunks chunks, PixelData pixels) throws IOException {
        if (chunks.next() != PngChunks.IHDR) {
            throw ImageException.corrupt("its first chunk is not IHDR");
        }
        header = header(chunks.held(13).orElseThrow());
        if (pixels != null) {
            pixels.begin(header);
        }
        byte[] buffer = new byte[1 << 16];
        boolean idat = false;
        for (int type = chunks.next(); type != PngChunks.IEND; type = chunks.next()) {
            switch (type) {
                case PngChunks.IHDR -> throw ImageException.corrupt("it has a second IHDR chunk");
                case PngChunks.PLTE -> {
                    if (idat || palette != null) {
                        throw ImageException.corrupt("its PLTE chunk is misplaced (after the pixel data or twice)");
                    }
                    palette = palette(chunks.held(3 * 256).orElseThrow());
                }
                case PngChunks.TRNS -> {
                    // one after the pixel data is out of place, and decoders ignore it
                    if (!idat) {
                        chunks.held(256).ifPresent(this::takeTransparency);
                    }
                }
                case PngChunks.PHYS -> {
                    if (chunks.remaining() == 9) {
                        chunks.held(9).ifPresent(this::takeDensity);
                    }
                }
                case PngChunks.IDAT -> {
                    if (!idat) {
                        checkBeforePixels();
                    }
                    if (pixels == null) {
                        return;
                    }
                    idat = true;
                    for (int n = chunks.read(buffer, 0, buffer.length); n >= 0; n = chunks.read(buffer, 0, buffer.length)) {
                        pixels.accept(buffer, n);
                    }
                }
                // an animated PNG declares itself before its first frame's pixel data
                case PngChunks.ACTL -> animated |= !idat;
                case PngChunks.ZTXT, PngChunks.ITXT, PngChunks.ICCP -> {
                    // only a whole read measures them: the head is read for the density alone
                    Optional<byte[]> data = pixels == null ? Optional.empty() : chunks.held(PngChunks.MAX_HELD);
                    if (data.isPresent()) {
                        measureMetadata(type, data.get());
                    }
                }
                default -> {
                    // other chunks (gamma, text, time) do not change what Galley does with the image
                }
            }
        }
        if (!idat) {
            throw ImageException.corrupt("it has no pixel data (IDAT chunk)");
        }
    }

    private static Header header(byte[] ihdr) throws ImageException {
        if (ihdr.length != 13) {
            throw ImageException.corrupt("its IHDR chunk is " + ihdr.length + " bytes, not 13");
        }
        ByteBuffer b = ByteBuffer.wrap(ihdr);
        int width = b.getInt();
        int height = b.getInt();
        int depth = b.get() & 0xFF;
        int colour = b.get() & 0xFF;
        int compression = b.get() & 0xFF;
        int filter = b.get() & 0xFF;
        int interlace = b.get() & 0xFF;
        boolean depthAllowed = switch (colour) {
            case GREY -> depth == 1 || depth == 2 || depth == 4 || depth == 8 || depth == 16;
            case PALETTE -> depth == 1 || depth == 2 || depth == 4 || depth == 8;
            case RGB, GREY_ALPHA, RGB_ALPHA -> depth == 8 || depth == 16;
            default -> false;
        };
        if (width <= 0 || height <= 0 || !depthAllowed || compression != 0 || filter != 0 || interlace > 1) {
            throw ImageException.corrupt("its IHDR chunk is invalid");
        }
        return new Header(width, height, depth, colour, interlace == 1);
    }

    private byte[] palette(byte[] plte) throws ImageException {
        if (header.colourType() == GREY || header.colourType() == GREY_ALPHA) {
            throw ImageException.corrupt("a grey image has a PLTE chunk");
        }
        if (plte.length == 0 || plte.length % 3 != 0 || plte.length > 3 * 256) {
            throw ImageException.corrupt("its PLTE chunk is " + plte.length + " bytes, not 3 to 768 in threes");
        }
        return plte;
    }

    private void takeTransparency(byte[] trns) {
        transparency = trns;
    }

    // A palette image needs its palette; a colour key must name a whole colour; palette alphas must
    // not outnumber the palette. The writers rely on all three, so a file that breaks one is
    // refused here, at the line that embeds it, rather than when a book is written.
    private void checkBeforePixels() throws ImageException {
        if (header.colourType() == PALETTE && palette == null) {
            throw ImageException.invalid("image is a palette PNG without its palette (PLTE chunk)");
        }
        if (transparency == null) {
            return;
        }
        int length = transparency.length;
        switch (header.colourType()) {
            case GREY, RGB -> {
                int needed = 2 * header.channels();
                if (length != needed) {
                    throw ImageException.invalid("image has a transparency (tRNS) chunk of " + length
                            + " bytes where its colour type needs " + needed);
                }
            }
            case PALETTE -> {
                if (length > palette.length / 3) {
                    throw ImageException.invalid("image has " + length + " transparency (tRNS) entries for "
                            + palette.length / 3 + " palette colours");
                }
            }
            default -> {
                // an image with an alpha channel may not have one; decoders ignore it
            }
        }
    }

    private void takeDensity(byte[] phys) {
        if (phys[8] == PHYS_METRE) {
            pixelsPerMetre = ByteBuffer.wrap(phys).getInt();
        }
    }

    // Galley has no use for text or a colour profile, but the decoders it hands the file to
    // (Java's for palette images, OpenPDF's for interlaced ones) inflate them whole.
    private void measureMetadata(int type, byte[] data) throws ImageException {
        int at = keywordEnd(data, 0);
        boolean compressed = true;
        if (type == PngChunks.ITXT) {
            // keyword, compression flag, method, language tag, translated keyword, text
            compressed = at < data.length && data[at] == 1;
            at = keywordEnd(data, keywordEnd(data, at + 2));
        } else {
            // keyword (or profile name), method, compressed data
            at += 1;
        }
        if (!compressed || at >= data.length) {
            return;
        }
        long budget = MAX_METADATA_INFLATED - metadataInflated;
        metadataInflated += CappedInflater.measure(data, at, data.length - at, budget);
        if (metadataInflated > MAX_METADATA_INFLATED) {
            throw ImageException.tooLarge(String.format(
                    "image is too large: its compressed text and colour profile chunks inflate past %d MB",
                    MAX_METADATA_INFLATED >> 20));
        }
    }

    // the index just past the NUL that ends the string starting at `from`, or the end of the data
    private static int keywordEnd(byte[] data, int from) {
        for (int i = Math.max(0, from); i < data.length; i++) {
            if (data[i] == 0) {
                return i + 1;
            }
        }
        return data.length;
    }

    public Header header() {
        return header;
    }

    /** The PLTE chunk's red, green and blue bytes, if there is one. */
    public Optional<byte[]> palette() {
        return Optional.ofNullable(palette);
    }

    /** The tRNS chunk's bytes, if there is one. */
    public Optional<byte[]> transparency() {
        return Optional.ofNullable(transparency);
    }

    /**
     * The horizontal density the pHYs chunk declares in pixels a metre (its four bytes as a signed
     * number, as Java's decoder reads them), or 0 if it declares none or only an aspect ratio.
     */
    public int pixelsPerMetre() {
        return pixelsPerMetre;
    }

    /** Whether an acTL chunk before the pixel data makes this an animated PNG (APNG). */
    public boolean animated() {
        return animated;
    }
}
