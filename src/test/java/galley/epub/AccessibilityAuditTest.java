package galley.epub;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;

import static galley.epub.AccessibilityMetadataTest.document;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The audit finds each kind of fault in a written document, and nothing in a sound one. */
class AccessibilityAuditTest {

    @Test
    void aSoundDocumentPasses() throws IOException {
        var audit = AccessibilityMetadataTest.audit("<section><h1 id='a'>One</h1><h2 id='b'>Two</h2><h3>Three</h3>"
                + "<h2>Two again</h2><p><a href='#a'>back</a> <a href='#b' aria-label='to two'></a>"
                + " <a href='#a'><img src='i.png' alt='an icon'/></a></p>"
                + "<table><thead><tr><th>Head</th></tr></thead><tbody><tr><td>cell</td></tr></tbody></table></section>");
        assertEquals(List.of(), audit.findings());
        assertEquals(1, audit.images());
        assertEquals(0, audit.undescribed());
    }

    @Test
    void everyKindOfFaultIsFound() throws IOException {
        var audit = AccessibilityAudit.of(List.of(
                document("a.xhtml", null, "A", "<h2 id='x'>Starts at two</h2><p id='x'>twice</p>"),
                document("b.xhtml", "en", " ", "<h1>One</h1><h4>Four</h4><a href='c.xhtml'><img src='i.png' alt=''/></a>"
                        + "<table><tr><td>no header</td></tr></table>")), "en");
        assertEquals(List.of(
                "a.xhtml: the document does not declare the language en",
                "a.xhtml: an h2 follows no heading",
                "a.xhtml: the id 'x' is used twice",
                "b.xhtml: the document has no title",
                "b.xhtml: an h4 follows an h1",
                "b.xhtml: a link to c.xhtml has no text",
                "b.xhtml: the image i.png has no text description",
                "b.xhtml: a table has no header cells"),
                audit.findings().stream().map(AccessibilityAudit.Finding::toString).toList());
        assertEquals(1, audit.undescribed());
        assertTrue(audit.passed(AccessibilityAudit.Kind.LINKS) == false);
    }

    @Test
    void aDocumentInAnotherLanguageThanTheBookIsFound() throws IOException {
        var audit = AccessibilityAudit.of(List.of(document("a.xhtml", "de", "A", "<h1>Eins</h1>")), "en");
        assertEquals(List.of(AccessibilityAudit.Kind.LANGUAGE), audit.findings().stream().map(AccessibilityAudit.Finding::kind).toList());
    }
}
