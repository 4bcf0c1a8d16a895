package galley.epub;

import galley.diagnostic.Diagnostics;
import galley.model.Block;
import galley.model.Book;
import galley.model.Chapter;
import galley.model.Inline;
import galley.model.PageMap;
import galley.model.Source;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A span is written as an XHTML {@code <span>} with its id, classes, language and direction. */
class SpanXhtmlTest {

    @TempDir
    Path folder;

    @Test
    void aSpanKeepsItsIdClassesLanguageAndDirection() throws IOException {
        var attributes = new LinkedHashMap<String, String>();
        attributes.put("lang", "fr");
        attributes.put("dir", "rtl");
        var span = new Inline.Span("quote", List.of("smallcaps", "underline"), attributes,
                List.of(new Inline.Text("la vie")));
        Document page = chapter(List.of(new Inline.Text("He said "), span, new Inline.Text(" and left.")));

        Element written = page.selectFirst("span#quote");
        assertNotNull(written, page.outerHtml());
        assertEquals("smallcaps underline", written.attr("class"));
        assertEquals("fr", written.attr("lang"));
        assertEquals("fr", written.attr("xml:lang"));
        assertEquals("rtl", written.attr("dir"));
        assertEquals("la vie", written.text());
        assertTrue(written.parent().text().contains("He said la vie and left."), written.parent().text());
    }

    @Test
    void anEmptySpanIsAPlaceToLinkToAndAnUnknownDirectionIsLeftOut() throws IOException {
        Document page = chapter(List.of(new Inline.Text("before "), Inline.Span.anchor("mark"),
                new Inline.Span("", List.of(), Map.of("dir", "sideways"), List.of(new Inline.Text("after")))));

        Element mark = page.selectFirst("span#mark");
        assertNotNull(mark, page.outerHtml());
        assertEquals("", mark.text());
        Element plain = page.select("span").last();
        assertEquals("after", plain.text());
        assertFalse(plain.hasAttr("dir"), "only ltr, rtl and auto are written: " + plain.outerHtml());
    }

    private Document chapter(List<Inline> content) throws IOException {
        Book sample = HandBuiltBooks.sample(folder, "A red square");
        Chapter first = sample.chapters().get(0);
        var blocks = new ArrayList<Block>(List.of(new Block.Paragraph(content, new Source(first.source(), 3))));
        var chapters = new ArrayList<>(sample.chapters());
        chapters.set(0, new Chapter(0, first.id(), first.title(), first.source(), blocks));
        Book book = new Book(sample.metadata(), chapters, sample.cover(), sample.name(), sample.modified(),
                sample.tocDepth(), sample.pageSize());
        var out = new ByteArrayOutputStream();
        var diagnostics = new Diagnostics();
        new EpubWriter(EpubOptions.defaults()).write(book, PageMap.none(), diagnostics, out);
        EpubFile epub = new EpubFile(out.toByteArray());
        String name = epub.names().stream().filter(n -> n.endsWith(".xhtml") && epub.text(n).contains("before ")
                || n.endsWith(".xhtml") && epub.text(n).contains("He said")).findFirst().orElseThrow();
        return epub.xml(name);
    }
}
