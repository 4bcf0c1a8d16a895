package galley.pdf.layout;

import galley.model.PageSize;

/**
 * The type sizes and spacing of the print edition, chosen from the page size the way a book
 * designer would: 10.5/14 on a trade page, a step larger on A4 and letter.
 *
 * @param leading baseline-to-baseline distance of body text, the unit of vertical rhythm
 */
record BookStyle(
        TextStyle body,
        float leading,
        float indent,
        TextStyle chapterTitle,
        TextStyle section,
        TextStyle subsection,
        TextStyle minorHeading,
        TextStyle caption,
        float captionLeading,
        TextStyle code,
        float codeLeading,
        TextStyle note,
        float noteLeading,
        TextStyle runningHead,
        TextStyle folio) {

    static BookStyle forPage(PageSize size) {
        // pages wider than a royal octavo get a larger body so the measure stays near 66 characters
        float body = size.width() > 470f ? 11.5f : size.width() < 380f ? 9.5f : 10.5f;
        float leading = Math.round(body * 1.333f * 2f) / 2f;
        TextStyle serif = new TextStyle(TextStyle.Face.SERIF, false, false, body);
        return new BookStyle(
                serif,
                leading,
                body * 1.2f,
                serif.withSize(body * 2.1f),
                serif.withSize(body * 1.3f).withBold(true),
                serif.withBold(true).withItalic(true),
                serif.withItalic(true),
                serif.withSize(body - 1.5f).withItalic(true),
                (body - 1.5f) * 1.3f,
                new TextStyle(TextStyle.Face.MONO, false, false, body * 0.85f),
                body * 0.85f * 1.3f,
                serif.withSize(body - 2f),
                (body - 2f) * 1.3f,
                serif.withSize(body - 2f).withItalic(true),
                serif.withSize(body - 1.5f));
    }

    TextStyle heading(int level) {
        return switch (level) {
            case 1 -> chapterTitle;
            case 2 -> section;
            case 3 -> subsection;
            default -> minorHeading;
        };
    }
}
