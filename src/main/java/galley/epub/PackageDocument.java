package galley.epub;

import galley.diagnostic.Diagnostics;
import galley.diagnostic.Problem;
import galley.i18n.Word;
import galley.i18n.Words;
import galley.model.Metadata;
import io.documentnode.epub4j.domain.GuideReference;
import io.documentnode.epub4j.domain.ManifestItemProperties;
import io.documentnode.epub4j.domain.Resource;
import io.documentnode.epub4j.domain.SpineReference;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.regex.Pattern;

/**
 * Writes the EPUB 3 package document ({@code content.opf}): Galley's metadata with the
 * accessibility claims and {@code dcterms:modified}, then the manifest, spine and guide of the
 * epub4j book. epub4j's own package writer only knows EPUB 2, so this one replaces it.
 */
final class PackageDocument {

    static final DateTimeFormatter MODIFIED = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'")
            .withZone(ZoneOffset.UTC);

    /** The W3C date-time profile {@code dc:date} must follow, from a year alone to a full timestamp. */
    private static final Pattern W3C_DATE = Pattern.compile(
            "\\d{4}(-\\d{2}(-\\d{2}(T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2}))?)?)?");

    private static final String OPF_NS = "http://www.idpf.org/2007/opf";
    private static final String DC_NS = "http://purl.org/dc/elements/1.1/";

    private PackageDocument() {
    }

    /** The package document of {@code publication}, whose bibliographic data is {@code metadata}. */
    static String render(Publication publication, Metadata metadata, Instant modified, Diagnostics diagnostics) {
        XmlWriter xml = new XmlWriter().declaration();
        xml.start("package", "xmlns", OPF_NS, "version", "3.0", "unique-identifier", "pub-id",
                "xml:lang", metadata.lang()).newline();
        metadata(xml, publication, metadata, modified, diagnostics);
        manifest(xml, publication);
        spine(xml, publication, metadata);
        guide(xml, publication);
        xml.end().newline();
        return xml.finish();
    }

    private static void metadata(XmlWriter xml, Publication publication, Metadata metadata, Instant modified,
                                 Diagnostics diagnostics) {
        xml.start("metadata", "xmlns:dc", DC_NS).newline();
        xml.element("dc:identifier", metadata.identifier(), "id", "pub-id").newline();
        PandocMetadata.identifiers(xml, metadata);
        xml.element("dc:title", metadata.title(), "id", "title").newline();
        metadata.titleFileAs().ifPresent(f -> xml.element("meta", f, "refines", "#title", "property", "file-as").newline());
        metadata.subtitle().ifPresent(subtitle -> {
            xml.element("meta", "main", "refines", "#title", "property", "title-type").newline();
            xml.element("dc:title", subtitle, "id", "subtitle").newline();
            xml.element("meta", "subtitle", "refines", "#subtitle", "property", "title-type").newline();
        });
        for (int i = 0; i < metadata.authors().size(); i++) {
            String id = "creator-" + (i + 1);
            xml.element("dc:creator", metadata.authors().get(i), "id", id).newline();
            xml.element("meta", "aut", "refines", "#" + id, "property", "role", "scheme", "marc:relators").newline();
            PandocMetadata.fileAs(xml, metadata, metadata.authors().get(i), id);
        }
        PandocMetadata.otherCreators(xml, metadata);
        PandocMetadata.collection(xml, metadata);
        xml.element("dc:language", metadata.lang()).newline();
        metadata.date().ifPresent(date -> {
            if (W3C_DATE.matcher(date).matches()) {
                xml.element("dc:date", date).newline();
            } else {
                Problem.EPUB_DATE_FORMAT.report(diagnostics, "manuscript/book.yaml", 1,
                        "date '" + date + "' is not a W3C date such as 2024 or 2024-05-31; the EPUB leaves it out");
            }
        });
        metadata.publisher().ifPresent(p -> xml.element("dc:publisher", p).newline());
        metadata.rights().ifPresent(r -> xml.element("dc:rights", r).newline());
        metadata.description().ifPresent(d -> xml.element("dc:description", d).newline());
        metadata.subjects().forEach(s -> xml.element("dc:subject", s).newline());
        if (publication.pageList()) {
            // EPUB 3 names the source of the page numbers in dc:source; EPUB Accessibility 1.1
            // reading systems and checkers look for pageBreakSource, which says the same
            String source = Words.of(metadata.language()).format(Word.PRINT_EDITION, metadata.title());
            xml.element("dc:source", source).newline();
            xml.element("meta", source, "property", "pageBreakSource").newline();
        }
        xml.element("meta", MODIFIED.format(modified.truncatedTo(ChronoUnit.SECONDS)),
                "property", "dcterms:modified").newline();
        if (publication.book().getCoverImage() != null) {
            xml.empty("meta", "name", "cover", "content", publication.book().getCoverImage().getId()).newline();
        }
        accessibility(xml, publication.accessibility());
        xml.end().newline();
    }

    private static void accessibility(XmlWriter xml, AccessibilityMetadata claims) {
        claims.accessModes().forEach(m -> schema(xml, "accessMode", m));
        claims.sufficientModes().forEach(m -> schema(xml, "accessModeSufficient", m));
        claims.features().forEach(f -> schema(xml, "accessibilityFeature", f));
        claims.hazards().forEach(h -> schema(xml, "accessibilityHazard", h));
        // the summary is written in English whatever the book's language, and says so
        xml.element("meta", claims.summary(), "property", "schema:accessibilitySummary", "xml:lang", "en").newline();
        claims.conformsTo().ifPresent(c -> xml.element("meta", c, "property", "dcterms:conformsTo").newline());
    }

    private static void schema(XmlWriter xml, String property, String value) {
        xml.element("meta", value, "property", "schema:" + property).newline();
    }

    private static void manifest(XmlWriter xml, Publication publication) {
        xml.start("manifest").newline();
        Resource cover = publication.book().getCoverImage();
        for (Resource resource : publication.manifest()) {
            String properties = resource == publication.nav() ? ManifestItemProperties.NAV.getName()
                    : resource == cover ? ManifestItemProperties.COVER_IMAGE.getName() : null;
            xml.empty("item", "id", resource.getId(), "href", ContentPaths.reference(resource.getHref(), ""),
                    "media-type", resource.getMediaType().getName(), "properties", properties).newline();
        }
        xml.end().newline();
    }

    // a book in a right-to-left language turns its pages from right to left, as a printed one does
    private static void spine(XmlWriter xml, Publication publication, Metadata metadata) {
        xml.start("spine", "toc", publication.book().getSpine().getTocResource().getId(), "page-progression-direction",
                XhtmlPage.direction(metadata.language())).newline();
        for (SpineReference reference : publication.book().getSpine().getSpineReferences()) {
            xml.empty("itemref", "idref", reference.getResourceId(), "linear", reference.isLinear() ? null : "no").newline();
        }
        xml.end().newline();
    }

    // The guide is an EPUB 2 feature that EPUB 3 keeps for older reading systems.
    private static void guide(XmlWriter xml, Publication publication) {
        xml.start("guide").newline();
        for (GuideReference reference : publication.book().getGuide().getReferences()) {
            xml.empty("reference", "type", reference.getType(), "title", reference.getTitle(),
                    "href", ContentPaths.reference(reference.getResource().getHref(), reference.getFragmentId())).newline();
        }
        xml.end().newline();
    }
}
