package galley.site;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;

/**
 * Scales an image down by giving each target pixel the average of the source area it covers,
 * weighted by how much of each source pixel falls inside. Works on premultiplied ARGB so that
 * transparent pixels do not darken the edges around them; pure arithmetic, so the same image always
 * gives the same pixels.
 */
final class AreaScaler {

    private AreaScaler() {
    }

    /** {@code image} at {@code width} × {@code height}, at most its own size; {@code alpha} keeps transparency. */
    static BufferedImage scale(BufferedImage image, int width, int height, boolean alpha) {
        int sw = image.getWidth();
        int sh = image.getHeight();
        if (width > sw || height > sh || width < 1 || height < 1) {
            throw new IllegalArgumentException("can only scale " + sw + "x" + sh + " down, not to " + width + "x" + height);
        }
        int[] argb = argb(image);
        // rows first: every source row shrinks to the target width, then the rows merge to the target height.
        // One small method per row, called thousands of times, is compiled early; one long loop would run interpreted.
        Axis across = new Axis(sw, width);
        double[] rows = new double[4 * width * sh];
        for (int y = 0; y < sh; y++) {
            shrinkRow(argb, y * sw, across, rows, 4 * y * width);
        }
        Axis down = new Axis(sh, height);
        var out = new BufferedImage(width, height, alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        int[] line = new int[width];
        double[] sums = new double[4 * width];
        for (int y = 0; y < height; y++) {
            mergeRows(rows, width, down, y, sums);
            for (int x = 0; x < width; x++) {
                int at = 4 * x;
                line[x] = alpha ? pixel(sums[at], sums[at + 1], sums[at + 2], sums[at + 3])
                        : pixelOnWhite(sums[at], sums[at + 1], sums[at + 2], sums[at + 3]);
            }
            out.setRGB(0, y, width, 1, line, 0, width);
        }
        return out;
    }

    // Java2D's blit to int ARGB is many times faster than BufferedImage.getRGB and gives the same values
    private static int[] argb(BufferedImage image) {
        var copy = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = copy.createGraphics();
        try {
            g.drawImage(image, 0, 0, null);
        } finally {
            g.dispose();
        }
        return ((DataBufferInt) copy.getRaster().getDataBuffer()).getData();
    }

    private static void shrinkRow(int[] argb, int from, Axis axis, double[] out, int to) {
        for (int x = 0; x < axis.first.length; x++) {
            double a = 0, r = 0, g = 0, b = 0;
            for (int k = axis.first[x]; k <= axis.last[x]; k++) {
                int p = argb[from + k];
                double pa = (p >>> 24) * axis.weight(x, k);
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

    private static void mergeRows(double[] rows, int width, Axis axis, int y, double[] sums) {
        java.util.Arrays.fill(sums, 0);
        for (int k = axis.first[y]; k <= axis.last[y]; k++) {
            double w = axis.weight(y, k);
            int row = 4 * k * width;
            for (int i = 0; i < sums.length; i++) {
                sums[i] += rows[row + i] * w;
            }
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

        Axis(int source, int target) {
            ratio = (double) source / target;
            first = new int[target];
            last = new int[target];
            for (int i = 0; i < target; i++) {
                first[i] = (int) Math.floor(i * ratio);
                last[i] = Math.min(source - 1, (int) Math.ceil((i + 1) * ratio) - 1);
            }
        }

        /** The share of source pixel {@code k} in target pixel {@code i}; the shares of a target pixel sum to 1. */
        double weight(int i, int k) {
            double overlap = Math.min(k + 1, (i + 1) * ratio) - Math.max(k, i * ratio);
            return Math.max(0, overlap) / ratio;
        }
    }
}
