package galley.read.links;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Heading ids as pandoc 2.17 makes them ({@code pandoc -f markdown} and {@code -f gfm}, the ids
 * copied from its output), from the heading's text as Galley reads it (typographic dashes and
 * quotes already made, as pandoc's smart extension makes them).
 */
class AutoIdentifiersTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Reader options | reader-options | reader-options",
        "1. A – b  ½ हिन्दी Δ. x | a-b-½-हनद-δ.-x | a-b--हनद-δ.-x",
        "Введение в тему | введение-в-тему | введение-в-тему",
        "2020: Итоги года | итоги-года | итоги-года",
        "What’s new in v2.0? | whats-new-in-v2.0 | whats-new-in-v2.0",
        "日本語の見出し | 日本語の見出し | 日本語の見出し",
        "C++ & C# (notes) | c-c-notes | c-c-notes",
        "Héllo Wörld | héllo-wörld | héllo-wörld",
        "— | section | section",
        "שלום עולם | שלום-עולם | שלום-עולם",
        "مرحبا بالعالم | مرحبا-بالعالم | مرحبا-بالعالم",
    })
    void pandocsIdentifiers(String text, String pandoc, String asXmlName) {
        assertEquals(pandoc, AutoIdentifiers.PANDOC.wanted(text));
        assertEquals(asXmlName, AutoIdentifiers.PANDOC.of(text));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Reader options | reader-options | reader-options",
        "1. A -- b  ½ हिन्दी Δ. x | 1-a----b-½-हिन्दी-δ-x | _1-a----b--हिन्दी-δ-x",
        "2020: Итоги года | 2020-итоги-года | _2020-итоги-года",
        "What's new in v2.0? | whats-new-in-v20 | whats-new-in-v20",
        "C++ & C# (notes) | c--c-notes | c--c-notes",
        "Héllo Wörld | héllo-wörld | héllo-wörld",
        "שלום עולם | שלום-עולם | שלום-עולם",
    })
    void githubsIdentifiers(String text, String gfm, String asXmlName) {
        assertEquals(gfm, AutoIdentifiers.GFM.wanted(text));
        assertEquals(asXmlName, AutoIdentifiers.GFM.of(text));
    }
}
