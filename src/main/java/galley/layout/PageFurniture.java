package galley.layout;

import galley.text.TextMeasure;
import galley.text.TextStyle;
import galley.text.VisualOrder;

import java.util.ArrayList;
import java.util.List;

/**
 * The running head and the folio of a page: both centred on the text block, the head in small
 * italic in the top margin, the folio in the foot, where it stands the same way on every page.
 */
final class PageFurniture {

    private final PageGeometry geometry;
    private final BookStyle style;
    private final TextMeasure measure;

    PageFurniture(PageGeometry geometry, BookStyle style, TextMeasure measure) {
        this.geometry = geometry;
        this.style = style;
        this.measure = measure;
    }

    /** The head (or null for none) and the folio (or null) of a page, placed for its side. */
    List<PageItem> items(boolean recto, String head, String folio) {
        var items = new ArrayList<PageItem>();
        float left = geometry.left(recto);
        float width = geometry.textWidth();
        if (head != null && !head.isBlank()) {
            TextStyle hs = style.runningHead();
            String text = VisualOrder.text(fitted(head.strip(), hs, width * 0.85f));
            float x = left + (width - measure.width(text, hs)) / 2f;
            float baseline = geometry.textTop() + geometry.top() * 0.42f;
            items.add(new PageItem.TextRun(x, baseline, text, hs, PageItem.Tone.GREY));
        }
        if (folio != null) {
            TextStyle fs = style.folio();
            float x = left + (width - measure.width(folio, fs)) / 2f;
            float baseline = geometry.textBottom() * 0.52f;
            items.add(new PageItem.TextRun(x, baseline, folio, fs, PageItem.Tone.BLACK));
        }
        return items;
    }

    /** {@code text} cut at a word and ended with an ellipsis when it is wider than {@code max}. */
    private String fitted(String text, TextStyle hs, float max) {
        if (measure.width(text, hs) <= max) {
            return text;
        }
        // the longest prefix that fits, found by bisection: cutting a word at a time and measuring
        // again was quadratic, minutes for a heading of a million characters
        int fits = 1;
        int tooLong = text.length();
        while (tooLong - fits > 1) {
            int mid = (fits + tooLong) >>> 1;
            if (measure.width(text.substring(0, mid) + "\u2026", hs) <= max) {
                fits = mid;
            } else {
                tooLong = mid;
            }
        }
        if (Character.isHighSurrogate(text.charAt(fits - 1)) && fits > 1) {
            fits--;
        }
        int space = text.lastIndexOf(' ', fits);
        String cut = space > 0 ? text.substring(0, space) : text.substring(0, fits);
        return cut.strip() + "\u2026";
    }
}
