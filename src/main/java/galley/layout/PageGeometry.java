package galley.layout;

import galley.model.PageSize;

/**
 * Where the text block sits on a page: mirrored margins (the gutter inside, wider margin outside),
 * a top margin smaller than the bottom, and a height that holds a whole number of body lines so
 * that the lines of facing pages share one baseline grid.
 */
public record PageGeometry(float pageWidth, float pageHeight, float inner, float outer, float top, float textWidth,
                    float textHeight) {

    public static PageGeometry of(PageSize size, BookStyle style) {
        float w = size.width();
        float h = size.height();
        float side = w * 0.275f;
        // the measure never grows past about 66 characters, however wide the page
        float textWidth = Math.min(w - side, style.body().size() * 30f);
        if (style.paragraphs().onGrid()) {
            textWidth = (float) Math.floor(textWidth / style.body().size()) * style.body().size();
        }
        float margins = w - textWidth;
        float inner = margins * 0.45f;
        float outer = margins - inner;
        float top = h * 0.078f;
        float bottom = h * 0.111f;
        float lines = (float) Math.floor((h - top - bottom) / style.leading());
        return new PageGeometry(w, h, inner, outer, top, textWidth, lines * style.leading());
    }

    /** The left edge of the text block; right-hand (odd) pages have the gutter on their left. */
    float left(boolean recto) {
        return recto ? inner : outer;
    }

    /** The y of the text block's top edge, in PDF coordinates (origin at the bottom). */
    float textTop() {
        return pageHeight - top;
    }

    float textBottom() {
        return textTop() - textHeight;
    }
}
