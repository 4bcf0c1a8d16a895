package galley.cover;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.font.TextAttribute;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Sets a cover's words on a page of a given pixel size: the title as large as it can be while
 * it fits in a few even lines, the subtitle under it, the author line at the foot.
 */
final class CoverComposer {

    /** The context every cover is measured in: antialiased, with fractional advances. */
    static final FontRenderContext FRC = new FontRenderContext(null, true, true);

    private static final int MAX_TITLE_LINES = 6;
    private static final float SHRINK = 0.96f;
    // the cap height of Liberation Serif is about 0.66 em; setting the first baseline this far
    // below the block's top puts the tops of the capitals on it
    private static final float CAP_HEIGHT = 0.66f;

    private final int width;
    private final int height;
    private final float margin;

    CoverComposer(int width, int height) {
        this.width = width;
        this.height = height;
        this.margin = 0.1f * width;
    }

    CoverLayout compose(CoverText text) {
        float measure = width - 2 * margin;
        float accentTop = 0.14f * height;
        float titleTop = accentTop + 0.045f * height;

        List<SetLine> author = authorLines(text.authorLine(), measure);
        float authorRule = author.isEmpty() ? -1 : author.get(0).baseline() - 0.075f * width;
        float bottomLimit = author.isEmpty() ? 0.8f * height : authorRule - 0.06f * height;
        // a short title may grow large, a long one shrinks until it fits a few lines
        float titleLimit = Math.min(bottomLimit, titleTop + 0.3f * height);

        List<SetLine> lines = new ArrayList<>();
        float minSize = Math.max(8f, 0.02f * width);
        for (float size = 0.13f * width; ; size *= SHRINK) {
            lines.clear();
            float bottom = setTitle(text, measure, titleTop, size, lines);
            boolean fits = lines.size() <= MAX_TITLE_LINES && bottom <= bottomLimit
                    && lastBaseline(lines, SetLine.Part.TITLE) <= titleLimit;
            if (fits || size * SHRINK < minSize) {
                break;
            }
        }
        lines.addAll(author);
        return new CoverLayout(width, height, margin, width - margin, accentTop, authorRule, lines);
    }

    private static float lastBaseline(List<SetLine> lines, SetLine.Part part) {
        float last = 0;
        for (SetLine line : lines) {
            if (line.part() == part) {
                last = line.baseline();
            }
        }
        return last;
    }

    // sets title and subtitle at one title size; answers the lowest baseline used
    private float setTitle(CoverText text, float measure, float top, float size, List<SetLine> out) {
        Font titleFont = LiberationFace.SERIF.at(size);
        float baseline = top + CAP_HEIGHT * size;
        float leading = 1.1f * size;
        for (String line : new LineWrapper(titleFont, FRC).wrap(text.title(), measure)) {
            out.add(new SetLine(SetLine.Part.TITLE, line, titleFont, margin, baseline));
            baseline += leading;
        }
        baseline -= leading;
        if (text.subtitle().isEmpty()) {
            return baseline;
        }
        float subtitleSize = Math.max(0.035f * width, Math.min(0.05f * width, 0.45f * size));
        Font subtitleFont = LiberationFace.SERIF_ITALIC.at(subtitleSize);
        baseline += 0.5f * size + 1.4f * subtitleSize;
        for (String line : new LineWrapper(subtitleFont, FRC).wrap(text.subtitle(), measure)) {
            out.add(new SetLine(SetLine.Part.SUBTITLE, line, subtitleFont, margin, baseline));
            baseline += 1.3f * subtitleSize;
        }
        return baseline - 1.3f * subtitleSize;
    }

    // the author line sits on a fixed baseline at the foot; a long one grows upwards
    private List<SetLine> authorLines(String authorLine, float measure) {
        if (authorLine.isEmpty()) {
            return List.of();
        }
        float size = 0.032f * width;
        Font font = LiberationFace.SANS.at(size).deriveFont(Map.of(TextAttribute.TRACKING, 0.08f));
        List<String> wrapped = new LineWrapper(font, FRC).wrap(authorLine, measure);
        float leading = 1.35f * size;
        float baseline = 0.9f * height - (wrapped.size() - 1) * leading;
        List<SetLine> lines = new ArrayList<>();
        for (String line : wrapped) {
            lines.add(new SetLine(SetLine.Part.AUTHOR, line, font, margin, baseline));
            baseline += leading;
        }
        return lines;
    }
}
