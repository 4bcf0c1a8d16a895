package galley.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A block of a chapter's content, with the manuscript place it comes from. */
public sealed interface Block {

    Source source();

    /** A heading of level 1 to 6; {@code id} is unique across the book. */
    record Heading(int level, String id, List<Inline> content, List<String> classes, Source source) implements Block {
        public Heading {
            content = List.copyOf(content);
            classes = List.copyOf(classes);
        }

        /** Whether the heading is left out of the contents ({@code {.unlisted}}), as pandoc leaves it out. */
        public boolean unlisted() {
            return classes.contains("unlisted");
        }

        /** Whether the chapter opening with {@code blocks} has an opening heading that is left out of the contents. */
        public static boolean opensUnlisted(List<Block> blocks) {
            return !blocks.isEmpty() && blocks.get(0) instanceof Heading h && h.level() == 1 && h.unlisted();
        }
    }

    /** A paragraph of running text. */
    record Paragraph(List<Inline> content, Source source) implements Block {
        public Paragraph {
            content = List.copyOf(content);
        }
    }

    /**
     * An image standing alone with a caption under it.
     *
     * @param id      anchor of the figure, unique in the book
     * @param alt     the alternative text describing the image (may be empty)
     * @param caption the caption, the image's title if it has one, else its alt text
     * @param size    the size the author asked for, or {@link ImageSize#NATURAL}
     */
    record Figure(String id, ImageAsset image, String alt, List<Inline> caption, ImageSize size, Source source)
            implements Block {
        public Figure {
            caption = List.copyOf(caption);
        }

        /** A figure at the image's own size. */
        public Figure(String id, ImageAsset image, String alt, List<Inline> caption, Source source) {
            this(id, image, alt, caption, ImageSize.NATURAL, source);
        }
    }

    /** A quotation set off from the text. */
    record BlockQuote(List<Block> blocks, Source source) implements Block {
        public BlockQuote {
            blocks = List.copyOf(blocks);
        }
    }

    /** A bulleted or numbered list; {@code start} is the first number of an ordered list. */
    record ListBlock(boolean ordered, int start, boolean tight, List<ListItem> items, Source source) implements Block {
        public ListBlock {
            items = List.copyOf(items);
        }
    }

    /** One item of a list; {@code checked} is present for a task-list item. */
    record ListItem(List<Block> blocks, Optional<Boolean> checked) {
        public ListItem {
            blocks = List.copyOf(blocks);
        }
    }

    /** Preformatted code; {@code language} is the info string's first word, or empty. */
    record CodeBlock(String language, String text, Source source) implements Block {
    }

    /** A scene break or thematic break. */
    record ThematicBreak(Source source) implements Block {
    }

    /**
     * Verse, or any text whose line breaks are the author's (pandoc's {@code | line}): each line its
     * inlines, leading spaces kept as no-break spaces, an empty line a break between stanzas.
     */
    record LineBlock(List<List<Inline>> lines, Source source) implements Block {
        public LineBlock {
            lines = lines.stream().map(List::copyOf).toList();
        }
    }

    /** A page break ({@code \newpage} or {@code \pagebreak} alone on a line): a new page in print, nothing in the EPUB. */
    record PageBreak(Source source) implements Block {
    }

    /**
     * A table with header rows, body rows and one alignment per column.
     *
     * @param widths  each column's share of the text width (pandoc's multiline and grid tables, or a
     *                {@code width} attribute), summing to at most 1; empty where the columns are sized by content
     * @param caption the caption set above the table in both editions; empty for none
     * @param id      the table's anchor, unique in the book; empty for none
     */
    record Table(List<Alignment> alignments, List<Float> widths, List<TableRow> header, List<TableRow> body,
                 List<Inline> caption, String id, Source source) implements Block {
        public Table {
            alignments = List.copyOf(alignments);
            widths = List.copyOf(widths);
            header = List.copyOf(header);
            body = List.copyOf(body);
            caption = List.copyOf(caption);
        }

        /** A table without caption, id or column widths. */
        public Table(List<Alignment> alignments, List<TableRow> header, List<TableRow> body, Source source) {
            this(alignments, List.of(), header, body, List.of(), "", source);
        }

        public int columns() {
            return alignments.size();
        }
    }

    /** Horizontal alignment of a table column. */
    enum Alignment { DEFAULT, LEFT, CENTER, RIGHT }

    /** A row of table cells, one per column. */
    record TableRow(List<TableCell> cells) {
        public TableRow {
            cells = List.copyOf(cells);
        }

        /** A row whose cells are runs of text, each one paragraph from {@code source}. */
        public static TableRow ofText(List<List<Inline>> cells, Source source) {
            return new TableRow(cells.stream().map(c -> TableCell.of(c, source)).toList());
        }
    }

    /** A table cell: a run of text (one paragraph) or, in a pandoc grid table, any blocks. */
    record TableCell(List<Block> blocks) {
        public TableCell {
            blocks = List.copyOf(blocks);
        }

        /** A cell holding {@code content} as one paragraph, or nothing when it is empty. */
        public static TableCell of(List<Inline> content, Source source) {
            return new TableCell(content.isEmpty() ? List.of() : List.of(new Paragraph(content, source)));
        }

        /** The cell's text when it is empty or one paragraph, which both editions set as a run of text. */
        public Optional<List<Inline>> inlines() {
            if (blocks.isEmpty()) {
                return java.util.Optional.of(List.of());
            }
            return blocks.size() == 1 && blocks.get(0) instanceof Paragraph p
                    ? java.util.Optional.of(p.content()) : java.util.Optional.empty();
        }
    }

    /** A list of terms, each with one or more definitions. */
    record DefinitionList(List<Definition> items, Source source) implements Block {
        public DefinitionList {
            items = List.copyOf(items);
        }
    }

    /** A term and its definitions. */
    record Definition(List<Inline> term, List<List<Block>> definitions) {
        public Definition {
            term = List.copyOf(term);
            definitions = definitions.stream().map(List::copyOf).toList();
        }
    }

    /**
     * A fenced div ({@code ::: {#id .class lang=fr dir=rtl}}) or any other group of blocks with attributes.
     *
     * @param id         the anchor of the division, unique in the book, or "" when it has none
     * @param classes    its classes in the order written, such as {@code warning}
     * @param attributes its other attributes in the order written, {@code lang} and {@code dir} among them
     */
    record Division(String id, List<String> classes, Map<String, String> attributes, List<Block> blocks, Source source)
            implements Block {
        public Division {
            id = id == null ? "" : id;
            classes = List.copyOf(classes);
            attributes = Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
            blocks = List.copyOf(blocks);
        }

        /** The language the division declares with {@code lang}, or "" when it declares none. */
        public String lang() {
            return attributes.getOrDefault("lang", "").strip();
        }

        /** Whether the division declares {@code dir=rtl}. */
        public boolean declaresRightToLeft() {
            return "rtl".equalsIgnoreCase(attributes.getOrDefault("dir", "").strip());
        }

        /** Whether the division declares {@code dir=ltr}. */
        public boolean declaresLeftToRight() {
            return "ltr".equalsIgnoreCase(attributes.getOrDefault("dir", "").strip());
        }
    }
}
