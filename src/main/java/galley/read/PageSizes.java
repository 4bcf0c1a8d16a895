package galley.read;

import galley.model.PageSize;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads a trim size as book.yaml writes it: a named size or {@code WxH} in mm or in. */
public final class PageSizes {

    private static final float POINTS_PER_INCH = 72f;
    private static final float POINTS_PER_MM = 72f / 25.4f;
    private static final Pattern SIZE = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*[x×]\\s*(\\d+(?:\\.\\d+)?)\\s*(mm|in)");
    private static final float MIN_SIDE = 2 * POINTS_PER_INCH;
    private static final float MAX_SIDE = 50 * POINTS_PER_INCH;

    private PageSizes() {
    }

    /** The size in points, or empty when {@code text} names none (or one too small or too large to print). */
    public static Optional<PageSize> parse(String text) {
        String size = text.trim().toLowerCase(Locale.ROOT);
        switch (size) {
            case "a4":
                return Optional.of(mm(210, 297));
            case "a5":
                return Optional.of(mm(148, 210));
            case "letter":
                return Optional.of(new PageSize(8.5f * POINTS_PER_INCH, 11f * POINTS_PER_INCH));
            default:
                break;
        }
        Matcher m = SIZE.matcher(size);
        if (!m.matches()) {
            return Optional.empty();
        }
        float unit = m.group(3).equals("mm") ? POINTS_PER_MM : POINTS_PER_INCH;
        float width = Float.parseFloat(m.group(1)) * unit;
        float height = Float.parseFloat(m.group(2)) * unit;
        if (width < MIN_SIDE || height < MIN_SIDE || width > MAX_SIDE || height > MAX_SIDE) {
            return Optional.empty();
        }
        return Optional.of(new PageSize(width, height));
    }

    private static PageSize mm(float width, float height) {
        return new PageSize(width * POINTS_PER_MM, height * POINTS_PER_MM);
    }
}
