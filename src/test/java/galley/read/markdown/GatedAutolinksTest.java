package galley.read.markdown;

import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.typographic.TypographicExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.misc.Extension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The gate skips only what Flexmark's own autolinks would leave as they are. */
class GatedAutolinksTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "See https://example.com/a_b and www.example.org, or mail me@example.net.",
        "Plain prose with a colon: nothing to link, and *emphasis* with `code`.",
        "An escaped address: www\\.example\\.com and https:\\/\\/example.com",
        "An entity for the at sign: someone&#64;example.com, and &amp; alone.",
        "It's “quoted” — https://example.com/it's-here… and o’brien@example.com",
        "Nested *emphasis with https://example.com/x inside* and __www.example.com__",
        "Case: WWW.EXAMPLE.COM and Https://Example.com and HTTP://example.com/a",
        "> quoted www.example.com\n>\n> - a list item with me@example.org\n",
        "| a | b |\n|---|---|\n| https://example.com | plain |\n",
        "A link [https://example.com](https://example.org) and <https://example.net>.",
        "First, me@example.org.\n\nSecond, none at all.\n\nThird: www.example.com\n\n- item https://x.org\n- plain\n",
        "Ends with www\n\n.example.com starts the next, and https:\n\n//example.com too\n\n# A heading me@x.org\n",
    })
    void linksAsFlexmarkDoes(String markdown) {
        assertEquals(tree(parse(markdown, AutolinkExtension.create())),
                tree(parse(markdown, GatedAutolinks.create())));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Clone git://host/repo.git today.",
        "Use ssh:// to log in.",
        "Fetch ftp://files.example.com/a and ssh://host and irc://chat.example.org/#room",
        "In a *git://host/x.git* emphasis",
    })
    void linksNoOtherSchemeThanGfmDoes(String markdown) {
        String tree = tree(parse(markdown, GatedAutolinks.create()));
        assertFalse(tree.contains("AutoLink"), tree);
    }

    @Test
    void linksWwwHttpAndHttpsBesideOtherSchemes() {
        String tree = tree(parse("See git://a.org/x then https://b.org and www.c.org and Http://d.org, ftp://e.org",
                GatedAutolinks.create()));
        assertEquals(3, tree.split("AutoLink", -1).length - 1, tree);
    }

    @Test
    void findsEveryScannersStart() {
        assertTrue(GatedAutolinks.mayHoldLink("go to https://x"));
        assertTrue(GatedAutolinks.mayHoldLink("www.x"));
        assertTrue(GatedAutolinks.mayHoldLink("a@b"));
        assertTrue(GatedAutolinks.mayHoldLink("an escape \\."));
        assertTrue(GatedAutolinks.mayHoldLink("an entity &#64;"));
        assertFalse(GatedAutolinks.mayHoldLink("Note: words, with www but no dot, and :/ cut short: :/"));
        assertFalse(GatedAutolinks.mayHoldLink("ww."));
    }

    private static Node parse(String markdown, Extension... autolinks) {
        var options = new MutableDataSet();
        var extensions = new java.util.ArrayList<Extension>(List.of(TypographicExtension.create()));
        extensions.addAll(List.of(autolinks));
        options.set(Parser.EXTENSIONS, extensions);
        return Parser.builder(options).build().parse(markdown);
    }

    private static String tree(Node node) {
        var out = new StringBuilder();
        dump(node, 0, out);
        return out.toString();
    }

    private static void dump(Node node, int depth, StringBuilder out) {
        out.append("  ".repeat(depth)).append(node.getClass().getSimpleName())
                .append(' ').append(node.getChars().toVisibleWhitespaceString()).append('\n');
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            dump(child, depth + 1, out);
        }
    }
}
