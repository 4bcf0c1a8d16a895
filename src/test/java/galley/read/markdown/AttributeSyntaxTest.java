package galley.read.markdown;

import galley.read.AttributeList;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Attribute braces read as pandoc 2.17 reads them (its native output for each input is the expectation). */
class AttributeSyntaxTest {

    private static Optional<AttributeList> read(String braces) {
        return AttributeSyntax.read(braces + " tail", 0).map(r -> {
            assertEquals(braces.length(), r.end(), "the braces end where they close");
            return r.attributes();
        });
    }

    private static AttributeList list(String id, List<String> classes, String... pairs) {
        var map = new LinkedHashMap<String, String>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return new AttributeList(id, classes, map);
    }

    @Test
    void idsClassesAndPairsInSourceOrder() {
        assertEquals(Optional.of(list("i", List.of("c"), "k", "v", "k2", "a b")), read("{#i .c k=v k2=\"a b\"}"));
        assertEquals(Optional.of(list("i", List.of("c", "d"))), read("{.c #i .d}"));
        assertEquals(Optional.of(list("", List.of(), "data-x", "1 2", "lang", "fr", "dir", "rtl")),
                read("{data-x=\"1 2\" lang=fr dir=rtl}"));
        assertEquals(Optional.of(list("a.b", List.of())), read("{#a.b}"));
        assertEquals(Optional.of(list("b", List.of())), read("{#a #b}"), "the last id wins");
        assertEquals(Optional.of(list("über", List.of("ç"))), read("{#über .ç}"));
        assertEquals(Optional.of(list("i", List.of("c"))), read("{#i\n.c}"));
    }

    @Test
    void emptyBracesAreAnEmptyListAndAHyphenIsUnnumbered() {
        assertEquals(Optional.of(AttributeList.NONE), read("{}"));
        assertEquals(Optional.of(AttributeList.NONE), read("{ }"));
        assertEquals(Optional.of(list("", List.of("unnumbered"))), read("{-}"));
        assertEquals(Optional.of(list("", List.of("c", "unnumbered"))), read("{.c -}"));
    }

    @Test
    void valuesQuotedOrRunningToASpaceOrTheBrace() {
        assertEquals(Optional.of(list("", List.of(), "ky", "v=w")), read("{ky=v=w}"));
        assertEquals(Optional.of(list("", List.of(), "k", "a\"b")), read("{k=a\"b}"));
        assertEquals(Optional.of(list("", List.of(), "k", "x y")), read("{k='x y'}"));
        assertEquals(Optional.of(list("", List.of(), "key", "a\"b")), read("{key=\"a\\\"b\"}"));
        assertEquals(Optional.of(list("", List.of(), "k", "a\\b\\n")), read("{k=\"a\\\\b\\n\"}"));
        assertEquals(Optional.of(list("", List.of(), "k", "")), read("{k=}"));
        assertEquals(Optional.of(list("", List.of(), "k_", "1")), read("{k_=1}"));
    }

    @Test
    void anythingElseIsNoAttributes() {
        for (String text : List.of("{word}", "{name}", "{#x=y}", "{.1x}", "{#1x}", "{:k=v}", "{.a,.b}", "{#_x}",
                "{._x}", "{-x}", "{#a\tb}", "{*emph*}", "{#a", "{k=\"open}", "{{name}}", "{.c}}x")) {
            Optional<AttributeSyntax.Read> read = AttributeSyntax.read(text, 0);
            if (text.equals("{.c}}x")) {
                assertEquals(4, read.orElseThrow().end(), "the first closing brace ends them");
            } else {
                assertEquals(Optional.empty(), read, text);
            }
        }
        assertEquals(Optional.empty(), AttributeSyntax.read("x{.c}", 0), "they open with a brace");
        assertEquals(Map.of(), AttributeSyntax.read("{.c}", 0).orElseThrow().attributes().pairs());
    }
}
