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

import galley.assets.CappedInflater;
import galley.assets.PngFile;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Optional;
import java.util.zip.DataFormatException;

import static galley.assets.PngFile.GREY;
import static galley.assets.PngFile.GREY_ALPHA;
import static galley.assets.PngFile.PALETTE;
import static galley.assets.PngFile.RGB;
import static galley.assets.PngFile.RGB_ALPHA;

/**
 * A PNG file made into a PDF image without going through Java's image decoders: a PDF reads a
 * PNG's compressed rows as they are (Flate with the PNG predictors), so grey, RGB and palette
 * images are copied through; images with an alpha channel or 16-bit samples are inflated and
 * split into 8-bit colour and soft mask. Interlaced images and those with a tRNS chunk are left to
 * OpenPDF, which is slower but reads every PNG. Grey samples are drawn as stored, as browsers show
 * them (Java's decoder takes them for linear grey and lightens them).
 */
final class PngEmbedding {

    private final PngFile.Header header;
    private final int width;
    private final int height;
    private final int bitDepth;
    private final int colourType;
    private final boolean interlaced;
    private final byte[] palette;
    private final byte[] transparency;
    private final byte[] idat;

    private PngEmbedding(PngFile png, byte[] idat) {
        this.header = png.header();
        this.width = header.width();
        this.height = header.height();
        this.bitDepth = header.bitDepth();
        this.colourType = header.colourType();
        this.interlaced = header.interlaced();
        this.palette = png.palette().orElse(null);
        this.transparency = png.transparency().orElse(null);
        this.idat = idat;
    }

    /** The image for {@code png}, or empty when this PNG needs OpenPDF's own reader. */
    static Optional<Image> of(byte[] png) throws DataFormatException {
        var idat = new ByteArrayOutputStream();
        PngEmbedding reader;
        try {
            reader = new PngEmbedding(PngFile.read(new ByteArrayInputStream(png), (bytes, n) -> idat.write(bytes, 0, n)), idat.toByteArray());
        } catch (IOException e) {
            // the loader has refused every PNG the chunk reader cannot take; OpenPDF says why
            return Optional.empty();
        }
        if (reader.interlaced) {
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

    private Image passThrough() throws BadElementException {
        int components = colourType == RGB ? 3 : 1;
        ImgRaw image = new ImgRaw(width, height, components, bitDepth, idat);
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
        int channels = header.channels();
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
        return CappedInflater.exactly(idat, size);
    }
}
