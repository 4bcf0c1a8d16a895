package galley.pdf;

import com.lowagie.text.pdf.PdfDestination;
import com.lowagie.text.pdf.PdfOutline;
import com.lowagie.text.pdf.PdfPageLabels;
import com.lowagie.text.pdf.PdfWriter;
import galley.layout.Destination;
import galley.layout.OutlineEntry;
import galley.layout.PageLabelRange;

import java.util.List;
import java.util.Map;
import java.util.function.IntUnaryOperator;

/** Writes what a PDF viewer navigates by: the outline (bookmarks) and the page labels. */
final class Navigation {

    private final PdfWriter writer;
    private final Map<String, Destination> anchors;
    private final IntUnaryOperator drawnAs;

    /**
     * Navigation for {@code writer}'s document; {@code drawnAs} gives, for a page's place in the
     * book (from 0), its number in the order the pages were drawn (from 1).
     */
    Navigation(PdfWriter writer, Map<String, Destination> anchors, IntUnaryOperator drawnAs) {
        this.writer = writer;
        this.anchors = anchors;
        this.drawnAs = drawnAs;
    }

    /** Adds {@code entries} under the outline's root; top-level entries start closed. */
    void outline(List<OutlineEntry> entries) {
        add(writer.getRootOutline(), entries);
        // a viewer showing two pages pairs them as printed: the first alone on the right
        int spreads = PdfWriter.PageLayoutTwoPageRight | PdfWriter.DisplayDocTitle;
        writer.setViewerPreferences(entries.isEmpty() ? spreads : spreads | PdfWriter.PageModeUseOutlines);
    }

    private void add(PdfOutline parent, List<OutlineEntry> entries) {
        for (OutlineEntry entry : entries) {
            Destination target = anchors.get(entry.anchor());
            if (target == null) {
                throw new IllegalArgumentException("outline entry to an anchor the layout does not place: " + entry.anchor());
            }
            PdfDestination destination = new PdfDestination(PdfDestination.XYZ, -1, target.y(), 0);
            destination.addPage(writer.getPageReference(drawnAs.applyAsInt(target.page())));
            PdfOutline outline = new PdfOutline(parent, destination, entry.title(), false);
            add(outline, entry.children());
        }
    }

    /** Sets the labels a viewer shows for each page ("Cover", "iii", "42"). */
    void pageLabels(List<PageLabelRange> ranges) {
        if (ranges.isEmpty()) {
            return;
        }
        PdfPageLabels labels = new PdfPageLabels();
        for (PageLabelRange range : ranges) {
            String prefix = range.prefix() == null || range.prefix().isEmpty() ? null : range.prefix();
            labels.addPageLabel(range.firstPage() + 1, style(range.style()), prefix, Math.max(1, range.start()));
        }
        writer.setPageLabels(labels);
    }

    private static int style(PageLabelRange.Style style) {
        return switch (style) {
            case NONE -> PdfPageLabels.EMPTY;
            case LOWER_ROMAN -> PdfPageLabels.LOWERCASE_ROMAN_NUMERALS;
            case ARABIC -> PdfPageLabels.DECIMAL_ARABIC_NUMERALS;
        };
    }
}
