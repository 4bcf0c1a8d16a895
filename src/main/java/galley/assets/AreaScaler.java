package galley.assets;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.util.Arrays;

/**
 * Scales an image down by giving each target pixel the average of the source area it covers,
 * weighted by how much of each source pixel falls inside. Works on premultiplied ARGB so that
 * transparent pixels do not darken the edges around them; pure arithmetic, so the same image always
 * gives the same pixels. The EPUB's scaled images and the download page's cover both use it.
 */
public final class AreaScaler {

    private static final int BAND = 64;

    private AreaScaler() {
    }

    /** {@code image} at {@code width} × {@code height}, at most its own size; {@code alpha} keeps transparency. */
    public static BufferedImage scale(BufferedImage image, int width, int height, boolean alpha) {
        int sw = image.getWidth();
        int sh = image.getHeight();
        if (width > sw || height > sh || width < 1 || height < 1) {
            throw new IllegalArgumentException("can only scale " + sw + "x" + sh + " down, not to " + width + "x" + height);
        }
        // rows first: every source row shrinks to the target width, then the rows merge to the target height.
        // One small method per row, called thousands of times, is compiled early; one long loop would run interpreted.
        // Source rows come a band at a time and a shrunk row is kept only while a target row needs it,
        // so memory grows with the width alone, however tall the picture.
        Axis across = new Axis(sw, width);
        Axis down = new Axis(sh, height);
        var source = new Band(image);
        var out = new BufferedImage(width, height, alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        int[] line = new int[width];
        double[] sums = new double[4 * width];
        double[] shrunk = new double[4 * width];
        int shrunkRow = -1;
        for (int y = 0; y < height; y++) {
            Arrays.fill(sums, 0);
            for (int k = down.first[y]; k <= down.last[y]; k++) {
                // consecutive target rows share at most one source row: the last one shrunk
                if (k != shrunkRow) {
                    shrinkRow(source.pixels, source.load(k), across, shrunk, 0);
                    shrunkRow = k;
                }
                addRow(shrunk, down.weight(y, k), sums);
            }
            for (int x = 0; x < width; x++) {
                int at = 4 * x;
                line[x] = alpha ? pixel(sums[at], sums[at + 1], sums[at + 2], sums[at + 3])
                        : pixelOnWhite(sums[at], sums[at + 1], sums[at + 2], sums[at + 3]);
            }
            out.setRGB(0, y, width, 1, line, 0, width);
        }
        return out;
    }

    /** The source's rows as int ARGB, converted a band of rows at a time. */
    private static final class Band {
        final int[] pixels;
        private final BufferedImage image;
        private final BufferedImage band;
        private int top = -1;

        Band(BufferedImage image) {
            this.image = image;
            this.band = new BufferedImage(image.getWidth(), Math.min(BAND, image.getHeight()), BufferedImage.TYPE_INT_ARGB);
            this.pixels = ((DataBufferInt) band.getRaster().getDataBuffer()).getData();
        }

        /** Makes source row {@code y} available in {@link #pixels}; where it starts there. */
        int load(int y) {
            if (top < 0 || y < top || y >= top + band.getHeight()) {
                top = Math.min(y, image.getHeight() - band.getHeight());
                // Java2D's blit to int ARGB is many times faster than BufferedImage.getRGB and gives the same values
                // drawn over transparent black, as onto a new image, so translucent pixels blend alike
                Arrays.fill(pixels, 0);
                Graphics2D g = band.createGraphics();
                try {
                    g.drawImage(image, 0, -top, null);
                } finally {
                    g.dispose();
                }
            }
            return (y - top) * image.getWidth();
        }
    }

    private static void shrinkRow(int[] argb, int from, Axis axis, double[] out, int to) {
        for (int x = 0; x < axis.first.length; x++) {
            double a = 0, r = 0, g = 0, b = 0;
            double[] weights = axis.weights[x];
            int first = axis.first[x];
            for (int k = first; k <= axis.last[x]; k++) {
                int p = argb[from + k];
                double pa = (p >>> 24) * weights[k - first];
                a += pa;
                r += ((p >> 16) & 0xFF) * pa;
                g += ((p >> 8) & 0xFF) * pa;
                b += (p & 0xFF) * pa;
            }
            int at = to + 4 * x;
            out[at] = a;
            out[at + 1] = r;
            out[at + 2] = g;
            out[at + 3] = b;
        }
    }

    private static void addRow(double[] row, double w, double[] sums) {
        for (int i = 0; i < sums.length; i++) {
            sums[i] += row[i] * w;
        }
    }

    private static int pixel(double a, double r, double g, double b) {
        if (a <= 0) {
            return 0;
        }
        return channel(a) << 24 | channel(r / a) << 16 | channel(g / a) << 8 | channel(b / a);
    }

    // an opaque target shows white where the source was transparent, as a page behind it would
    private static int pixelOnWhite(double a, double r, double g, double b) {
        double white = 255 - a;
        return 0xFF000000 | channel((r + white * 255) / 255) << 16 | channel((g + white * 255) / 255) << 8
                | channel((b + white * 255) / 255);
    }

    private static int channel(double value) {
        return (int) Math.max(0, Math.min(255, Math.round(value)));
    }

    /** Which source pixels each target pixel along one axis covers, and how much of each. */
    private static final class Axis {
        final int[] first;
        final int[] last;
        private final double ratio;

        final double[][] weights;

        Axis(int source, int target) {
            ratio = (double) source / target;
            first = new int[target];
            last = new int[target];
            weights = new double[target][];
            for (int i = 0; i < target; i++) {
                first[i] = (int) Math.floor(i * ratio);
                last[i] = Math.min(source - 1, (int) Math.ceil((i + 1) * ratio) - 1);
                // worked out once, not once a row: the same figures, so the same pixels
                weights[i] = new double[last[i] - first[i] + 1];
                for (int k = first[i]; k <= last[i]; k++) {
                    double overlap = Math.min(k + 1, (i + 1) * ratio) - Math.max(k, i * ratio);
                    weights[i][k - first[i]] = Math.max(0, overlap) / ratio;
                }
            }
        }

        /** The share of source pixel {@code k} in target pixel {@code i}; the shares of a target pixel sum to 1. */
        double weight(int i, int k) {
            return weights[i][k - first[i]];
        }
    }
}
