package galley.read.links;


import galley.model.Block;
import galley.model.Inline;
import galley.testing.TestBook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LinkResolverTest {

    @TempDir
    Path dir;

    @Test
    void webAddressesNeedAHostReadingSystemsCanParse() {
        for (String good : List.of("http://example.com", "https://example.com/a?b#c", "http://a.b.c:8080/x",
                "https://user:pw@host.example/", "http://[::1]/", "http://localhost", "http://example.com./",
                "https://пример.рф/путь")) {
            assertTrue(LinkResolver.hasValidHost(good), good);
        }
        for (String bad : List.of("http://../", "http://", "https:///path", "http:example.com", "http://a..b/",
                "http://.example.com", "http://exa mple.com", "http://host:port/")) {
            assertFalse(LinkResolver.hasValidHost(bad), bad);
        }
    }

    @Test
    void aWebAddressWithoutAValidHostKeepsItsTextWithAWarning() {
        var book = TestBook.with(dir, "title: T\n").file("manuscript/a.md", "# A\n\nSee <http://../> and [x](https://ok.example/).\n");
        book.load();
        assertEquals(List.of("manuscript/a.md:3: warning: not a valid web address, link removed, its text kept: http://../"),
                book.rendered());
        assertEquals(List.of("link-invalid"), book.codes());
        List<Inline> content = ((Block.Paragraph) book.body(0).get(0)).content();
        assertEquals(new Inline.Text("See http://../ and "), content.get(0));
        assertTrue(content.get(1) instanceof Inline.Link);
    }
}
