package galley.text;

import galley.model.ImageAsset;
import galley.model.Inline;

/**
 * A piece of inline text in a single style, the unit the line breaker works with; or a picture set
 * inside the line, as tall as the text's capitals and descenders.
 *
 * @param rise   baseline shift in points (positive raises superscripts)
 * @param link   where the text leads when clicked, or null
 * @param anchor a named place that starts at this fragment, or null
 * @param note   the footnote whose reference this fragment is, or null
 * @param breakAfterForced true for a hard line break after this fragment
 * @param image  the picture this fragment sets in place of text, or null
 * @param struck the text is struck through (Markdown's ~~deleted~~)
 * @param rule   where lines may break inside the text: prose, or code and addresses that are never hyphenated
 */
public record Fragment(String text, TextStyle style, float rise, LinkDestination link, String anchor,
                Inline.NoteRef note, boolean breakAfterForced, ImageAsset image, boolean struck, BreakRule rule) {

    /** The one character that stands for an inline picture in the text the line breaker reads. */
    public static final String PICTURE = "\uFFFC";

    public Fragment(String text, TextStyle style, float rise, LinkDestination link, String anchor, Inline.NoteRef note,
             boolean breakAfterForced) {
        this(text, style, rise, link, anchor, note, breakAfterForced, null, false, BreakRule.PROSE);
    }

    public static Fragment text(String text, TextStyle style) {
        return new Fragment(text, style, 0f, null, null, null, false);
    }

    public static Fragment picture(ImageAsset image, TextStyle style, float rise, LinkDestination link) {
        return new Fragment(PICTURE, style, rise, link, null, null, false, image, false, BreakRule.PROSE);
    }

    public Fragment withText(String newText) {
        return new Fragment(newText, style, rise, link, anchor, note, breakAfterForced, image, struck, rule);
    }

    public Fragment withoutMarks() {
        return new Fragment(text, style, rise, link, null, null, false, image, struck, rule);
    }

    public Fragment withAnchor(String newAnchor) {
        return new Fragment(text, style, rise, link, newAnchor, note, breakAfterForced, image, struck, rule);
    }

    public Fragment withStrike() {
        return new Fragment(text, style, rise, link, anchor, note, breakAfterForced, image, true, rule);
    }

    public Fragment withRule(BreakRule newRule) {
        return new Fragment(text, style, rise, link, anchor, note, breakAfterForced, image, struck, newRule);
    }

    /** The height of an inline picture: the body of the type, so that it never crowds the lines around it. */
    public float pictureHeight() {
        return style.size();
    }

    /** The width of an inline picture at {@link #pictureHeight()}, its proportions kept, at most {@code max}. */
    public float pictureWidth(float max) {
        float width = pictureHeight() * image.width() / Math.max(1, image.height());
        return Math.min(width, max);
    }
}
