package galley.pdf.layout;

import galley.model.Inline;

/**
 * A piece of inline text in a single style, the unit the line breaker works with.
 *
 * @param rise   baseline shift in points (positive raises superscripts)
 * @param link   where the text leads when clicked, or null
 * @param anchor a named place that starts at this fragment, or null
 * @param note   the footnote whose reference this fragment is, or null
 * @param breakAfterForced true for a hard line break after this fragment
 */
record Fragment(String text, TextStyle style, float rise, LinkDestination link, String anchor,
                Inline.NoteRef note, boolean breakAfterForced) {

    static Fragment text(String text, TextStyle style) {
        return new Fragment(text, style, 0f, null, null, null, false);
    }

    Fragment withText(String newText) {
        return new Fragment(newText, style, rise, link, anchor, note, breakAfterForced);
    }

    Fragment withoutMarks() {
        return new Fragment(text, style, rise, link, null, null, false);
    }
}
