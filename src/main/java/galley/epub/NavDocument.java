package galley.epub;

import galley.i18n.Word;
import galley.i18n.Words;
import galley.model.Language;
import io.documentnode.epub4j.domain.TOCReference;
import galley.i18n.Word;
import galley.i18n.Words;
import galley.model.Language;
import io.documentnode.epub4j.domain.TableOfContents;

import java.util.List;
import java.util.Optional;

/**
 * Renders the EPUB 3 navigation document: the table of contents nested as the headings are, the
 * landmarks (cover, title page, contents, start of the body), and the print edition's page list when there is one,
 * each read from the right in a Hebrew or Arabic book.
 */
final class NavDocument {

    private final Language language;
    private final Words words;
    private final String contents;

    NavDocument(Language language, Words words) {
        this(language, words, Optional.empty());
    }

    /** The navigation of a book whose contents are headed {@code tocTitle} (book.yaml's {@code toc-title}), else the word of its language. */
    NavDocument(Language language, Words words, Optional<String> tocTitle) {
        this.language = language;
        this.words = words;
        this.contents = tocTitle.orElseGet(() -> words.get(Word.CONTENTS));
    }

    /**
     * The text of {@code nav.xhtml}.
     *
     * @param cover     whether the book has a cover page
     * @param bodyStart the document where the body begins, or null when there is none
     */
    String render(TableOfContents toc, boolean cover, String bodyStart, PageBreaks pages) {
        XmlWriter xml = XhtmlPage.begin(language.tag(), contents, "frontmatter", "nav");
        xml.start("nav", "epub:type", "toc", "id", "toc", "role", "doc-toc", "aria-labelledby", "toc-title",
                "dir", XhtmlPage.direction(language)).newline();
        xml.element("h1", contents, "id", "toc-title").newline();
        entries(toc.getTocReferences(), xml);
        xml.end().newline();

        xml.start("nav", "epub:type", "landmarks", "id", "landmarks", "hidden", "hidden",
                "aria-labelledby", "landmarks-title", "dir", XhtmlPage.direction(language)).newline();
        xml.element("h2", words.get(Word.LANDMARKS), "id", "landmarks-title").newline();
        xml.start("ol").newline();
        if (cover) {
            landmark("cover", ContentPaths.COVER, words.get(Word.COVER), xml);
        }
        landmark("titlepage", ContentPaths.TITLE_PAGE, words.get(Word.TITLE_PAGE), xml);
        landmark("toc", ContentPaths.reference(ContentPaths.NAV, "toc"), contents, xml);
        if (bodyStart != null) {
            landmark("bodymatter", ContentPaths.reference(bodyStart, ""), words.get(Word.START), xml);
        }
        xml.end().newline().end().newline();

        if (!pages.isEmpty()) {
            pageList(pages, xml);
        }
        return XhtmlPage.end(xml);
    }

    private void entries(List<TOCReference> references, XmlWriter xml) {
        xml.start("ol").newline();
        for (TOCReference reference : references) {
            xml.start("li");
            xml.element("a", reference.getTitle(), "href",
                    ContentPaths.reference(reference.getResource().getHref(), reference.getFragmentId()));
            if (!reference.getChildren().isEmpty()) {
                xml.newline();
                entries(reference.getChildren(), xml);
            }
            xml.end().newline();
        }
        xml.end().newline();
    }

    private static void landmark(String type, String href, String label, XmlWriter xml) {
        xml.start("li").element("a", label, "epub:type", type, "href", href).end().newline();
    }

    private void pageList(PageBreaks pages, XmlWriter xml) {
        xml.start("nav", "epub:type", "page-list", "id", "page-list", "role", "doc-pagelist", "hidden", "hidden",
                "aria-labelledby", "page-list-title", "dir", XhtmlPage.direction(language)).newline();
        xml.element("h2", words.get(Word.PAGES), "id", "page-list-title").newline();
        xml.start("ol").newline();
        for (PageBreaks.Marker marker : pages.all()) {
            xml.start("li").element("a", marker.folio(), "href", marker.reference()).end().newline();
        }
        xml.end().newline().end().newline();
    }
}
