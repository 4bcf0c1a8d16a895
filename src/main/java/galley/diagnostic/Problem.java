package galley.diagnostic;

/**
 * Every kind of problem Galley reports, each with its stable code (documented in docs/diagnostics.md)
 * and severity: the manuscript reader's, the command line's, the glyph and resolution checks of the
 * print edition, the EPUB's and the download page's. Every diagnostic is made here.
 */
public enum Problem {
    BOOK_YAML_MISSING("book-yaml-missing", Severity.ERROR),
    YAML_SYNTAX("yaml-syntax", Severity.ERROR),
    YAML_TOO_COMPLEX("yaml-too-complex", Severity.ERROR),
    YAML_INVALID("yaml-invalid", Severity.ERROR),
    YAML_DUPLICATE_KEY("yaml-duplicate-key", Severity.ERROR),
    YAML_UNKNOWN_KEY("yaml-unknown-key", Severity.WARNING),
    METADATA_CHARACTER_REMOVED("metadata-character-removed", Severity.WARNING),
    TITLE_MISSING("title-missing", Severity.ERROR),
    CHAPTER_MISSING("chapter-missing", Severity.ERROR),
    CHAPTER_OUTSIDE_BOOK("chapter-outside-book", Severity.ERROR),
    CHAPTER_DUPLICATE("chapter-duplicate", Severity.WARNING),
    CHAPTER_UNLISTED("chapter-unlisted", Severity.WARNING),
    CHAPTER_EMPTY("chapter-empty", Severity.WARNING),
    MANUSCRIPT_EMPTY("manuscript-empty", Severity.ERROR),
    LAYOUT_READ("layout-read", Severity.NOTE),
    LAYOUT_INVALID("layout-invalid", Severity.ERROR),
    TITLE_FROM_FOLDER("title-from-folder", Severity.NOTE),
    CHAPTER_DRAFT("chapter-draft", Severity.NOTE),
    FILE_NOT_LISTED("file-not-listed", Severity.NOTE),
    LAYOUT_MARKER("layout-marker", Severity.NOTE),
    INCLUDE_OUTSIDE_BOOK("include-outside-book", Severity.ERROR),
    INCLUDE_MISSING("include-missing", Severity.ERROR),
    INCLUDE_TOO_DEEP("include-too-deep", Severity.ERROR),
    FILE_OUTSIDE_BOOK("file-outside-book", Severity.ERROR),
    FILE_UNREADABLE("file-unreadable", Severity.ERROR),
    FILE_TOO_LARGE("file-too-large", Severity.ERROR),
    BOOK_TOO_LARGE("book-too-large", Severity.ERROR),
    ENCODING_INVALID("encoding-invalid", Severity.ERROR),
    CONTROL_CHARACTER("control-character", Severity.WARNING),
    BLOCK_TOO_LONG("block-too-long", Severity.ERROR),
    NESTING_TOO_DEEP("nesting-too-deep", Severity.ERROR),
    MARKDOWN_UNREADABLE("markdown-unreadable", Severity.ERROR),
    HEADING_ID_INVALID("heading-id-invalid", Severity.WARNING),
    ATTRIBUTE_IGNORED("attribute-ignored", Severity.WARNING),
    TABLE_AS_TEXT("table-as-text", Severity.WARNING),
    IMAGE_REMOTE("image-remote", Severity.WARNING),
    IMAGE_OUTSIDE_BOOK("image-outside-book", Severity.ERROR),
    IMAGE_MISSING("image-missing", Severity.ERROR),
    IMAGE_UNSUPPORTED("image-unsupported", Severity.ERROR),
    IMAGE_UNREADABLE("image-unreadable", Severity.ERROR),
    IMAGE_TOO_LARGE("image-too-large", Severity.ERROR),
    IMAGE_UNSAFE("image-unsafe", Severity.ERROR),
    IMAGE_SVG_CLEANED("image-svg-cleaned", Severity.WARNING),
    IMAGE_ALT_MISSING("image-alt-missing", Severity.WARNING),
    IMAGE_SIZE_INVALID("image-size-invalid", Severity.WARNING),
    IMAGE_SET_SMALL("image-set-small", Severity.WARNING),
    COVER_AMBIGUOUS("cover-ambiguous", Severity.ERROR),
    FOOTNOTE_UNDEFINED("footnote-undefined", Severity.ERROR),
    FOOTNOTE_RECURSIVE("footnote-recursive", Severity.ERROR),
    FOOTNOTE_UNUSED("footnote-unused", Severity.WARNING),
    LINK_NOT_FOUND("link-not-found", Severity.WARNING),
    LINK_OUTSIDE_BOOK("link-outside-book", Severity.WARNING),
    LINK_UNSAFE("link-unsafe", Severity.WARNING),
    LINK_INVALID("link-invalid", Severity.WARNING),
    HTML_REMOVED("html-removed", Severity.WARNING),
    HTML_AS_TEXT("html-as-text", Severity.WARNING),
    RAW_BLOCK_DROPPED("raw-block-dropped", Severity.WARNING),
    EXAMPLE_LABEL_UNDEFINED("example-label-undefined", Severity.WARNING),
    TITLE_BLOCK_OVERRIDDEN("title-block-overridden", Severity.NOTE),
    TITLE_BLOCK_DATE_INVALID("title-block-date-invalid", Severity.WARNING),
    SOURCE_DATE_EPOCH_INVALID("source-date-epoch-invalid", Severity.WARNING),
    BOOK_FOLDER_MISSING("book-folder-missing", Severity.ERROR),
    GLYPH_MISSING("glyph-missing", Severity.WARNING),
    IMAGE_LOW_RESOLUTION("image-low-resolution", Severity.WARNING),
    EPUB_TOO_LARGE("epub-too-large", Severity.WARNING),
    COVER_TOO_SMALL("cover-too-small", Severity.WARNING),
    EPUB_DATE_FORMAT("epub-date-format", Severity.WARNING),
    SITE_COVER_UNREADABLE("site-cover-unreadable", Severity.WARNING);

    private static final int MAX_MESSAGE = 400;

    private final String code;
    private final Severity severity;

    Problem(String code, Severity severity) {
        this.code = code;
        this.severity = severity;
    }

    /** The stable code, such as {@code image-missing}. */
    public String code() {
        return code;
    }

    public Severity severity() {
        return severity;
    }

    /** Adds the problem to {@code diagnostics}, as {@link #at} makes it. */
    public void report(Diagnostics diagnostics, String path, int line, String message) {
        diagnostics.add(at(path, line, message));
    }

    /** Adds the problem to {@code diagnostics} at {@code severity}, for a problem whose weight the book chooses (book.yaml's {@code links}). */
    public void report(Diagnostics diagnostics, Severity severity, String path, int line, String message) {
        Diagnostic made = at(path, line, message);
        diagnostics.add(new Diagnostic(severity, made.code(), made.path(), made.line(), made.message()));
    }

    /** The problem at a place; the message is kept to one line of reasonable length, whatever the manuscript quoted in it. */
    public Diagnostic at(String path, int line, String message) {
        String oneLine = message.replaceAll("[\\r\\n\\t\\x00-\\x1F]", " ");
        String shortened = oneLine.length() > MAX_MESSAGE ? oneLine.substring(0, MAX_MESSAGE - 3) + "..." : oneLine;
        return new Diagnostic(severity, code, path, Math.max(1, line), shortened);
    }
}
