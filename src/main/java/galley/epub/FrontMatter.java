package galley.epub;

import galley.model.ImageAsset;
import galley.model.Metadata;

/** Renders the pages before the first chapter: the cover and the title page. */
final class FrontMatter {

    private final Metadata metadata;
    private final Labels labels;

    FrontMatter(Metadata metadata, Labels labels) {
        this.metadata = metadata;
        this.labels = labels;
    }

    /** The cover page: the cover image alone, described for those who cannot see it. */
    String cover(ImageAsset cover) {
        XmlWriter xml = XhtmlPage.begin(metadata.lang(), labels.cover(), "frontmatter", "cover");
        xml.start("section", "epub:type", "cover", "class", "cover").newline();
        new InlineRenderer(xml, new Footnotes())
                .image(cover, String.format(labels.coverOf(), metadata.title()), "cover", "role", "doc-cover");
        xml.newline().end().newline();
        return XhtmlPage.end(xml);
    }

    /** The title page: title, subtitle, authors and publisher. */
    String titlePage() {
        XmlWriter xml = XhtmlPage.begin(metadata.lang(), metadata.title(), "frontmatter", "titlepage");
        xml.start("section", "epub:type", "titlepage", "class", "titlepage", "aria-labelledby", "book-title",
                "dir", XhtmlPage.direction(metadata.lang())).newline();
        xml.element("h1", metadata.title(), "id", "book-title", "class", "title").newline();
        metadata.subtitle().ifPresent(s -> xml.element("p", s, "class", "subtitle").newline());
        for (String author : metadata.authors()) {
            xml.element("p", author, "class", "author").newline();
        }
        metadata.publisher().ifPresent(p -> xml.element("p", p, "class", "publisher").newline());
        xml.end().newline();
        return XhtmlPage.end(xml);
    }
}
