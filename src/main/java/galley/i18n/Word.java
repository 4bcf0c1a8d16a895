package galley.i18n;

import galley.model.Admonition;

import java.util.Locale;

/** A word or phrase Galley sets itself in a book's language; those with {@code %s} are formatted. */
public enum Word {
    /** Heading of the table of contents, in the PDF and the EPUB's navigation. */
    CONTENTS,
    /** Heading of the EPUB's landmarks. */
    LANDMARKS,
    /** Heading of the EPUB's page list. */
    PAGES,
    /** The cover: the EPUB's landmark and the PDF's label of its first page. */
    COVER,
    /** The PDF's label of the cover's blank back. */
    INSIDE_COVER,
    /** The EPUB's landmark of the title page. */
    TITLE_PAGE,
    /** The EPUB's landmark where the body begins. */
    START,
    /** Alt text of the cover image, with {@code %s} for the title. */
    COVER_OF,
    /** Label of a footnote's link back to its reference, with {@code %s} for its number. */
    BACK_TO_NOTE,
    /** How the EPUB's {@code dc:source} names the print edition, with {@code %s} for the title. */
    PRINT_EDITION,
    /**
     * The PDF imprint's line on the edition, with {@code %s} for its date, which may be a year, a month
     * or a day, so the words must suit all three.
     */
    EDITION,
    /**
     * The word that joins the last two of several authors; Hebrew's and Arabic's is a letter prefixed
     * to the last name. Chinese, Japanese and Korean list names with a comma instead, without it.
     */
    AND,
    /** The label of an admonition of class {@code note}, set above its text. */
    NOTE,
    /** The label of an admonition of class {@code tip}. */
    TIP,
    /** The label of an admonition of class {@code warning}. */
    WARNING,
    /** The label of an admonition of class {@code caution}. */
    CAUTION,
    /** The label of an admonition of class {@code important}. */
    IMPORTANT;

    /** The label set above an admonition of {@code kind}. */
    public static Word label(Admonition kind) {
        return switch (kind) {
            case NOTE -> NOTE;
            case TIP -> TIP;
            case WARNING -> WARNING;
            case CAUTION -> CAUTION;
            case IMPORTANT -> IMPORTANT;
        };
    }

    /** The word's key in the language files: {@code title-page} for {@link #TITLE_PAGE}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
