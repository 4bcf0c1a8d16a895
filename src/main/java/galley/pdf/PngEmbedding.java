package galley.pdf;

import com.lowagie.text.BadElementException;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Image;
import com.lowagie.text.ImgRaw;
import com.lowagie.text.pdf.PdfArray;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfNumber;
import com.lowagie.text.pdf.PdfString;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.Optional;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * A PNG file made into a PDF image without going through Java's image decoders: a PDF reads a
 * PNG's compressed rows as they are (Flate with the PNG predictors), so grey, RGB and palette
 * images are copied through; images with an alpha channel or 16-bit samples are inflated and
 * split into 8-bit colour and soft mask. Interlaced images and those with a tRNS chunk are left to
 * OpenPDF, which is slower but reads every PNG. Grey samples are drawn as stored, as browsers show
 * them (Java's decoder takes them for linear grey and lightens them).
 */
final class PngEmbedding {

    private static final long SIGNATURE = 0x89504E470D0A1A0AL;
    private static final int GREY = 0;
    private static final int RGB = 2;
    private static final int PALETTE = 3;
    private static final int GREY_ALPHA = 4;
    private static final int RGB_ALPHA = 6;

    private int width;
    private int height;
    private int bitDepth;
    private int colourType;
    private int interlace;
    private byte[] palette;
    private byte[] transparency;
    private final ByteArrayOutputStream idat = new ByteArrayOutputStream();

    private PngEmbedding() {
    }

    /** The image for {@code png}, or empty when this PNG needs OpenPDF's own reader. */
    static Optional<Image> of(byte[] png) throws DataFormatException {
        var reader = new PngEmbedding();
        if (!reader.read(ByteBuffer.wrap(png)) || reader.interlace != 0) {
            return Optional.empty();
        }
        if (reader.colourType == PALETTE) {
            if (reader.palette == null) {
                return Optional.empty();
            }
            return Optional.of(reader.transparency == null ? reader.passThrough() : reader.expandPalette());
        }
        boolean plain = reader.colourType == GREY || reader.colourType == RGB;
        if (plain && reader.bitDepth <= 8) {
            return Optional.of(reader.passThrough());
        }
        if (reader.transparency != null) {
            return Optional.empty();
        }
        boolean alpha = reader.colourType == GREY_ALPHA || reader.colourType == RGB_ALPHA;
        if ((alpha && reader.bitDepth == 8) || (reader.colourType != PALETTE && reader.bitDepth == 16)) {
            return Optional.of(reader.decoded());
        }
        return Optional.empty();
    }

    /** Reads the chunks that matter; false if this is not a PNG this class can take. */
    private boolean read(ByteBuffer in) {
        if (in.remaining() < 8 || in.getLong() != SIGNATURE) {
            return false;
        }
        while (in.remaining() >= 12) {
            int length = in.getInt();
            int type = in.getInt();
            if (length < 0 || length > in.remaining() - 4) {
                return false;
            }
            int start = in.position();
            switch (type) {
                case 0x49484452 -> { // IHDR
                    width = in.getInt();
                    height = in.getInt();
                    bitDepth = in.get() & 0xFF;
                    colourType = in.get() & 0xFF;
                    in.get();
                    in.get();
                    interlace = in.get() & 0xFF;
                }
                case 0x504C5445 -> { // PLTE
                    palette = new byte[length];
                    in.get(palette);
                }
                case 0x74524E53 -> { // tRNS
                    transparency = new byte[length];
                    in.get(transparency);
                }
                case 0x49444154 -> idat.write(in.array(), in.arrayOffset() + start, length); // IDAT
                case 0x49454E44 -> { // IEND
                    return width > 0 && height > 0 && idat.size() > 0;
                }
                default -> {
                    // ancillary chunks (gamma, text, resolution) do not change the pixels drawn
                }
            }
            in.position(start + length + 4);
        }
        return false;
    }

    private int channels() {
        return switch (colourType) {
            case RGB -> 3;
            case GREY_ALPHA -> 2;
            case RGB_ALPHA -> 4;
            default -> 1;
        };
    }

    private Image passThrough() throws BadElementException {
        int components = colourType == RGB ? 3 : 1;
        ImgRaw image = new ImgRaw(width, height, components, bitDepth, idat.toByteArray());
        image.setDeflated(true);
        var decode = new PdfDictionary();
        decode.put(PdfName.PREDICTOR, new PdfNumber(15));
        decode.put(PdfName.COLORS, new PdfNumber(components));
        decode.put(PdfName.BITSPERCOMPONENT, new PdfNumber(bitDepth));
        decode.put(PdfName.COLUMNS, new PdfNumber(width));
        var additional = new PdfDictionary();
        additional.put(PdfName.DECODEPARMS, decode);
        if (colourType == PALETTE) {
            var indexed = new PdfArray();
            indexed.add(PdfName.INDEXED);
            indexed.add(PdfName.DEVICERGB);
            indexed.add(new PdfNumber(palette.length / 3 - 1));
            indexed.add(new PdfString(palette));
            additional.put(PdfName.COLORSPACE, indexed);
        }
        image.setAdditional(additional);
        image.setOriginalType(Image.ORIGINAL_PNG);
        if (transparency != null && colourType != PALETTE) {
            image.setTransparency(colourKey(components));
        }
        return image;
    }

    /** A tRNS chunk of a grey or RGB image names one colour, 16 bits a sample, that is fully transparent. */
    private int[] colourKey(int components) throws BadElementException {
        if (transparency.length < 2 * components) {
            throw new BadElementException("short tRNS chunk");
        }
        int[] key = new int[2 * components];
        for (int k = 0; k < components; k++) {
            int sample = (transparency[2 * k] & 0xFF) << 8 | (transparency[2 * k + 1] & 0xFF);
            key[2 * k] = sample;
            key[2 * k + 1] = sample;
        }
        return key;
    }

    /** A palette image with transparent entries, as 8-bit RGB and a soft mask. */
    private Image expandPalette() throws BadElementException, DataFormatException {
        int stride = (width * bitDepth + 7) / 8;
        byte[] rows = PngRows.unfilter(inflate(height * (1 + stride)), stride, height, 1);
        byte[] colour = new byte[width * height * 3];
        byte[] alpha = new byte[width * height];
        int entries = palette.length / 3;
        int max = (1 << bitDepth) - 1;
        for (int y = 0, p = 0; y < height; y++) {
            for (int x = 0; x < width; x++, p++) {
                int bit = x * bitDepth;
                int index = (rows[y * stride + bit / 8] & 0xFF) >> (8 - bitDepth - bit % 8) & max;
                if (index < entries) {
                    System.arraycopy(palette, 3 * index, colour, 3 * p, 3);
                }
                alpha[p] = index < transparency.length ? transparency[index] : (byte) 0xFF;
            }
        }
        return withMask(deflatedRaw(3, colour), alpha);
    }

    // 16-bit samples keep their high byte: a PDF viewer shows no more than eight bits anyway
    private Image decoded() throws BadElementException, DataFormatException {
        int channels = channels();
        int sampleBytes = bitDepth / 8;
        int pixelBytes = channels * sampleBytes;
        byte[] pixels = PngRows.unfilter(inflate(height * (1 + width * pixelBytes)), width * pixelBytes, height,
                pixelBytes);
        boolean hasAlpha = colourType == GREY_ALPHA || colourType == RGB_ALPHA;
        int colours = hasAlpha ? channels - 1 : channels;
        byte[] colour = new byte[width * height * colours];
        byte[] alpha = hasAlpha ? new byte[width * height] : null;
        int pixelCount = width * height;
        if (sampleBytes == 1 && colours == 3 && hasAlpha) {
            // the common case, eight-bit RGBA, without the general loop's inner loop
            for (int p = 0, i = 0; p < pixelCount; p++, i += 4) {
                colour[3 * p] = pixels[i];
                colour[3 * p + 1] = pixels[i + 1];
                colour[3 * p + 2] = pixels[i + 2];
                alpha[p] = pixels[i + 3];
            }
        } else {
            for (int p = 0, c = 0, i = 0; p < pixelCount; p++) {
                for (int k = 0; k < colours; k++, i += sampleBytes) {
                    colour[c++] = pixels[i];
                }
                if (hasAlpha) {
                    alpha[p] = pixels[i];
                    i += sampleBytes;
                }
            }
        }
        boolean opaque = true;
        if (hasAlpha) {
            for (int p = 0; p < pixelCount && opaque; p++) {
                opaque = alpha[p] == (byte) 0xFF;
            }
        }
        return withMask(deflatedRaw(colours, colour), hasAlpha && !opaque ? alpha : null);
    }

    private Image withMask(Image image, byte[] alpha) throws BadElementException {
        image.setOriginalType(Image.ORIGINAL_PNG);
        if (alpha != null) {
            Image mask = deflatedRaw(1, alpha);
            try {
                mask.makeMask();
                image.setImageMask(mask);
            } catch (DocumentException e) {
                throw new BadElementException(e.getMessage());
            }
        }
        return image;
    }

    // deflated here, on the thread that reads images ahead, rather than by OpenPDF on the drawing thread
    private Image deflatedRaw(int components, byte[] samples) throws BadElementException {
        ImgRaw image = new ImgRaw(width, height, components, 8, Flate.deflated(samples, Flate.DEFAULT_LEVEL));
        image.setDeflated(true);
        return image;
    }

    private byte[] inflate(int size) throws DataFormatException {
        var inflater = new Inflater();
        try {
            inflater.setInput(idat.toByteArray());
            byte[] out = new byte[size];
            int n = 0;
            while (n < size && !inflater.finished()) {
                int got = inflater.inflate(out, n, size - n);
                if (got == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    throw new DataFormatException("PNG data ends early");
                }
                n += got;
            }
            if (n < size) {
                throw new DataFormatException("PNG data ends early");
            }
            return out;
        } finally {
            inflater.end();
        }
    }
}
