package galley.model;

import java.util.List;

/** A piece of text inside a block: plain, styled, code, a link, an image, a break or a note. */
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

    /** An image inside a line of text, at the size the author asked for or its own. */
    record Image(ImageAsset image, String alt, ImageSize size) implements Inline {

        /** An image at its own size. */
        public Image(ImageAsset image, String alt) {
            this(image, alt, ImageSize.NATURAL);
        }

        /** Whether it is an icon, set at the height of the type: see {@link ImageSize#isIcon}. */
        public boolean isIcon() {
            return size.isIcon(image);
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
}
