package galley.epub;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ContentPathsTest {

    @Test
    void squareBracketsAreEncodedOutsideAnIpv6Host() {
        assertEquals("http://example.com/?search=%5D(uri)", ContentPaths.external("http://example.com/?search=](uri)"));
        assertEquals("http://example.com/%5C%5B%5C", ContentPaths.external("http://example.com/\\[\\"));
        assertEquals("http://[::1]:8080/a%5B1%5D", ContentPaths.external("http://[::1]:8080/a[1]"));
    }

    @Test
    void aPercentSignThatStartsNoEscapeIsItselfEscaped() {
        assertEquals("https://example.com/100%25/a%20b", ContentPaths.external("https://example.com/100%/a%20b"));
        assertEquals("https://example.com/x%25", ContentPaths.external("https://example.com/x%"));
        assertEquals("https://example.com/x%252", ContentPaths.external("https://example.com/x%2"));
    }

    @Test
    void whatAUrlMayHoldIsKeptAsWritten() {
        assertEquals("https://example.com/путь?q=a&b=c#frag", ContentPaths.external("https://example.com/путь?q=a&b=c#frag"));
        assertEquals("mailto:a@b.org", ContentPaths.external("mailto:a@b.org"));
        assertEquals("https://example.com/a%20b%22%3C%3E", ContentPaths.external("https://example.com/a b\"<>"));
    }
}
