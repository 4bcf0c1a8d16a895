package galley.epub;

import java.util.ArrayList;
import java.util.List;

/**
 * The schema.org accessibility claims of an EPUB (EPUB Accessibility 1.1), each derived from what
 * the written documents actually contain rather than fixed defaults.
 *
 * @param accessModes     how the content is perceived: {@code textual}, plus {@code visual} for images
 * @param sufficientModes each entry a comma-separated set of modes that alone convey all the content
 * @param features        the accessibility features present
 * @param hazards         the hazards present ({@code none})
 * @param summary         a human-readable summary of the above
 */
record AccessibilityMetadata(List<String> accessModes, List<String> sufficientModes, List<String> features,
                             List<String> hazards, String summary) {

    AccessibilityMetadata {
        accessModes = List.copyOf(accessModes);
        sufficientModes = List.copyOf(sufficientModes);
        features = List.copyOf(features);
        hazards = List.copyOf(hazards);
    }

    /**
     * The claims for a book whose documents show the images counted in {@code images}.
     *
     * @param pageList whether the book carries the print edition's page breaks and page list
     */
    static AccessibilityMetadata derive(ImageTally images, boolean pageList) {
        boolean hasImages = images.total() > 0;
        boolean allDescribed = hasImages && images.withoutAlt() == 0;

        List<String> modes = hasImages ? List.of("textual", "visual") : List.of("textual");
        List<String> sufficient = new ArrayList<>();
        if (!hasImages || allDescribed) {
            sufficient.add("textual");
        }
        if (hasImages) {
            sufficient.add("textual,visual");
        }

        // every generated book has a nav, a reading order in the spine and headings in order
        List<String> features = new ArrayList<>(List.of("tableOfContents", "readingOrder", "structuralNavigation"));
        if (allDescribed) {
            features.add("alternativeText");
        }
        if (pageList) {
            features.addAll(List.of("pageBreakMarkers", "pageNavigation", "printPageNumbers"));
        }
        return new AccessibilityMetadata(modes, sufficient, features, List.of("none"),
                summary(images, pageList));
    }

    private static String summary(ImageTally images, boolean pageList) {
        var text = new StringBuilder("This publication has a table of contents, a logical reading order "
                + "and headings in order for structural navigation.");
        if (images.total() == 0) {
            text.append(" It contains no images.");
        } else if (images.withoutAlt() == 0) {
            text.append(" Every image has a text description.");
        } else {
            text.append(" Text descriptions are missing for ").append(images.withoutAlt())
                    .append(" of ").append(images.total()).append(" images.");
        }
        if (pageList) {
            text.append(" Page break markers and a page list give the page numbers of the print edition.");
        }
        text.append(" It has no known hazards.");
        return text.toString();
    }
}
