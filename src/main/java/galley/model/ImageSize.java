package galley.model;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The size an author asked an image to be set at, as pandoc reads {@code {width=50%}} and HTML
 * reads {@code width="400"}: a width, a height, both or neither. The image's proportions are always
 * kept: where both are given, the width decides.
 */
public record ImageSize(Optional<Length> width, Optional<Length> height) {

    /** No size asked for: the image's own. */
    public static final ImageSize NATURAL = new ImageSize(Optional.empty(), Optional.empty());

    /**
     * An image whose set size is at most this many CSS pixels in both dimensions is an icon, set
     * at the height of the type in running text: about one and a half lines of body text.
     */
    public static final double ICON_LIMIT_PX = 32;

    /** A unit pandoc accepts on an image's width or height. */
    public enum Unit {
        PX("px", 0.75), PT("pt", 1), IN("in", 72), CM("cm", 72 / 2.54), MM("mm", 72 / 25.4), PERCENT("%", 0);

        private final String css;
        private final double points;

        Unit(String css, double points) {
            this.css = css;
            this.points = points;
        }
    }

    /** A length: a positive number and its unit. */
    public record Length(double value, Unit unit) {

        private static final Pattern FORM = Pattern.compile("(\\d+(?:\\.\\d*)?|\\.\\d+)\\s*(px|pt|in|inch|cm|mm|%)?");

        /**
         * The length {@code text} spells, pandoc's way: a number with no unit is pixels; units px,
         * pt, in (or inch), cm, mm and %. Empty for anything else, zero, or a size past any page.
         */
        public static Optional<Length> parse(String text) {
            Matcher m = FORM.matcher(text.strip().toLowerCase(Locale.ROOT));
            if (!m.matches()) {
                return Optional.empty();
            }
            double value = Double.parseDouble(m.group(1));
            String unit = m.group(2) == null ? "px" : m.group(2).equals("inch") ? "in" : m.group(2);
            Unit found = Unit.PX;
            for (Unit u : Unit.values()) {
                if (u.css.equals(unit)) {
                    found = u;
                }
            }
            var length = new Length(value, found);
            // 10,000 points is over three metres: no page holds it, and the number would print oddly
            boolean sensible = value > 0 && (found == Unit.PERCENT ? value <= 1000 : length.points(0) <= 10_000);
            return sensible ? Optional.of(length) : Optional.empty();
        }

        /** The length in points; a percentage is of {@code whole}. */
        public double points(double whole) {
            return unit == Unit.PERCENT ? whole * value / 100 : value * unit.points;
        }

        public boolean isPercentage() {
            return unit == Unit.PERCENT;
        }

        /** The length as CSS writes it, with at most two decimals, e.g. {@code 50%} or {@code 2.5in}. */
        public String css() {
            String number = String.format(Locale.ROOT, "%.2f", value).replaceAll("\\.?0+$", "");
            return number + unit.css;
        }
    }

    public boolean isNatural() {
        return width.isEmpty() && height.isEmpty();
    }

    /**
     * The size in points asked for, before any fitting, the proportions of {@code image} kept: the
     * length given (a percentage of {@code width} or {@code height}), or else its own pixels at
     * {@code dpi}.
     */
    public float[] wanted(ImageAsset image, float dpi, float width, float height) {
        float ratio = (float) Math.max(1, image.height()) / Math.max(1, image.width());
        if (this.width.isPresent()) {
            float w = (float) this.width.get().points(width);
            return new float[]{w, w * ratio};
        }
        if (this.height.isPresent()) {
            float h = (float) this.height.get().points(height);
            return new float[]{h / ratio, h};
        }
        return new float[]{image.width() * 72f / dpi, image.height() * 72f / dpi};
    }

    /**
     * Whether {@code image} at this size is an icon, set at the type's height inside a line: at
     * most {@link #ICON_LIMIT_PX} in both dimensions, in CSS pixels. A percentage is of the text,
     * so never an icon.
     */
    public boolean isIcon(ImageAsset image) {
        if (width.map(Length::isPercentage).orElse(false) || width.isEmpty() && height.map(Length::isPercentage).orElse(false)) {
            return false;
        }
        float[] points = wanted(image, 96f, 0, 0);
        double limit = ICON_LIMIT_PX * Unit.PX.points;
        return points[0] <= limit && points[1] <= limit;
    }
}
