package galley.read.markdown;


import galley.model.Block;
import galley.model.Inline;
import galley.model.LinkTarget;
import galley.testing.TestBook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A bare address written in Chinese, Japanese or Korean text ends where that text begins, and one
 * written after a Hebrew or Arabic prefix starts after it.
 */
class CjkAutolinksTest {

    @TempDir
    Path dir;

    private List<Inline> paragraph(String lang, String markdown) {
        var book = TestBook.with(dir, "title: T\nlang: " + lang + "\n").file("manuscript/ch.md", "# C\n\n" + markdown + "\n");
        assertEquals(List.of(), book.rendered());
        return ((Block.Paragraph) book.body(0).get(0)).content();
    }

    private static Inline.Text text(String s) {
        return new Inline.Text(s);
    }

    private static Inline.Link link(String href, String written) {
        return new Inline.Link(new LinkTarget.External(href), List.of(text(written)));
    }

    @Test
    void anAddressEndsBeforeTheChineseAfterIt() {
        assertEquals(List.of(text("以及长的网址"),
                        link("https://example.com/path/to/page", "https://example.com/path/to/page"), text("的换行。")),
                paragraph("zh", "以及长的网址https://example.com/path/to/page的换行。"));
    }

    @Test
    void aWwwAddressEndsAtAFullStop() {
        assertEquals(List.of(text("见"), link("http://www.example.com/path", "www.example.com/path"), text("。以后")),
                paragraph("zh", "见www.example.com/path。以后"));
    }

    @Test
    void fullWidthParenthesesStayOutOfTheLink() {
        assertEquals(List.of(text("（参见"), link("https://example.com/a", "https://example.com/a"), text("）")),
                paragraph("zh", "（参见https://example.com/a）"));
    }

    @Test
    void japaneseKanaAndKoreanEndAnAddressToo() {
        assertEquals(List.of(text("詳しくは"), link("https://example.jp/doc", "https://example.jp/doc"), text("を参照、")),
                paragraph("ja", "詳しくはhttps://example.jp/docを参照、"));
        assertEquals(List.of(text("주소"), link("https://example.kr/", "https://example.kr/"), text("입니다")),
                paragraph("ko", "주소https://example.kr/입니다"));
    }

    @Test
    void anAddressEndsAsAtWhiteSpaceDroppingTrailingPunctuation() {
        // the scanner leaves a sentence's full stop out of an address ended by a space; so here
        assertEquals(List.of(text("网址"), link("https://example.com/a", "https://example.com/a"), text(".的")),
                paragraph("zh", "网址https://example.com/a.的"));
    }

    @Test
    void everyAddressInARunIsFoundMailAddressesIncluded() {
        assertEquals(List.of(text("先"), link("https://a.example/x", "https://a.example/x"), text("和"),
                        link("https://b.example/y", "https://b.example/y"), text("，请联系"),
                        link("mailto:me@example.org", "me@example.org"), text("获取")),
                paragraph("zh", "先https://a.example/x和https://b.example/y，请联系me@example.org获取"));
    }

    @Test
    void escapesAndTypographyInTheAddressAreReadAsBefore() {
        assertEquals(List.of(text("网址"), link("https://example.com/a_b", "https://example.com/a_b"), text("的")),
                paragraph("zh", "网址https://example.com/a\\_b的"));
    }

    @Test
    void otherLettersStayInTheAddress() {
        assertEquals(List.of(text("См. "), link("https://ru.wikipedia.org/wiki/Москва", "https://ru.wikipedia.org/wiki/Москва"),
                        text(" и\u00A0далее.")), // a one-letter word is tied to the next in Russian
                paragraph("ru", "См. https://ru.wikipedia.org/wiki/Москва и далее."));
        assertEquals(List.of(text("Voir "), link("https://fr.example/café", "https://fr.example/café"), text(".")),
                paragraph("fr", "Voir https://fr.example/café."));
    }

    @Test
    void anAddressInAngleBracketsIsTheWritersOwn() {
        assertEquals(List.of(text("见"), link("https://例子.中国/页", "https://例子.中国/页"), text("。")),
                paragraph("zh", "见<https://例子.中国/页>。"));
    }

    @Test
    void problemsAreReportedAtTheAddressesLine() {
        var book = TestBook.with(dir, "title: T\nlang: zh\n")
                .file("manuscript/ch.md", "# C\n\n第一行https://example.com/a的\n第二行http://../x的文字\n");
        var content = ((Block.Paragraph) book.body(0).get(0)).content();
        assertEquals(List.of(text("第一行"), link("https://example.com/a", "https://example.com/a"),
                text("的第二行http://../x的文字")), content);
        assertEquals(List.of("manuscript/ch.md:4: warning: not a valid web address, link removed, its text kept: http://../x"),
                book.rendered());
    }

    @Test
    void tellsWhatEndsAnAddress() {
        assertTrue(CjkAutolinks.holdsCjk("abc的"));
        assertTrue(CjkAutolinks.holdsCjk("a）"));
        assertTrue(CjkAutolinks.holdsCjk("a\u3000"));
        assertTrue(CjkAutolinks.holdsCjk("aー"));
        assertTrue(CjkAutolinks.holdsCjk("a\uD840\uDC0B"));
        assertFalse(CjkAutolinks.holdsCjk("https://ru.wikipedia.org/wiki/Москва"));
        assertFalse(CjkAutolinks.holdsCjk("naïve—“quoted”…"));
    }

    // a Hebrew or Arabic prefix attached to an address, with or without a maqaf, stays text before the link

    @Test
    void aHebrewPrefixWithAMaqafStaysOutOfAnEmailAddress() {
        assertEquals(List.of(text("כתבו אלינו ל־"), link("mailto:garden@example.org", "garden@example.org"), text(".")),
                paragraph("he", "כתבו אלינו ל־garden@example.org."));
    }

    @Test
    void aPrefixWithoutAMaqafOrInArabicStaysOutToo() {
        assertEquals(List.of(text("כתבו ל"), link("mailto:garden@example.org", "garden@example.org")),
                paragraph("he", "כתבו לgarden@example.org"));
        assertEquals(List.of(text("اكتبوا إلى و"), link("mailto:garden@example.org", "garden@example.org")),
                paragraph("ar", "اكتبوا إلى وgarden@example.org"));
    }

    @Test
    void anAddressAfterASpaceAndAWebAddressAreLinkedAsBefore() {
        assertEquals(List.of(text("ראו "), link("http://www.example.org/roof-gardens", "www.example.org/roof-gardens"),
                        text(" או "), link("mailto:garden@example.org", "garden@example.org")),
                paragraph("he", "ראו www.example.org/roof-gardens או garden@example.org"));
    }
}
