package galley.layout;

import galley.model.PageMap;

import java.util.List;
import java.util.Map;

/**
 * The print edition as plain data: every page with what stands on it at fixed positions, the
 * outline, the named anchors links lead to, page labels, and the page map the EPUB reuses.
 */
public record LaidOutBook(
        List<Page> pages,
        List<OutlineEntry> outline,
        Map<String, Destination> anchors,
        List<PageLabelRange> pageLabels,
        PageMap pageMap) {

    public LaidOutBook {
        pages = List.copyOf(pages);
        outline = List.copyOf(outline);
        anchors = Map.copyOf(anchors);
        pageLabels = List.copyOf(pageLabels);
    }
}
