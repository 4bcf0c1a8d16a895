package galley.text;

import galley.model.ImageAsset;
import galley.model.Inline;

/**
 * A piece of inline text in a single style, the unit the line breaker works with; or a picture set
 * inside the line: an icon as tall as the text's capitals and descenders, a larger picture at its
 * own height.
 *
 * @param rise   baseline shift in points (positive raises superscripts)
 * @param link   where the text leads when clicked, or null
 * @param anchor a named place that starts at this fragment, or null
 * @param note   the footnote whose reference this fragment is, or null
 * @param breakAfterForced true for a hard line break after this fragment
 * @param image  the picture this fragment sets in place of text, or null
 * @param struck the text is struck through (Markdown's ~~deleted~~)
 * @param rule   where lines may break inside the text: prose, or code and addresses that are never hyphenated
 * @param underlined the text is underlined (pandoc's {@code [text]{.underline}})
 * @param language the language tag of text written in another language than the paragraph's, or null
 * @param height the height in points of a picture that is no icon, or 0 for the type's body
 */
public record Fragment(String text, TextStyle style, float rise, LinkDestination link, String anchor,
                Inline.NoteRef note, boolean breakAfterForced, ImageAsset image, boolean struck, BreakRule rule,
                boolean underlined, String language, float height) {

    public Fragment(String text, TextStyle style, float rise, LinkDestination link, String anchor,
                    Inline.NoteRef note, boolean breakAfterForced, ImageAsset image, boolean struck, BreakRule rule) {
        this(text, style, rise, link, anchor, note, breakAfterForced, image, struck, rule, false, null, 0f);
    }

    /** The one character that stands for an inline picture in the text the line breaker reads. */
    public static final String PICTURE = "\uFFFC";

    public Fragment(String text, TextStyle style, float rise, LinkDestination link, String anchor, Inline.NoteRef note,
             boolean breakAfterForced) {
        this(text, style, rise, link, anchor, note, breakAfterForced, null, false, BreakRule.PROSE, false, null, 0f);
    }

    public static Fragment text(String text, TextStyle style) {
        return new Fragment(text, style, 0f, null, null, null, false);
    }

    /** An icon, set at the height of the type. */
    public static Fragment picture(ImageAsset image, TextStyle style, float rise, LinkDestination link) {
        return picture(image, 0f, style, rise, link);
    }

    /** A picture {@code height} points high, its width in proportion; at 0, an icon. */
    public static Fragment picture(ImageAsset image, float height, TextStyle style, float rise, LinkDestination link) {
        return new Fragment(PICTURE, style, rise, link, null, null, false, image, false, BreakRule.PROSE, false, null, height);
    }

    public Fragment withText(String newText) {
        return new Fragment(newText, style, rise, link, anchor, note, breakAfterForced, image, struck, rule, underlined, language, height);
    }

    public Fragment withoutMarks() {
        return new Fragment(text, style, rise, link, null, null, false, image, struck, rule, underlined, language, height);
    }

    public Fragment withAnchor(String newAnchor) {
        return new Fragment(text, style, rise, link, newAnchor, note, breakAfterForced, image, struck, rule, underlined, language, height);
    }

    public Fragment withStrike() {
        return new Fragment(text, style, rise, link, anchor, note, breakAfterForced, image, true, rule, underlined, language, height);
    }

    public Fragment withRule(BreakRule newRule) {
        return new Fragment(text, style, rise, link, anchor, note, breakAfterForced, image, struck, newRule, underlined, language, height);
    }

    public Fragment withUnderline() {
        return new Fragment(text, style, rise, link, anchor, note, breakAfterForced, image, struck, rule, true, language, height);
    }

    /** This text in {@code tag}'s language, unless it already has a language of its own. */
    public Fragment inLanguage(String tag) {
        return language != null ? this : new Fragment(text, style, rise, link, anchor, note, breakAfterForced, image,
                struck, rule, underlined, tag, height);
    }

    public Fragment withStyle(TextStyle newStyle) {
        return new Fragment(text, newStyle, rise, link, anchor, note, breakAfterForced, image, struck, rule, underlined, language, height);
    }

    /**
     * The height of an inline picture: an icon's is the body of the type, so that it never crowds
     * the lines around it; a larger picture's its own.
     */
    public float pictureHeight() {
        return height > 0f ? height : style.size();
    }

    /** The width of an inline picture at {@link #pictureHeight()}, its proportions kept, at most {@code max}. */
    public float pictureWidth(float max) {
        float width = pictureHeight() * image.width() / Math.max(1, image.height());
        return Math.min(width, max);
    }
}
