package galley.book;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDNamedDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A PDF as Apache PDFBox reads it back, gathered in one pass: each page's label, text and glyph
 * boxes, its link annotations with where they lead, and the outline.
 */
final class PrintedBook {

    /** A glyph as drawn: its left edge, advance, baseline and font. */
    record Glyph(float x, float width, float y, String font, String text) {
    }

    /** A link annotation: its rectangle, the text under it, and a web address or a page and anchor in the file. */
    record LinkBox(Rectangle2D area, String text, String uri, int page, String anchor) {
    }

    /** A picture as drawn: the box it fills on the page, and its size in pixels. */
    record Picture(Rectangle2D area, int pixelWidth, int pixelHeight) {
    }

    /** One page as read back. */
    record PrintedPage(int index, String label, String text, List<Glyph> glyphs, List<LinkBox> links,
                       List<Picture> pictures) {
    }

    /** An outline entry with the page it leads to. */
    record Bookmark(String title, int page, List<Bookmark> children) {
    }

    private final List<PrintedPage> pages;
    private final List<Bookmark> outline;

    private PrintedBook(List<PrintedPage> pages, List<Bookmark> outline) {
        this.pages = List.copyOf(pages);
        this.outline = List.copyOf(outline);
    }

    static PrintedBook read(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            String[] labels = doc.getDocumentCatalog().getPageLabels().getLabelsByPageIndices();
            var stripper = new GlyphStripper(doc.getNumberOfPages());
            String all = stripper.getText(doc);
            String[] texts = all.split("\f", -1);
            var pages = new ArrayList<PrintedPage>();
            for (int i = 0; i < doc.getNumberOfPages(); i++) {
                PDPage page = doc.getPage(i);
                pages.add(new PrintedPage(i, labels[i], texts[i], stripper.glyphs.get(i),
                        links(doc, page, stripper.glyphs.get(i)), PictureFinder.pictures(page)));
            }
            return new PrintedBook(pages, bookmarks(doc, doc.getDocumentCatalog().getDocumentOutline()));
        }
    }

    List<PrintedPage> pages() {
        return pages;
    }

    PrintedPage page(int index) {
        return pages.get(index);
    }

    List<Bookmark> outline() {
        return outline;
    }

    // the text under a link is the glyphs whose middle and baseline lie inside its rectangle
    private static List<LinkBox> links(PDDocument doc, PDPage page, List<Glyph> glyphs) throws IOException {
        var links = new ArrayList<LinkBox>();
        for (PDAnnotation annotation : page.getAnnotations()) {
            if (!(annotation instanceof PDAnnotationLink link)) {
                continue;
            }
            PDRectangle r = link.getRectangle();
            var rect = new Rectangle2D.Float(r.getLowerLeftX(), r.getLowerLeftY(), r.getWidth(), r.getHeight());
            var text = new StringBuilder();
            for (Glyph glyph : glyphs) {
                if (rect.contains(glyph.x() + glyph.width() / 2f, glyph.y() + 0.5f)) {
                    text.append(glyph.text());
                }
            }
            if (link.getAction() instanceof PDActionURI uri) {
                links.add(new LinkBox(rect, text.toString(), uri.getURI(), -1, null));
                continue;
            }
            PDDestination destination = link.getDestination();
            if (destination == null && link.getAction() instanceof PDActionGoTo go) {
                destination = go.getDestination();
            }
            String anchor = null;
            if (destination instanceof PDNamedDestination named) {
                anchor = URLDecoder.decode(named.getNamedDestination().replace("+", "%2B"), StandardCharsets.UTF_8);
                destination = doc.getDocumentCatalog().findNamedDestinationPage(named);
            }
            int target = destination instanceof PDPageDestination pd ? pd.retrievePageNumber() : -1;
            links.add(new LinkBox(rect, text.toString(), null, target, anchor));
        }
        return links;
    }

    private static List<Bookmark> bookmarks(PDDocument doc, PDOutlineNode node) throws IOException {
        var out = new ArrayList<Bookmark>();
        if (node == null) {
            return out;
        }
        for (PDOutlineItem item : node.children()) {
            PDPage target = item.findDestinationPage(doc);
            int page = target == null ? -1 : doc.getPages().indexOf(target);
            out.add(new Bookmark(item.getTitle(), page, bookmarks(doc, item)));
        }
        return out;
    }

    /** Reads the text of every page in drawing order, and keeps each glyph's box by page. */
    private static final class GlyphStripper extends PDFTextStripper {

        final List<List<Glyph>> glyphs = new ArrayList<>();

        GlyphStripper(int pageCount) throws IOException {
            for (int i = 0; i < pageCount; i++) {
                glyphs.add(new ArrayList<>());
            }
            setSortByPosition(false);
            setPageEnd("\f");
        }

        @Override
        protected void writeString(String text, List<TextPosition> positions) throws IOException {
            List<Glyph> page = glyphs.get(getCurrentPageNo() - 1);
            for (TextPosition p : positions) {
                String font = p.getFont() == null ? "" : p.getFont().getName();
                page.add(new Glyph(p.getXDirAdj(), p.getWidthDirAdj(), p.getPageHeight() - p.getYDirAdj(),
                        font == null ? "" : font, p.getUnicode()));
            }
            super.writeString(text, positions);
        }
    }
}
