package galley.epub;

import galley.model.Book;
import galley.model.PageMap;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The print edition's page starts placed in the EPUB: each with a unique id, the chapter and the
 * top-level block it stands before. Page starts that fall outside the book are dropped.
 */
final class PageBreaks {

    /** A page-break marker to place before block {@code block} of chapter {@code chapter}. */
    record Marker(String folio, String id, int chapter, int block) {

        /** The reference from the page list to this marker. */
        String reference() {
            return ContentPaths.reference(ContentPaths.chapter(chapter), id);
        }
    }

    private final List<Marker> markers;

    private final Map<Integer, List<Marker>> byChapter;

    private PageBreaks(List<Marker> markers) {
        this.markers = List.copyOf(markers);
        // sorted by block so that a chapter is marked in one pass; the sort is stable, keeping page order
        this.byChapter = markers.stream().sorted(Comparator.comparingInt(Marker::block))
                .collect(Collectors.groupingBy(Marker::chapter));
    }

    /** The markers of {@code map} that fall inside {@code book}, in page order. */
    static PageBreaks of(PageMap map, Book book) {
        var markers = new ArrayList<Marker>();
        Set<String> ids = new HashSet<>();
        for (PageMap.PageStart page : map.pages()) {
            if (page.chapter() < 0 || page.chapter() >= book.chapters().size()) {
                continue;
            }
            String base = "page-" + idSafe(page.folio());
            String id = base;
            for (int n = 2; !ids.add(id); n++) {
                id = base + "-" + n;
            }
            markers.add(new Marker(page.folio(), id, page.chapter(), Math.max(0, page.block())));
        }
        return new PageBreaks(markers);
    }

    boolean isEmpty() {
        return markers.isEmpty();
    }

    List<Marker> all() {
        return markers;
    }

    /** The markers of chapter {@code chapter}, by block. */
    List<Marker> inChapter(int chapter) {
        return byChapter.getOrDefault(chapter, List.of());
    }

    // Folios are short ("42", "iii"); anything else becomes '_' so the id stays a valid name.
    private static String idSafe(String folio) {
        var out = new StringBuilder();
        folio.codePoints().forEach(c -> out.appendCodePoint(
                Character.isLetterOrDigit(c) || c == '-' || c == '.' ? c : '_'));
        return out.isEmpty() ? "_" : out.toString();
    }
}
