package galley.epub;

import galley.i18n.Word;
import galley.i18n.Words;
import galley.model.ImageAsset;
import galley.model.Metadata;

/** Renders the pages before the first chapter: the cover and the title page. */
final class FrontMatter {

    private final Metadata metadata;
    private final Words words;

    FrontMatter(Metadata metadata, Words words) {
        this.metadata = metadata;
        this.words = words;
    }

    /** The cover page: the cover image alone, described for those who cannot see it. */
    String cover(ImageAsset cover) {
        XmlWriter xml = XhtmlPage.begin(metadata.lang(), words.get(Word.COVER), "frontmatter", "cover");
        xml.start("section", "epub:type", "cover", "class", "cover").newline();
        new InlineRenderer(xml, new Footnotes())
                .image(cover, words.format(Word.COVER_OF, metadata.title()), "cover", "role", "doc-cover");
        xml.newline().end().newline();
        return XhtmlPage.end(xml);
    }

    /** The title page: title, subtitle, authors and publisher. */
    String titlePage() {
        XmlWriter xml = XhtmlPage.begin(metadata.lang(), metadata.title(), "frontmatter", "titlepage");
        xml.start("section", "epub:type", "titlepage", "class", "titlepage", "aria-labelledby", "book-title",
                "dir", XhtmlPage.direction(metadata.language())).newline();
        xml.element("h1", metadata.title(), "id", "book-title", "class", "title").newline();
        metadata.subtitle().ifPresent(s -> xml.element("p", s, "class", "subtitle").newline());
        metadata.collection().ifPresent(c -> xml.element("p", c.line(), "class", "series").newline());
        for (String author : metadata.authors()) {
            xml.element("p", author, "class", "author").newline();
        }
        metadata.publisher().ifPresent(p -> xml.element("p", p, "class", "publisher").newline());
        xml.end().newline();
        return XhtmlPage.end(xml);
    }
}
