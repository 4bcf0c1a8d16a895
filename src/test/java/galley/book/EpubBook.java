package galley.book;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/** An EPUB read back: its package document, chapter documents and navigation document, parsed as XML. */
final class EpubBook {

    /** An entry of the nav's table of contents, with the entries nested under it. */
    record NavEntry(String title, String href, List<NavEntry> children) {
    }

    private final Map<String, Document> documents = new HashMap<>();

    private EpubBook() {
    }

    static EpubBook read(Path epub) throws IOException {
        var book = new EpubBook();
        try (var zip = new ZipFile(epub.toFile(), StandardCharsets.UTF_8)) {
            for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
                if (entry.getName().endsWith(".xhtml") || entry.getName().endsWith(".opf")) {
                    try (var in = zip.getInputStream(entry)) {
                        String xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                        book.documents.put(entry.getName(), Jsoup.parse(xml, "", Parser.xmlParser()));
                    }
                }
            }
        }
        return book;
    }

    /** The XHTML document of the chapter at {@code index}, from 0. */
    Document chapter(int index) {
        return document(String.format(Locale.ROOT, "OEBPS/chapter-%03d.xhtml", index + 1));
    }

    Document document(String name) {
        Document document = documents.get(name);
        if (document == null) {
            throw new AssertionError("no " + name + " in the EPUB");
        }
        return document;
    }

    /** The table of contents of the nav document, nested as it is. */
    List<NavEntry> nav() {
        Element toc = document("OEBPS/nav.xhtml").selectFirst("nav#toc > ol");
        if (toc == null) {
            throw new AssertionError("no nav#toc");
        }
        return entries(toc);
    }

    private static List<NavEntry> entries(Element ol) {
        var out = new ArrayList<NavEntry>();
        for (Element li : ol.children()) {
            Element a = li.selectFirst("> a");
            Element nested = li.selectFirst("> ol");
            out.add(new NavEntry(a == null ? "" : a.text(), a == null ? "" : a.attr("href"),
                    nested == null ? List.of() : entries(nested)));
        }
        return out;
    }
}
