package galley.layout;

import galley.model.Language;
import galley.model.PageSize;
import galley.text.TextStyle;

/**
 * The type sizes and spacing of the print edition, chosen from the page size the way a book
 * designer would: 10.5/14 on a trade page, a step larger on A4 and letter.
 *
 * @param leading    baseline-to-baseline distance of body text, the unit of vertical rhythm
 * @param indent     the unit of indentation: a paragraph's first line in a Western book, and the
 *                   steps of quotations, lists and the contents
 * @param paragraphs how the chapter's paragraphs begin
 */
public record BookStyle(
        TextStyle body,
        float leading,
        float indent,
        Paragraphs paragraphs,
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

    /**
     * How a chapter's paragraphs are set. A Western book indents a paragraph that follows another
     * and sets the first after a heading or figure flush. A Chinese or Japanese book sets its
     * characters on a grid: the measure holds a whole number of them, so that a line of
     * ideographs fills it with no space added, and every paragraph is indented by whole
     * characters, one in Japanese, two in Chinese.
     *
     * @param firstIndent    the first line's indent
     * @param everyParagraph whether the first paragraph after a heading or figure is indented too
     * @param onGrid         whether the measure is a whole number of the body's ems
     */
    record Paragraphs(float firstIndent, boolean everyParagraph, boolean onGrid) {
    }

    /** The style of a book in the Western manner, as {@link #forPage(PageSize, Language)} for English. */
    public static BookStyle forPage(PageSize size) {
        return forPage(size, Language.ENGLISH);
    }

    /** The style for a page size and a book's language, which decides how paragraphs begin. */
    public static BookStyle forPage(PageSize size, Language language) {
        // pages wider than a royal octavo get a larger body so the measure stays near 66 characters
        float body = size.width() > 470f ? 11.5f : size.width() < 380f ? 9.5f : 10.5f;
        float leading = Math.round(body * 1.333f * 2f) / 2f;
        TextStyle serif = new TextStyle(TextStyle.Face.SERIF, false, false, body);
        Paragraphs paragraphs = switch (language.primary()) {
            case "ja" -> new Paragraphs(body, true, true);
            case "zh" -> new Paragraphs(body * 2f, true, true);
            default -> new Paragraphs(body * 1.2f, false, false);
        };
        return new BookStyle(
                serif,
                leading,
                body * 1.2f,
                paragraphs,
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
