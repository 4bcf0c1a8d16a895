package galley.epub;

import galley.model.ImageAsset;
import galley.model.Inline;
import galley.model.LinkTarget;

import java.util.List;

/** Writes runs of inlines (text, styles, code, links, images, breaks, note references, spans) as XHTML. */
final class InlineRenderer {

    private final XmlWriter xml;
    private final Footnotes notes;

    InlineRenderer(XmlWriter xml, Footnotes notes) {
        this.xml = xml;
        this.notes = notes;
    }

    void render(List<Inline> inlines) {
        for (Inline inline : inlines) {
            render(inline);
        }
    }

    private void render(Inline inline) {
        if (inline instanceof Inline.Text t) {
            xml.text(t.text());
        } else if (inline instanceof Inline.Styled s) {
            xml.start(elementFor(s.style()));
            render(s.content());
            xml.end();
        } else if (inline instanceof Inline.Code c) {
            xml.element("code", c.text());
        } else if (inline instanceof Inline.Link l) {
            xml.start("a", "href", href(l.target()));
            render(l.content());
            xml.end();
        } else if (inline instanceof Inline.Image i) {
            if (i.title().isEmpty()) {
                image(i.image(), i.alt(), "inline");
            } else {
                image(i.image(), i.alt(), "inline", "title", i.title());
            }
        } else if (inline instanceof Inline.LineBreak) {
            xml.empty("br");
        } else if (inline instanceof Inline.Span s) {
            span(s);
        } else if (inline instanceof Inline.NoteRef n) {
            xml.start("sup", "class", "noteref");
            xml.element("a", Integer.toString(n.number()), "epub:type", "noteref", "role", "doc-noteref",
                    "href", ContentPaths.reference("", n.id()), "id", notes.reference(n));
            xml.end();
        }
    }

    private void span(Inline.Span s) {
        String lang = s.language().orElse(null);
        xml.start("span", "id", s.id().isEmpty() ? null : s.id(),
                "class", s.classes().isEmpty() ? null : String.join(" ", s.classes()),
                "lang", lang, "xml:lang", lang, "dir", direction(s.attributes().get("dir")));
        render(s.content());
        xml.end();
    }

    // HTML knows three directions; any other value would make the document invalid
    private static String direction(String dir) {
        return dir != null && (dir.equals("ltr") || dir.equals("rtl") || dir.equals("auto")) ? dir : null;
    }

    /** Writes an {@code <img>} of {@code image}; an image without a description gets an empty alt. */
    void image(ImageAsset image, String alt, String cssClass, String... extraAttributes) {
        String[] attributes = {"src", ContentPaths.reference(image.href(), ""), "alt", alt == null ? "" : alt,
                "class", cssClass};
        String[] all = java.util.Arrays.copyOf(attributes, attributes.length + extraAttributes.length);
        System.arraycopy(extraAttributes, 0, all, attributes.length, extraAttributes.length);
        xml.empty("img", all);
    }

    private static String href(LinkTarget target) {
        if (target instanceof LinkTarget.Internal internal) {
            return ContentPaths.reference(internal);
        }
        return ContentPaths.external(((LinkTarget.External) target).uri());
    }

    private static String elementFor(Inline.Style style) {
        return switch (style) {
            case EMPHASIS -> "em";
            case STRONG -> "strong";
            case STRIKETHROUGH -> "del";
            case SUPERSCRIPT -> "sup";
            case SUBSCRIPT -> "sub";
        };
    }
}
