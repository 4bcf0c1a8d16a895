package galley.epub;

import galley.assets.MovingImages;
import io.documentnode.epub4j.domain.MediaTypes;
import io.documentnode.epub4j.domain.Resource;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each accessibility claim follows from the audit of the documents, and the conformance claim from all of them. */
class AccessibilityMetadataTest {

    @Test
    void aBookOfTextAloneIsTextualAndConformsWithoutAPrintEdition() throws IOException {
        var claims = AccessibilityMetadata.derive(audit("<h1>One</h1><p>Text.</p>"), false, false);
        assertEquals(List.of("textual"), claims.accessModes());
        assertEquals(List.of("textual"), claims.sufficientModes());
        assertEquals(List.of("tableOfContents", "readingOrder", "structuralNavigation"), claims.features());
        assertEquals(List.of("none"), claims.hazards());
        assertTrue(claims.summary().contains("no images"), claims.summary());
        assertEquals(Optional.of("EPUB Accessibility 1.1 - WCAG 2.1 Level AA"), claims.conformsTo());
    }

    @Test
    void describedImagesAreVisualAndAlternativeText() throws IOException {
        var claims = AccessibilityMetadata.derive(audit("<h1>One</h1><img src='a.png' alt='a cat'/>"
                + "<img src='b.png' alt='a dog'/>"), true, true);
        assertEquals(List.of("textual", "visual"), claims.accessModes());
        assertEquals(List.of("textual", "textual,visual"), claims.sufficientModes());
        assertTrue(claims.features().containsAll(List.of("alternativeText", "pageBreakMarkers", "printPageNumbers")));
        assertTrue(claims.summary().contains("print edition"), claims.summary());
        assertTrue(claims.conformsTo().isPresent());
    }

    @Test
    void oneUndescribedImageWithdrawsTheAlternativeTextAndConformanceClaims() throws IOException {
        var claims = AccessibilityMetadata.derive(audit("<h1>One</h1><img src='a.png' alt='a cat'/>"
                + "<img src='b.png' alt=' '/>"), false, false);
        assertFalse(claims.features().contains("alternativeText"));
        assertEquals(List.of("textual,visual"), claims.sufficientModes());
        assertTrue(claims.summary().contains("missing for 1 of 2 images"), claims.summary());
        assertTrue(claims.summary().contains("no claim"), claims.summary());
        assertEquals(Optional.empty(), claims.conformsTo());
    }

    @Test
    void aPrintEditionWithoutAPageListIsNoConformance() throws IOException {
        var claims = AccessibilityMetadata.derive(audit("<h1>One</h1>"), true, false);
        assertFalse(claims.features().contains("printPageNumbers"));
        assertEquals(Optional.empty(), claims.conformsTo());
        assertTrue(claims.summary().contains("page list is missing"), claims.summary());
    }

    @Test
    void skippedHeadingLevelsWithdrawStructuralNavigation() throws IOException {
        var claims = AccessibilityMetadata.derive(audit("<h1>One</h1><h3>Three</h3>"), false, false);
        assertFalse(claims.features().contains("structuralNavigation"));
        assertEquals(Optional.empty(), claims.conformsTo());
        assertTrue(claims.summary().contains("an h3 follows an h2") || claims.summary().contains("an h3 follows an h1"),
                claims.summary());
    }

    @Test
    void anAnimatedImageMakesTheHazardsUnknownAndWithdrawsConformance() throws IOException {
        Resource page = document("chapter.xhtml", "en", "Title", "<h1>One</h1><img src='a.gif' alt='a spinning wheel'/>");
        var still = AccessibilityMetadata.derive(AccessibilityAudit.of(List.of(page,
                new Resource(null, MovingImages.gif(1), "a.gif", MediaTypes.GIF)), "en"), false, false);
        assertEquals(List.of("none"), still.hazards());
        assertTrue(still.conformsTo().isPresent());

        var moving = AccessibilityMetadata.derive(AccessibilityAudit.of(List.of(page,
                new Resource(null, MovingImages.gif(2), "a.gif", MediaTypes.GIF)), "en"), false, false);
        assertEquals(List.of("unknown"), moving.hazards());
        assertEquals(Optional.empty(), moving.conformsTo());
        assertTrue(moving.summary().contains("Whether its animated images flash is not known"), moving.summary());
    }

    @Test
    void anAnimatedPngIsNeverDeclaredFreeOfHazards() throws IOException {
        Resource page = document("chapter.xhtml", "en", "Title", "<h1>One</h1><img src='a.png' alt='a flashing light'/>");
        var still = AccessibilityMetadata.derive(AccessibilityAudit.of(List.of(page,
                new Resource(null, MovingImages.png(), "a.png", MediaTypes.PNG)), "en"), false, false);
        assertEquals(List.of("none"), still.hazards());
        var moving = AccessibilityMetadata.derive(AccessibilityAudit.of(List.of(page,
                new Resource(null, MovingImages.apng(), "a.png", MediaTypes.PNG)), "en"), false, false);
        assertEquals(List.of("unknown"), moving.hazards());
        assertEquals(Optional.empty(), moving.conformsTo());
    }

    /** The audit of one chapter whose body is {@code body}. */
    static AccessibilityAudit audit(String body) throws IOException {
        return AccessibilityAudit.of(List.of(document("chapter.xhtml", "en", "Title", body)), "en");
    }

    static Resource document(String href, String lang, String title, String body) {
        String xhtml = "<?xml version='1.0' encoding='UTF-8'?>\n<!DOCTYPE html>\n"
                + "<html xmlns='http://www.w3.org/1999/xhtml'" + (lang == null ? "" : " lang='" + lang + "' xml:lang='" + lang + "'")
                + "><head><title>" + title + "</title></head><body>" + body + "</body></html>";
        return new Resource(null, xhtml.getBytes(StandardCharsets.UTF_8), href, MediaTypes.XHTML);
    }
}
