package galley.epub;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The accessibility claims of an EPUB (EPUB Accessibility 1.1), each derived from what the written
 * documents actually contain rather than fixed defaults.
 *
 * @param accessModes     how the content is perceived: {@code textual}, plus {@code visual} for images
 * @param sufficientModes each entry a comma-separated set of modes that alone convey all the content
 * @param features        the accessibility features present
 * @param hazards         the hazards present: {@code none}, or {@code unknown} when an image is animated
 * @param summary         a human-readable summary of the above
 * @param conformsTo      the conformance claim, present only when every automated check passed
 */
record AccessibilityMetadata(List<String> accessModes, List<String> sufficientModes, List<String> features,
                             List<String> hazards, String summary, Optional<String> conformsTo) {

    /** The one conformance claim Galley makes, in the exact form EPUB Accessibility 1.1 defines. */
    static final String WCAG_21_AA = "EPUB Accessibility 1.1 - WCAG 2.1 Level AA";

    AccessibilityMetadata {
        accessModes = List.copyOf(accessModes);
        sufficientModes = List.copyOf(sufficientModes);
        features = List.copyOf(features);
        hazards = List.copyOf(hazards);
    }

    /**
     * The claims for a book whose documents passed or failed {@code audit}.
     *
     * @param printPages whether the book has a print edition whose pages a page list must give
     * @param pageList   whether the book carries the print edition's page breaks and page list
     */
    static AccessibilityMetadata derive(AccessibilityAudit audit, boolean printPages, boolean pageList) {
        boolean hasImages = audit.images() > 0;
        boolean allDescribed = audit.undescribed() == 0;

        List<String> modes = hasImages ? List.of("textual", "visual") : List.of("textual");
        List<String> sufficient = new ArrayList<>();
        if (allDescribed) {
            sufficient.add("textual");
        }
        if (hasImages) {
            sufficient.add("textual,visual");
        }

        // the nav lists every chapter and the spine is the reading order in every generated book
        List<String> features = new ArrayList<>(List.of("tableOfContents", "readingOrder"));
        boolean headingsInOrder = audit.passed(AccessibilityAudit.Kind.HEADINGS);
        if (headingsInOrder) {
            features.add("structuralNavigation");
        }
        if (hasImages && allDescribed) {
            features.add("alternativeText");
        }
        if (pageList) {
            features.addAll(List.of("pageBreakMarkers", "pageNavigation", "printPageNumbers"));
        }
        boolean conforms = audit.passed() && (pageList || !printPages);
        Optional<String> claim = conforms ? Optional.of(WCAG_21_AA) : Optional.empty();
        boolean still = audit.passed(AccessibilityAudit.Kind.ANIMATION);
        return new AccessibilityMetadata(modes, sufficient, features, List.of(still ? "none" : "unknown"),
                summary(audit, headingsInOrder, pageList, claim.isPresent()), claim);
    }

    private static String summary(AccessibilityAudit audit, boolean headingsInOrder, boolean pageList, boolean conforms) {
        var text = new StringBuilder("This publication has a table of contents and a logical reading order");
        text.append(headingsInOrder ? ", and headings in order for structural navigation." : "; its headings skip levels.");
        if (audit.images() == 0) {
            text.append(" It contains no images.");
        } else if (audit.undescribed() == 0) {
            text.append(" Every image has a text description.");
        } else {
            text.append(" Text descriptions are missing for ").append(audit.undescribed())
                    .append(" of ").append(audit.images()).append(" images.");
        }
        if (pageList) {
            text.append(" Page break markers and a page list give the page numbers of the print edition.");
        }
        text.append(audit.passed(AccessibilityAudit.Kind.ANIMATION) ? " It has no known hazards."
                : " Whether its animated images flash is not known.");
        if (conforms) {
            text.append(" It meets EPUB Accessibility 1.1 and WCAG 2.1 Level AA as far as the automated checks"
                    + " made when it was written can tell.");
        } else {
            text.append(" It makes no claim to meet EPUB Accessibility 1.1: ")
                    .append(audit.findings().isEmpty() ? "its page list is missing" : audit.findings().get(0))
                    .append(audit.findings().size() > 1 ? ", and " + (audit.findings().size() - 1) + " more." : ".");
        }
        return text.toString();
    }
}
