package galley.layout;

import galley.text.BreakRule;
import galley.text.Fragment;

import galley.model.Inline;
import galley.model.LinkTarget;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** How the flattener tells the line breaker which text is prose, code or a written-out address. */
class InlineFlattenerTest {

    private final BookStyle style = BookStyle.forPage(WordTaggedBooks.book(1, 1, false).pageSize());
    private final InlineFlattener flattener = new InlineFlattener(WordTaggedBooks.book(1, 1, false), style.code(),
            ImageDensity.assumed(), 300f, 500f);

    private List<BreakRule> rules(Inline... inlines) {
        return flattener.flatten(List.of(inlines), style.body()).stream().map(Fragment::rule).toList();
    }

    @Test
    void inlineCodeBreaksAsCode() {
        assertEquals(List.of(BreakRule.PROSE, BreakRule.CODE),
                rules(new Inline.Text("call "), new Inline.Code("aVeryLongName_with_parts")));
    }

    @Test
    void linkTextThatIsTheAddressBreaksAsAnAddressAndOtherLinkTextAsProse() {
        String url = "https://example.org/a/very/long/path/index.html";
        assertEquals(List.of(BreakRule.ADDRESS),
                rules(new Inline.Link(new LinkTarget.External(url), List.of(new Inline.Text(url)))));
        assertEquals(List.of(BreakRule.ADDRESS), rules(new Inline.Link(new LinkTarget.External("mailto:someone@example.org"),
                List.of(new Inline.Text("someone@example.org")))));
        assertEquals(List.of(BreakRule.PROSE),
                rules(new Inline.Link(new LinkTarget.External(url), List.of(new Inline.Text("the example site")))));
    }
}
