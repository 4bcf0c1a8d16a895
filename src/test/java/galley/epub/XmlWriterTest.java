package galley.epub;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class XmlWriterTest {

    @Test
    void escapesTextAndAttributes() {
        String xml = new XmlWriter().start("p", "title", "\"quoted\" <&>\nline").text("a < b && c > d \"q\"").end().finish();
        assertEquals("<p title=\"&quot;quoted&quot; &lt;&amp;&gt;&#10;line\">a &lt; b &amp;&amp; c &gt; d \"q\"</p>", xml);
    }

    @Test
    void leavesOutAttributesWithoutValue() {
        assertEquals("<ol/>", new XmlWriter().empty("ol", "start", null).finish());
    }

    @Test
    void replacesCharactersXmlCannotCarryButKeepsEveryOtherScript() {
        String xml = new XmlWriter().element("p", "a\u0000b\u0007c \uD800 Жж 日本 😀").finish();
        assertEquals("<p>a\uFFFDb\uFFFDc \uFFFD Жж 日本 😀</p>", xml);
    }

    @Test
    void refusesToFinishWithOpenElements() {
        assertThrows(IllegalStateException.class, () -> new XmlWriter().start("p").finish());
    }
}
