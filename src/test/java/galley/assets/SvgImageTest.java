package galley.assets;

import galley.diagnostic.Problem;
import galley.testing.Slow;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the SVG sanitiser keeps, drops and refuses, and the size it measures. */
class SvgImageTest {

    private static final String OPEN = "<svg xmlns=\"http://www.w3.org/2000/svg\" "
            + "xmlns:xlink=\"http://www.w3.org/1999/xlink\" width=\"100\" height=\"50\">";

    private static SvgImage svg(String text) throws ImageException {
        return SvgImage.of(text.getBytes(StandardCharsets.UTF_8));
    }

    private static String clean(String text) throws ImageException {
        return new String(svg(text).document(), StandardCharsets.UTF_8);
    }

    private static ImageException refused(String text) {
        return assertThrows(ImageException.class, () -> assertTimeoutPreemptively(Duration.ofSeconds(10), () -> svg(text)));
    }

    @Test
    void activeContentIsDroppedAndTheDrawingKept() throws ImageException {
        SvgImage image = svg(OPEN.replace(">", " onload=\"steal()\">")
                + "<script>alert(1)</script><rect width=\"10\" height=\"10\" onclick=\"go()\" fill=\"red\"/>"
                + "<foreignObject><p xmlns=\"http://www.w3.org/1999/xhtml\">x</p></foreignObject>"
                + "<circle r=\"4\"><animate attributeName=\"r\" to=\"9\" dur=\"1s\"/></circle>"
                + "<set attributeName=\"fill\" to=\"blue\"/><x:private xmlns:x=\"urn:editor\">note</x:private>"
                + "<text x=\"1\" y=\"9\">a &amp; b &lt; c</text></svg>");
        String out = new String(image.document(), StandardCharsets.UTF_8);
        for (String gone : List.of("script", "alert", "onload", "onclick", "steal", "foreignObject", "animate", "<set",
                "private", "note", "xhtml")) {
            assertFalse(out.contains(gone), gone + " left in " + out);
        }
        assertTrue(out.contains("<rect width=\"10\" height=\"10\" fill=\"red\"></rect>"), out);
        assertTrue(out.contains("<text x=\"1\" y=\"9\">a &amp; b &lt; c</text>"), out);
        assertEquals(List.of("<animate>", "<foreignObject>", "<script>", "<set>", "event handlers (onclick, onload)"),
                image.removed());
    }

    @Test
    void aDoctypeNamingTheSvgDtdIsDroppedAndNothingFetched() throws ImageException {
        String out = clean("<?xml version=\"1.0\"?><!DOCTYPE svg PUBLIC \"-//W3C//DTD SVG 1.1//EN\" "
                + "\"http://127.0.0.1:9/never.dtd\">" + OPEN + "<path d=\"M0 0L9 9\"/></svg>");
        assertFalse(out.contains("DOCTYPE"), out);
        assertTrue(out.contains("<path d=\"M0 0L9 9\"></path>"), out);
    }

    @Test
    void theSizeComesFromWidthAndHeightInAnyUnitElseTheViewBox() throws ImageException {
        SvgImage cm = svg("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"2.54cm\" height=\"72pt\"/>");
        assertEquals(96, cm.width(), 1e-9);
        assertEquals(96, cm.height(), 1e-9);
        SvgImage box = svg("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 300 120\"/>");
        assertEquals(300, box.width(), 1e-9);
        assertEquals(120, box.height(), 1e-9);
        SvgImage widthOnly = svg("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"1in\" height=\"100%\" viewBox=\"0,0,200,100\"/>");
        assertEquals(96, widthOnly.width(), 1e-9);
        assertEquals(48, widthOnly.height(), 1e-9);
        assertTrue(new String(widthOnly.document(), StandardCharsets.UTF_8).contains("width=\"96\" height=\"48\""),
                "the measured size is written, so that a reading system shows what print shows");
    }

    @Test
    void entitiesAreRefusedBeforeAnyIsExpanded() {
        StringBuilder laughs = new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE svg [<!ENTITY l0 \"ha\">");
        for (int i = 1; i <= 10; i++) {
            laughs.append("<!ENTITY l").append(i).append(" \"").append(("&l" + (i - 1) + ";").repeat(10)).append("\">");
        }
        laughs.append("]>").append(OPEN).append("<text>&l10;</text></svg>");
        ImageException bomb = refused(laughs.toString());
        assertEquals(Problem.IMAGE_UNSAFE, bomb.problem());
        assertEquals("SVG image declares entities (&l0;), which are never expanded", bomb.reason());

        ImageException xxe = refused("<?xml version=\"1.0\"?><!DOCTYPE svg [<!ENTITY secret SYSTEM \"file:///etc/passwd\">]>"
                + OPEN + "<text>&secret;</text></svg>");
        assertEquals(Problem.IMAGE_UNSAFE, xxe.problem());
        assertEquals("SVG image declares an external entity (file:///etc/passwd), which is never read", xxe.reason());
    }

    @Test
    void everyReferenceOutsideTheFileIsRefused() {
        assertEquals("SVG image refers to a resource outside it (file:///etc/passwd); only links inside the file (#id) "
                + "are allowed", refused(OPEN + "<image xlink:href=\"file:///etc/passwd\" width=\"9\" height=\"9\"/></svg>").reason());
        assertEquals("SVG image refers to a resource outside it (http://127.0.0.1/x.png); only links inside the file "
                + "(#id) are allowed", refused(OPEN + "<image href=\"http://127.0.0.1/x.png\"/></svg>").reason());
        assertEquals("SVG image refers to a resource outside it (url(http://127.0.0.1/f.svg#p)); only links inside the "
                + "file (#id) are allowed", refused(OPEN + "<rect style=\"fill: url( 'http://127.0.0.1/f.svg#p')\"/></svg>").reason());
        ImageException imported = refused(OPEN + "<style>@import 'other.css';</style></svg>");
        assertEquals(Problem.IMAGE_UNSAFE, imported.problem());
        assertEquals("SVG image's style loads outside resources (@import), which is not allowed", imported.reason());
        assertEquals(Problem.IMAGE_UNSAFE, refused(OPEN + "<use xlink:href=\"other.svg#a\"/></svg>").problem());
        assertEquals("SVG image's style loads outside resources (image-set(), which is not allowed",
                refused(OPEN + "<rect style=\"fill: image-set('http://127.0.0.1/a.png' 1x)\"/></svg>").reason());
        assertEquals("SVG image's style holds a CSS escape (\\), which could hide an outside reference",
                refused(OPEN + "<style>rect { fill: \\75 rl(http://127.0.0.1/a) }</style></svg>").reason());
    }

    @Test
    void hugeSizesAndDeepNestingAreRefused() {
        assertEquals("SVG image is too large: 1000000 x 50 pixels at 96 dpi (the limit is 100 megapixels and 30000 "
                + "pixels a side)", refused("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"1e6\" height=\"50\"/>").reason());
        assertEquals("SVG image's viewBox is too large: 0 0 1e300 1 (the limit is 10,000,000 units each way)",
                refused("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 1e300 1\"/>").reason());
        assertEquals("SVG image has no size: give its root width and height, or a viewBox",
                refused("<svg xmlns=\"http://www.w3.org/2000/svg\"/>").reason());
        ImageException deep = refused(OPEN + "<g>".repeat(5000) + "</g>".repeat(5000) + "</svg>");
        assertEquals(Problem.IMAGE_TOO_LARGE, deep.problem());
        assertEquals("SVG image nests too deeply: more than 100 levels", deep.reason());
    }

    @Test
    @Slow
    void endlessPathDataIsRefused() {
        String path = "<path d=\"" + "L1 1 ".repeat(250_000) + "\"/>";
        ImageException endless = refused(OPEN + path.repeat(5) + "</svg>");
        assertEquals(Problem.IMAGE_TOO_LARGE, endless.problem());
        assertEquals("SVG image has too much path data: more than 5,000,000 characters", endless.reason());
    }

    @Test
    void copiesThatMultiplyOrUseThemselvesAreRefused() {
        StringBuilder laughs = new StringBuilder(OPEN).append("<defs><rect id=\"u0\" width=\"1\" height=\"1\"/>");
        for (int i = 1; i <= 10; i++) {
            laughs.append("<g id=\"u").append(i).append("\">")
                    .append(("<use xlink:href=\"#u" + (i - 1) + "\"/>").repeat(10)).append("</g>");
        }
        laughs.append("</defs><use xlink:href=\"#u10\"/></svg>");
        ImageException bomb = refused(laughs.toString());
        assertEquals(Problem.IMAGE_TOO_LARGE, bomb.problem());
        assertEquals("SVG image draws too many elements once its <use> copies are made: more than 2,000,000", bomb.reason());
        ImageException loop = refused(OPEN + "<g id=\"a\"><use href=\"#b\"/></g><g id=\"b\"><use href=\"#a\"/></g></svg>");
        assertEquals("SVG image uses an element inside itself (#a)", loop.reason());
    }

    @Test
    void whatIsNotSvgIsNotTakenForIt() {
        ImageException html = refused("<html><body>not a drawing</body></html>");
        assertEquals(Problem.IMAGE_UNSUPPORTED, html.problem());
        assertEquals("image is not a PNG, JPEG, GIF or SVG file", html.reason());
        ImageException broken = refused(OPEN + "<rect></svg>");
        assertEquals(Problem.IMAGE_UNREADABLE, broken.problem());
        assertTrue(broken.reason().startsWith("SVG image is not well-formed XML (line 1: "), broken.reason());
    }

    @Test
    void theSameFileIsCleanedToTheSameBytes() throws ImageException {
        String text = OPEN + "<g id=\"x\" style=\"fill:url(#g)\"><path d=\"M0 0h9\"/></g></svg>";
        assertEquals(clean(text), clean(text));
        assertTrue(clean(text).contains("style=\"fill:url(#g)\""), clean(text));
    }
}
