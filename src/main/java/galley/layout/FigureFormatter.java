package galley.layout;

import galley.text.Alignment;

import galley.diagnostic.Diagnostics;
import galley.diagnostic.Problem;
import galley.model.Block;
import galley.model.ImageAsset;
import galley.model.ImageFormat;
import galley.model.Inline;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Sets a figure: the image at its real size (from the resolution its file declares) up to the
 * measure, never distorted, with its caption close under it, as one strip. The strip may float to
 * the next page, or shrink by up to a fifth to fit the room left on this one.
 */
final class FigureFormatter {

    /** The least a figure may shrink to stay on its page rather than float. */
    static final float MIN_FIT_SCALE = 0.8f;

    private final BlockFormatter formatter;
    private final BookStyle style;
    private final ImageDensity density;
    /** Below this, photographs print visibly soft. */
    static final float MIN_PRINT_DPI = 150f;

    private final float textHeight;
    private final Diagnostics diagnostics;

    FigureFormatter(BlockFormatter formatter, BookStyle style, ImageDensity density, float textHeight,
                    Diagnostics diagnostics) {
        this.formatter = formatter;
        this.style = style;
        this.density = density;
        this.textHeight = textHeight;
        this.diagnostics = diagnostics;
    }

    Slab figure(Block.Figure figure, BlockFormatter.Frame frame) {
        var captionLines = new SlabList();
        var captionFrame = new BlockFormatter.Frame(frame.x(), frame.width(), style.caption(), style.captionLeading(),
                frame.block());
        formatter.lines(formatter.flattener().flatten(figure.caption(), style.caption()), captionFrame, 0f,
                Alignment.CENTER, captionLines, Map.of());
        List<Slab> caption = captionLines.toList();
        float captionHeight = 0f;
        for (Slab line : caption) {
            captionHeight += line.height();
        }
        float above = frame.leading() * 0.5f;
        float gap = frame.leading() * 0.4f;
        float below = frame.leading() * 0.6f;
        float maxHeight = textHeight * 0.8f - captionHeight - above - gap - below;
        float[] size = placedSize(figure.image(), density.dpi(figure.image()), frame.width(), maxHeight);
        float dpi = printedDpi(figure.image(), size[0]);
        // a drawing prints sharp at any size
        if (dpi < MIN_PRINT_DPI && figure.image().format() != ImageFormat.SVG) {
            Problem.IMAGE_LOW_RESOLUTION.report(diagnostics, figure.source().path(), figure.source().line(),
                    String.format(java.util.Locale.ROOT,
                            "image prints at %.0f dpi at its placed size, below the %.0f dpi print needs: %s",
                            dpi, MIN_PRINT_DPI, figure.image().file().getFileName()));
        }
        float fixed = above + gap + captionHeight + below;
        return new Setting(figure, frame, caption, size, above, gap, below, fixed).at(1f);
    }

    /** The effective resolution of an image printed at its placed width. */
    static float printedDpi(ImageAsset image, float placedWidth) {
        return image.width() / (placedWidth / 72f);
    }

    /** The image's size on the page in points: its real size, scaled down to fit, ratio kept. */
    static float[] placedSize(ImageAsset image, float dpi, float maxWidth, float maxHeight) {
        float w = image.width() * 72f / dpi;
        float h = image.height() * 72f / dpi;
        float scale = Math.min(1f, Math.min(maxWidth / w, Math.max(maxHeight, 1f) / h));
        return new float[]{w * scale, h * scale};
    }

    /** One figure's parts, which can be put together at any scale of the image. */
    private record Setting(Block.Figure figure, BlockFormatter.Frame frame, List<Slab> caption, float[] size,
                           float above, float gap, float below, float fixed) implements Slab.Scalable {

        Slab at(float scale) {
            float w = size[0] * scale;
            float h = size[1] * scale;
            var items = new ArrayList<PageItem>();
            float imageX = frame.x() + (frame.width() - w) / 2f;
            items.add(new PageItem.ImageBox(imageX, -above - h, w, h, figure.image()));
            float y = -above - h - gap;
            var notes = new ArrayList<Inline.NoteRef>();
            for (Slab line : caption) {
                for (PageItem item : line.items()) {
                    items.add(Slab.moved(item, 0f, y));
                }
                notes.addAll(line.notes());
                y -= line.height();
            }
            return new Slab(-(y - below), items, Map.of(figure.id(), 0f), notes, false, false, this, frame.block(), null);
        }

        @Override
        public Slab fittedTo(float room) {
            float scale = (room - fixed) / size[1];
            return scale >= MIN_FIT_SCALE && scale < 1f ? at(scale) : null;
        }
    }
}
