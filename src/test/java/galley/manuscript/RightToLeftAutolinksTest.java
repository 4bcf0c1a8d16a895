package galley.manuscript;

import galley.model.Block;
import galley.model.Inline;
import galley.model.LinkTarget;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A bare address does not start with a Hebrew or Arabic letter: a preposition attached to it, with
 * or without a maqaf, stays text before the link.
 */
class RightToLeftAutolinksTest {

    @TempDir
    Path dir;

    private List<Inline> paragraph(String lang, String markdown) {
        var book = TestBook.with(dir, "title: T\nlang: " + lang + "\n").file("manuscript/ch.md", "# C\n\n" + markdown + "\n");
        assertEquals(List.of(), book.rendered());
        return ((Block.Paragraph) book.body(0).get(0)).content();
    }

    private static Inline.Text text(String s) {
        return new Inline.Text(s);
    }

    private static Inline.Link link(String href, String written) {
        return new Inline.Link(new LinkTarget.External(href), List.of(text(written)));
    }

    @Test
    void aHebrewPrefixWithAMaqafStaysOutOfAnEmailAddress() {
        assertEquals(List.of(text("כתבו אלינו ל־"), link("mailto:garden@example.org", "garden@example.org"), text(".")),
                paragraph("he", "כתבו אלינו ל־garden@example.org."));
    }

    @Test
    void aPrefixWithoutAMaqafOrInArabicStaysOutToo() {
        assertEquals(List.of(text("כתבו ל"), link("mailto:garden@example.org", "garden@example.org")),
                paragraph("he", "כתבו לgarden@example.org"));
        assertEquals(List.of(text("اكتبوا إلى و"), link("mailto:garden@example.org", "garden@example.org")),
                paragraph("ar", "اكتبوا إلى وgarden@example.org"));
    }

    @Test
    void anAddressAfterASpaceAndAWebAddressAreLinkedAsBefore() {
        assertEquals(List.of(text("ראו "), link("http://www.example.org/roof-gardens", "www.example.org/roof-gardens"),
                        text(" או "), link("mailto:garden@example.org", "garden@example.org")),
                paragraph("he", "ראו www.example.org/roof-gardens או garden@example.org"));
    }
}
