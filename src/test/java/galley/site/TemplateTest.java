package galley.site;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TemplateTest {

    @Test
    void fillsPlaceholdersWithEscapedValues() {
        var values = new TemplateValues().text("title", "<script>alert(1)</script> & \"quotes\" 'too'");
        String out = Template.parse("<h1 title=\"{{title}}\">{{title}}</h1>").render(values);
        String escaped = "&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot; &#39;too&#39;";
        assertEquals("<h1 title=\"" + escaped + "\">" + escaped + "</h1>", out);
    }

    @Test
    void repeatsSectionsPerItemAndReachesOuterValuesFromInside() {
        var values = new TemplateValues().text("lang", "ru").list("authors", List.of(
                new TemplateValues().text("author", "Анна"), new TemplateValues().text("author", "Борис")));
        String out = Template.parse("{{#authors}}<li lang=\"{{lang}}\">{{author}}</li>{{/authors}}").render(values);
        assertEquals("<li lang=\"ru\">Анна</li><li lang=\"ru\">Борис</li>", out);
    }

    @Test
    void optionalValuesAndInvertedSectionsShowOnlyWhenTheyShould() {
        Template t = Template.parse("{{#subtitle}}[{{subtitle}}]{{/subtitle}}{{^subtitle}}none{{/subtitle}}");
        assertEquals("[Second part]", t.render(new TemplateValues().optional("subtitle", Optional.of("Second part"))));
        assertEquals("none", t.render(new TemplateValues().optional("subtitle", Optional.empty())));
        Template flag = Template.parse("a{{#on}}b{{/on}}c");
        assertEquals("abc", flag.render(new TemplateValues().flag("on", true)));
        assertEquals("ac", flag.render(new TemplateValues().flag("on", false)));
    }

    @Test
    void sectionTagsAloneOnTheirLineLeaveNoBlankLine() {
        String source = "<ul>\n  {{#items}}\n  <li>{{item}}</li>\n  {{/items}}\n</ul>\n";
        var values = new TemplateValues().list("items", List.of(new TemplateValues().text("item", "one")));
        assertEquals("<ul>\n  <li>one</li>\n</ul>\n", Template.parse(source).render(values));
    }

    @Test
    void aMissingValueOrAnUnbalancedSectionIsAMistakeInGalley() {
        var e = assertThrows(IllegalStateException.class, () -> Template.parse("{{title}}").render(new TemplateValues()));
        assertTrue(e.getMessage().contains("{{title}}"), e.getMessage());
        assertThrows(IllegalStateException.class, () -> Template.parse("{{#list}}x{{/list}}").render(new TemplateValues()));
        assertThrows(IllegalArgumentException.class, () -> Template.parse("{{#a}}x"));
        assertThrows(IllegalArgumentException.class, () -> Template.parse("{{#a}}x{{/b}}"));
        assertThrows(IllegalArgumentException.class, () -> Template.parse("x{{/a}}"));
    }

    @Test
    void charactersNeitherHtmlNorXmlAllowBecomeReplacementCharacters() {
        String hostile = "a\u0000b\u0007c\u0085d\uD800e\uFFFEf\uFDD0g\r\nh\ri\tj😀";
        assertEquals("a\uFFFDb\uFFFDc\uFFFDd\uFFFDe\uFFFDf\uFFFDg\nh\ni\tj😀", Template.escape(hostile));
    }

    @Test
    void theShippedTemplatesParse() {
        // both are parsed when SiteWriter loads; a mistake in either fails here, not in an author's build
        Template.resource("index.html");
        Template.resource("opds.xml");
        assertThrows(IllegalStateException.class, () -> Template.resource("missing.html"));
    }
}
