package galley.epub;

import io.documentnode.epub4j.domain.TOCReference;
import io.documentnode.epub4j.domain.TableOfContents;

import java.util.List;

/**
 * Renders the EPUB 3 navigation document: the table of contents nested as the headings are, the
 * landmarks (cover, title page, contents, start of the body), and the print edition's page list when there is one,
 * each read from the right in a Hebrew or Arabic book.
 */
final class NavDocument {

    private final String lang;
    private final Labels labels;

    NavDocument(String lang, Labels labels) {
        this.lang = lang;
        this.labels = labels;
    }

    /**
     * The text of {@code nav.xhtml}.
     *
     * @param cover     whether the book has a cover page
     * @param bodyStart the document where the body begins, or null when there is none
     */
    String render(TableOfContents toc, boolean cover, String bodyStart, PageBreaks pages) {
        XmlWriter xml = XhtmlPage.begin(lang, labels.contents(), "frontmatter", "nav");
        xml.start("nav", "epub:type", "toc", "id", "toc", "role", "doc-toc", "aria-labelledby", "toc-title",
                "dir", XhtmlPage.direction(lang)).newline();
        xml.element("h1", labels.contents(), "id", "toc-title").newline();
        entries(toc.getTocReferences(), xml);
        xml.end().newline();

        xml.start("nav", "epub:type", "landmarks", "id", "landmarks", "hidden", "hidden",
                "aria-labelledby", "landmarks-title", "dir", XhtmlPage.direction(lang)).newline();
        xml.element("h2", labels.landmarks(), "id", "landmarks-title").newline();
        xml.start("ol").newline();
        if (cover) {
            landmark("cover", ContentPaths.COVER, labels.cover(), xml);
        }
        landmark("titlepage", ContentPaths.TITLE_PAGE, labels.titlePage(), xml);
        landmark("toc", ContentPaths.reference(ContentPaths.NAV, "toc"), labels.contents(), xml);
        if (bodyStart != null) {
            landmark("bodymatter", ContentPaths.reference(bodyStart, ""), labels.start(), xml);
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
                "aria-labelledby", "page-list-title", "dir", XhtmlPage.direction(lang)).newline();
        xml.element("h2", labels.pages(), "id", "page-list-title").newline();
        xml.start("ol").newline();
        for (PageBreaks.Marker marker : pages.all()) {
            xml.start("li").element("a", marker.folio(), "href", marker.reference()).end().newline();
        }
        xml.end().newline().end().newline();
    }
}
