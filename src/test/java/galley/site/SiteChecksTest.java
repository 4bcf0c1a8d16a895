package galley.site;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertThrows;

/** The checks the site tests rely on do fail on the faults they are meant to catch. */
class SiteChecksTest {

    private static final String HEAD = """
            <!DOCTYPE html>
            <html xmlns="http://www.w3.org/1999/xhtml" lang="en">
            <head>
            <meta charset="utf-8"/>
            <meta name="viewport" content="width=device-width, initial-scale=1"/>
            <meta http-equiv="Content-Security-Policy" content="default-src 'none'"/>
            <title>t</title>
            <link rel="alternate" type="application/atom+xml;profile=opds-catalog" href="opds.xml"/>
            </head>
            """;

    @Test
    void aGoodPagePasses() {
        SiteChecks.page(bytes(HEAD + "<body><h1>x</h1><h2>y</h2></body></html>"));
    }

    @Test
    void catchesFaultsOfEachKind() {
        String[] bodies = {
                "<body><h1>x</p></h1></body></html>",                       // an HTML5 parse error
                "<body><h1>x</h1><br></body></html>",                       // not well-formed XML
                "<body><h1>x</h1><img src=\"a.png\" width=\"1\" height=\"1\"/></body></html>", // no alt
                "<body><h1>x</h1><a href=\"https://cdn.example/x\">x</a></body></html>",       // a remote link
                "<body><h1>x</h1><a href=\"//cdn.example/x\">x</a></body></html>",             // scheme-relative
                "<body><h1>x</h1><h3>skipped</h3></body></html>",           // heading levels skip
                "<body><h1>x</h1><script>1</script></body></html>",        // a script
                "<body><h1>x</h1><h1>again</h1></body></html>",             // two h1
        };
        for (String body : bodies) {
            assertThrows(AssertionError.class, () -> SiteChecks.page(bytes(HEAD + body)), body);
        }
        assertThrows(AssertionError.class, () -> SiteChecks.page(bytes(HEAD.replace("lang=\"en\"", "") + "<body><h1>x</h1></body></html>")));
    }

    @Test
    void aFeedWithoutAcquisitionLinksFails() {
        String feed = """
                <?xml version="1.0" encoding="UTF-8"?>
                <feed xmlns="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/terms/">
                <id>urn:x:1</id><title>t</title><updated>2024-01-01T00:00:00Z</updated><author><name>a</name></author>
                <link rel="self" href="opds.xml" type="application/atom+xml;profile=opds-catalog;kind=acquisition"/>
                <link rel="start" href="opds.xml" type="application/atom+xml;profile=opds-catalog;kind=acquisition"/>
                <entry><id>urn:x:2</id><title>t</title><updated>2024-01-01T00:00:00Z</updated>
                <dc:language>en</dc:language><dc:identifier>x</dc:identifier></entry>
                </feed>
                """;
        assertThrows(AssertionError.class, () -> SiteChecks.catalogue(bytes(feed)));
        assertThrows(AssertionError.class, () -> SiteChecks.catalogue(bytes(feed.replace("</feed>", ""))));
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
