package galley.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A piece of text inside a block: plain, styled, code, a link, an image, a break, a note or a span. */
public sealed interface Inline {

    /** Plain text, already with the language's typographic quotes and dashes. */
    record Text(String text) implements Inline {
    }

    /** Text in a style; styles nest. */
    record Styled(Style style, List<Inline> content) implements Inline {
        public Styled {
            content = List.copyOf(content);
        }
    }

    /** The typographic styles an inline run can carry. */
    enum Style { EMPHASIS, STRONG, STRIKETHROUGH, SUPERSCRIPT, SUBSCRIPT }

    /** Inline code, set in the monospace face. */
    record Code(String text) implements Inline {
    }

    /** A link to somewhere outside or inside the book. */
    record Link(LinkTarget target, List<Inline> content) implements Inline {
        public Link {
            content = List.copyOf(content);
        }
    }

    /** An image inside a line of text; {@code title} is the author's advisory title, or empty. */
    record Image(ImageAsset image, String alt, String title) implements Inline {

        /** An image with no title. */
        public Image(ImageAsset image, String alt) {
            this(image, alt, "");
        }
    }

    /** A hard line break. */
    record LineBreak() implements Inline {
    }

    /**
     * A footnote reference carrying the note itself, so that the print layout can set the note at
     * the foot of the page on which the reference falls.
     *
     * @param number the note's number, counted per chapter from 1
     * @param id     anchor of the note, unique in the book; the reference's anchor is {@code id + "-ref"}
     */
    record NoteRef(int number, String id, List<Block> note) implements Inline {
        public NoteRef {
            note = List.copyOf(note);
        }
    }

    /**
     * A run of inlines carrying attributes, pandoc's bracketed span {@code [text]{#id .class key=val}},
     * or an empty anchor when the content is empty.
     *
     * @param id         the anchor links can lead to, "" when none
     * @param classes    the classes in source order, such as {@code smallcaps} and {@code underline}
     * @param attributes the other attributes in source order, {@code lang} and {@code dir} among them
     */
    record Span(String id, List<String> classes, Map<String, String> attributes, List<Inline> content) implements Inline {
        public Span {
            id = id == null ? "" : id;
            classes = List.copyOf(classes);
            attributes = Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
            content = List.copyOf(content);
        }

        /** An empty span that only marks a place links can lead to. */
        public static Span anchor(String id) {
            return new Span(id, List.of(), Map.of(), List.of());
        }

        public boolean hasClass(String name) {
            return classes.contains(name);
        }

        /** The language the content is written in, if the span names one ({@code lang=fr}). */
        public Optional<String> language() {
            return Optional.ofNullable(attributes.get("lang")).filter(lang -> !lang.isBlank());
        }
    }
}
