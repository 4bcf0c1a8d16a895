package galley.epub;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AccessibilityMetadataTest {

    @Test
    void aBookOfTextAloneIsTextualWithoutAlternativeTextClaims() {
        var claims = AccessibilityMetadata.derive(new ImageTally(), false);
        assertEquals(List.of("textual"), claims.accessModes());
        assertEquals(List.of("textual"), claims.sufficientModes());
        assertEquals(List.of("tableOfContents", "readingOrder", "structuralNavigation"), claims.features());
        assertEquals(List.of("none"), claims.hazards());
        assertTrue(claims.summary().contains("no images"), claims.summary());
    }

    @Test
    void describedImagesAreVisualAndAlternativeText() {
        var claims = AccessibilityMetadata.derive(tally("a cat", "a dog"), true);
        assertEquals(List.of("textual", "visual"), claims.accessModes());
        assertEquals(List.of("textual", "textual,visual"), claims.sufficientModes());
        assertTrue(claims.features().containsAll(List.of("alternativeText", "pageBreakMarkers", "printPageNumbers")));
        assertTrue(claims.summary().contains("print edition"), claims.summary());
    }

    @Test
    void oneUndescribedImageWithdrawsTheAlternativeTextClaim() {
        var claims = AccessibilityMetadata.derive(tally("a cat", " "), false);
        assertFalse(claims.features().contains("alternativeText"));
        assertEquals(List.of("textual,visual"), claims.sufficientModes());
        assertTrue(claims.summary().contains("missing for 1 of 2 images"), claims.summary());
    }

    private static ImageTally tally(String... alts) {
        ImageTally tally = new ImageTally();
        for (String alt : alts) {
            tally.count(alt);
        }
        return tally;
    }
}
