package galley.assets;

import java.util.Locale;
import java.util.Optional;

/**
 * An SVG drawing's intrinsic size in CSS pixels (96 to the inch), from its root's {@code width} and
 * {@code height} in any absolute unit, else from its {@code viewBox}, as a browser sizes an
 * {@code <img>} of it; bounded as raster images are, so that a drawing never claims a page or a
 * raster copy of absurd size.
 */
final class SvgSize {

    // CSS pixels per unit; em and ex take the initial font size of 16 px, as a browser does for an image
    private static final String[] UNITS = {"px", "pt", "pc", "mm", "cm", "in", "em", "ex", "q"};
    private static final double[] PIXELS = {1, 96.0 / 72, 16, 96 / 25.4, 96 / 2.54, 96, 16, 8, 96 / 101.6};
    private static final double MAX_VIEW_BOX = 1e7;

    private SvgSize() {
    }

    /** The size in pixels, {@code {width, height}}, from the root's attributes (each may be null). */
    static double[] of(String width, String height, String viewBox) throws ImageException {
        Optional<double[]> box = viewBox(viewBox);
        Optional<Double> w = length(width, "width");
        Optional<Double> h = length(height, "height");
        double[] size;
        if (w.isPresent() && h.isPresent()) {
            size = new double[] {w.get(), h.get()};
        } else if (box.isPresent()) {
            double ratio = box.get()[3] / box.get()[2];
            size = w.map(x -> new double[] {x, x * ratio})
                    .or(() -> h.map(y -> new double[] {y / ratio, y}))
                    .orElse(new double[] {box.get()[2], box.get()[3]});
        } else {
            throw ImageException.invalid("SVG image has no size: give its root width and height, or a viewBox");
        }
        if (!(size[0] >= 0.5 && size[1] >= 0.5)) {
            throw ImageException.invalid("SVG image has no area: " + Math.round(size[0]) + " x " + Math.round(size[1])
                    + " pixels");
        }
        if (ImageChecker.tooLarge((long) Math.ceil(size[0]), (long) Math.ceil(size[1]))) {
            throw ImageException.tooLarge(String.format(Locale.ROOT,
                    "SVG image is too large: %.0f x %.0f pixels at 96 dpi (the limit is 100 megapixels and %d pixels a side)",
                    size[0], size[1], ImageChecker.MAX_SIDE));
        }
        return size;
    }

    /** A length in pixels; empty when absent, a percentage or {@code auto}, which leave the size to the viewBox. */
    static Optional<Double> length(String value, String name) throws ImageException {
        if (value == null || value.isBlank() || value.strip().equals("auto") || value.strip().endsWith("%")) {
            return Optional.empty();
        }
        String text = value.strip().toLowerCase(Locale.ROOT);
        double factor = 1;
        for (int i = 0; i < UNITS.length; i++) {
            if (text.endsWith(UNITS[i])) {
                factor = PIXELS[i];
                text = text.substring(0, text.length() - UNITS[i].length()).strip();
                break;
            }
        }
        double number = number(text, "SVG image has an unreadable " + name + ": " + value);
        return Optional.of(number * factor);
    }

    private static Optional<double[]> viewBox(String value) throws ImageException {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String[] parts = value.strip().split("[\\s,]+");
        if (parts.length != 4) {
            throw ImageException.invalid("SVG image has an unreadable viewBox: " + shortened(value));
        }
        double[] box = new double[4];
        for (int i = 0; i < 4; i++) {
            box[i] = number(parts[i], "SVG image has an unreadable viewBox: " + shortened(value));
            if (Math.abs(box[i]) > MAX_VIEW_BOX) {
                throw ImageException.tooLarge("SVG image's viewBox is too large: " + shortened(value)
                        + " (the limit is 10,000,000 units each way)");
            }
        }
        if (!(box[2] > 0 && box[3] > 0)) {
            throw ImageException.invalid("SVG image's viewBox has no area: " + shortened(value));
        }
        return Optional.of(box);
    }

    private static double number(String text, String complaint) throws ImageException {
        try {
            double number = Double.parseDouble(text);
            if (Double.isFinite(number) && !text.contains("x") && !text.contains("X")) {
                return number;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw ImageException.invalid(shortened(complaint));
    }

    private static String shortened(String text) {
        return text.length() > 80 ? text.substring(0, 77) + "..." : text;
    }
}
