package galley.read.html;

import galley.model.Block;
import galley.model.Inline;
import galley.model.LinkTarget;
import galley.testing.TestBook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Ids and directions written in raw HTML, kept in the model rather than dropped with their tags. */
class HtmlIdsReadingTest {

    @TempDir
    Path dir;

    @Test
    void anEmptyAnchorInTextOrAHeadingBecomesAnEmptySpanWithItsId() {
        TestBook book = TestBook.chapter(dir, "# T\n\n## <a id=\"old-name\"></a>Renamed\n\nText <a name=\"legacy\"></a>here.\n");
        var heading = assertInstanceOf(Block.Heading.class, book.body(0).get(0));
        assertTrue(heading.content().contains(Inline.Span.anchor("old-name")), heading.toString());
        var paragraph = assertInstanceOf(Block.Paragraph.class, book.body(0).get(1));
        assertTrue(paragraph.content().contains(Inline.Span.anchor("legacy")), paragraph.toString());
    }

    @Test
    void anAnchorInAnHtmlBlockKeepsItsIdOnWhatItHolds() {
        TestBook book = TestBook.chapter(dir, "# T\n\n<p>See <a id=\"here\">this place</a>.</p>\n");
        var paragraph = assertInstanceOf(Block.Paragraph.class, book.body(0).get(0));
        assertEquals(new Inline.Span("here", List.of(), Map.of(), List.of(new Inline.Text("this place"))),
                paragraph.content().get(1));
    }

    @Test
    void aDivWithADirectionIsADivisionAndAnEmptyWrapperMakesNoBlock() {
        TestBook book = TestBook.chapter(dir, "# T\n\n<div dir=\"RTL\" id=\"hebrew\">\n<p>שלום</p>\n</div>\n\n"
                + "<div dir=\"rtl\">\n\nText after.\n");
        List<Block> body = book.body(0);
        var division = assertInstanceOf(Block.Division.class, body.get(0), body.toString());
        assertEquals("hebrew", division.id());
        assertEquals(Map.of("dir", "rtl"), division.attributes());
        assertEquals(1, division.blocks().size());
        assertInstanceOf(Block.Paragraph.class, body.get(1), "the empty wrapper left nothing: " + body);
        assertEquals(2, body.size(), body.toString());
    }

    @Test
    void linksFromAnotherChapterLeadToHtmlIdsAndAClashingIdGetsASuffix() {
        TestBook book = TestBook.written(dir, "title: T\n",
                "# One {#box}\n\n[a](02.md#old-name) [b](02.md#legacy) [c](02.md#box)\n",
                "# Two\n\nText <a id=\"old-name\"></a>here.\n\n<p><a name=\"legacy\">Old</a></p>\n\n"
                        + "<div id=\"box\">\n<p>Boxed.</p>\n</div>\n");
        var links = assertInstanceOf(Block.Paragraph.class, book.body(0).get(0)).content().stream()
                .filter(Inline.Link.class::isInstance).map(l -> ((Inline.Link) l).target()).toList();
        assertEquals(List.of(new LinkTarget.Internal(1, Optional.of("old-name")),
                new LinkTarget.Internal(1, Optional.of("legacy")), new LinkTarget.Internal(1, Optional.of("box-1"))), links);
        assertEquals(List.of(), book.codes(), "no link-not-found warning");
        List<Block> two = book.body(1);
        var paragraph = assertInstanceOf(Block.Paragraph.class, two.get(0));
        assertTrue(paragraph.content().contains(Inline.Span.anchor("old-name")), paragraph.toString());
        assertEquals("box-1", assertInstanceOf(Block.Division.class, two.get(2), two.toString()).id());
    }

    @Test
    void anIdConversionDropsIsNoPlaceToLinkTo() {
        TestBook book = TestBook.chapter(dir, "# T\n\n[to cell](#cell) [to code](#code)\n\n"
                + "<table><tr><td><div id=\"cell\">In a cell.</div></td></tr></table>\n\n"
                + "<pre><code><a id=\"code\">x</a></code></pre>\n");
        var paragraph = assertInstanceOf(Block.Paragraph.class, book.body(0).get(0));
        assertTrue(paragraph.content().stream().noneMatch(Inline.Link.class::isInstance),
                "a link to an id no edition writes would break the EPUB: " + paragraph);
    }
}
