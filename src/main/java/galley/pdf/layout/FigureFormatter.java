package galley.pdf.layout;

import galley.model.Block;
import galley.model.ImageAsset;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Sets a figure: the image at its real size (taken at 150 dpi) up to the measure, never distorted,
 * with its caption close under it, as one strip that may float to the next page.
 */
final class FigureFormatter {

    /** The resolution at which an image's pixels are taken to print at their real size. */
    static final float NATURAL_DPI = 150f;

    private FigureFormatter() {
    }

    static Slab figure(Block.Figure figure, BlockFormatter.Frame frame, BlockFormatter formatter, BookStyle style,
                       float textHeight) {
        var captionLines = new SlabList();
        BlockFormatter.Frame captionFrame = new BlockFormatter.Frame(frame.x(), frame.width(), style.caption(),
                style.captionLeading(), frame.block());
        formatter.lines(formatter.flattener().flatten(figure.caption(), style.caption()), captionFrame, 0f,
                Alignment.CENTER, captionLines, Map.of());
        List<Slab> caption = captionLines.toList();
        float captionHeight = caption.stream().map(Slab::height).reduce(0f, Float::sum);

        float above = frame.leading() * 0.5f;
        float gap = frame.leading() * 0.4f;
        float below = frame.leading() * 0.6f;
        float maxHeight = textHeight * 0.8f - captionHeight - above - gap - below;
        float[] size = placedSize(figure.image(), frame.width(), maxHeight);

        var items = new ArrayList<PageItem>();
        float imageX = frame.x() + (frame.width() - size[0]) / 2f;
        float imageTop = -above;
        items.add(new PageItem.ImageBox(imageX, imageTop - size[1], size[0], size[1], figure.image()));
        float y = imageTop - size[1] - gap;
        var notes = new ArrayList<galley.model.Inline.NoteRef>();
        for (Slab line : caption) {
            for (PageItem item : line.items()) {
                items.add(Slab.moved(item, 0f, y));
            }
            notes.addAll(line.notes());
            y -= line.height();
        }
        float height = -(y - below);
        return new Slab(height, items, Map.of(figure.id(), 0f), notes, false, false, true, frame.block(), null);
    }

    /** The image's size on the page in points: its real size, scaled down to fit, ratio kept. */
    static float[] placedSize(ImageAsset image, float maxWidth, float maxHeight) {
        float w = image.width() * 72f / NATURAL_DPI;
        float h = image.height() * 72f / NATURAL_DPI;
        float scale = Math.min(1f, Math.min(maxWidth / w, Math.max(maxHeight, 1f) / h));
        return new float[]{w * scale, h * scale};
    }
}
