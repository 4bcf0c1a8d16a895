package galley.layout;

import galley.text.LinkDestination;
import galley.text.TextStyle;

import galley.model.ImageAsset;

/**
 * Something drawn at a fixed place on a laid-out page. Coordinates are PDF points with the origin
 * at the page's bottom-left corner and y growing upwards.
 */
public sealed interface PageItem {

    /** A run of text in one style whose baseline starts at (x, baseline). */
    record TextRun(float x, float baseline, String text, TextStyle style, Tone tone) implements PageItem {
    }

    /** An image scaled into the box whose lower-left corner is (x, y). */
    record ImageBox(float x, float y, float width, float height, ImageAsset image) implements PageItem {
    }

    /** A straight line, such as the rule above footnotes (grey) or through struck text (black, as the text). */
    record Rule(float x1, float y1, float x2, float y2, float thickness, Tone tone) implements PageItem {

        /** A grey rule, as rules between parts of the page are. */
        public Rule(float x1, float y1, float x2, float y2, float thickness) {
            this(x1, y1, x2, y2, thickness, Tone.GREY);
        }
    }

    /** A clickable area that leads to {@code target}. */
    record LinkArea(float x, float y, float width, float height, LinkDestination target) implements PageItem {
    }

    /** The grey levels text may take: body black, and a softer grey for running heads and rules. */
    enum Tone { BLACK, GREY }
}
