package galley.epub;

import galley.model.Metadata;

import java.util.Locale;
import java.util.Map;

/**
 * The package document's metadata that only pandoc's keys give, written as pandoc's EPUB 3 writer
 * writes it: identifiers with their ONIX scheme, creators with their MARC roles and {@code file-as},
 * and the series ({@code belongs-to-collection}, {@code collection-type}, {@code group-position}).
 */
final class PandocMetadata {

    // ONIX code list 5, as pandoc maps its scheme names; any other scheme is 01, proprietary
    private static final Map<String, String> ONIX = Map.ofEntries(
            Map.entry("isbn-10", "02"), Map.entry("gtin-13", "03"), Map.entry("upc", "04"), Map.entry("ismn-10", "05"),
            Map.entry("doi", "06"), Map.entry("lccn", "13"), Map.entry("gtin-14", "14"), Map.entry("isbn-13", "15"),
            Map.entry("isbn", "15"), Map.entry("legal deposit number", "17"), Map.entry("urn", "22"),
            Map.entry("oclc", "23"), Map.entry("ismn-13", "25"), Map.entry("isbn-a", "26"), Map.entry("jp", "27"),
            Map.entry("olcc", "28"));

    private PandocMetadata() {
    }

    /** The scheme of the book's identifier, and every identifier after the first. */
    static void identifiers(XmlWriter xml, Metadata metadata) {
        for (int i = 0; i < metadata.identifiers().size(); i++) {
            Metadata.Identifier identifier = metadata.identifiers().get(i);
            String id = i == 0 ? "pub-id" : "pub-id-" + (i + 1);
            if (i > 0) {
                xml.element("dc:identifier", identifier.value(), "id", id).newline();
            }
            identifier.scheme().ifPresent(scheme -> xml.element("meta", onix(scheme), "refines", "#" + id,
                    "property", "identifier-type", "scheme", "onix:codelist5").newline());
        }
    }

    static String onix(String scheme) {
        return ONIX.getOrDefault(scheme.toLowerCase(Locale.ROOT), "01");
    }

    /** The {@code file-as} of author {@code name}, written as creator {@code id}, when book.yaml gives one. */
    static void fileAs(XmlWriter xml, Metadata metadata, String name, String id) {
        metadata.creators().stream().filter(c -> c.role().equals("aut") && c.name().equals(name)).findFirst()
                .flatMap(Metadata.Creator::fileAs)
                .ifPresent(f -> xml.element("meta", f, "refines", "#" + id, "property", "file-as").newline());
    }

    /** The creators that are not authors (editors, translators …), each with its role. */
    static void otherCreators(XmlWriter xml, Metadata metadata) {
        int n = metadata.authors().size();
        for (Metadata.Creator creator : metadata.creators()) {
            if (creator.role().equals("aut")) {
                continue;
            }
            String id = "creator-" + (++n);
            xml.element("dc:creator", creator.name(), "id", id).newline();
            xml.element("meta", creator.role(), "refines", "#" + id, "property", "role", "scheme", "marc:relators").newline();
            creator.fileAs().ifPresent(f -> xml.element("meta", f, "refines", "#" + id, "property", "file-as").newline());
        }
    }

    /** The series the book belongs to, and its place in it. */
    static void collection(XmlWriter xml, Metadata metadata) {
        metadata.collection().ifPresent(c -> {
            xml.element("meta", c.title(), "property", "belongs-to-collection", "id", "collection").newline();
            xml.element("meta", "series", "refines", "#collection", "property", "collection-type").newline();
            c.position().ifPresent(p -> xml.element("meta", p, "refines", "#collection", "property", "group-position")
                    .newline());
        });
    }
}
