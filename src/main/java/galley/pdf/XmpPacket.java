package galley.pdf;

import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;

/** The XMP metadata packet of a Galley PDF, agreeing entry for entry with its Info dictionary. */
final class XmpPacket {

    private XmpPacket() {
    }

    static byte[] of(DocumentMetadata meta, boolean pdfA) {
        String date = DateTimeFormatter.ISO_INSTANT.format(meta.date());
        StringBuilder x = new StringBuilder(2048);
        x.append("<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n")
                .append("<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n")
                .append(" <rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n")
                .append("  <rdf:Description rdf:about=\"\"\n")
                .append("    xmlns:dc=\"http://purl.org/dc/elements/1.1/\"\n")
                .append("    xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\"\n")
                .append("    xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\"");
        if (pdfA) {
            x.append("\n    xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\"");
        }
        x.append(">\n");
        x.append("   <dc:format>application/pdf</dc:format>\n");
        alt(x, "dc:title", meta.title());
        if (!meta.author().isEmpty()) {
            container(x, "dc:creator", "Seq", meta.author());
        }
        meta.subject().ifPresent(s -> alt(x, "dc:description", s));
        if (!meta.keywords().isEmpty()) {
            container(x, "dc:subject", "Bag", meta.keywords().toArray(new String[0]));
        }
        container(x, "dc:language", "Bag", meta.lang());
        simple(x, "dc:identifier", meta.identifier());
        meta.publisher().ifPresent(p -> container(x, "dc:publisher", "Bag", p));
        meta.rights().ifPresent(r -> alt(x, "dc:rights", r));
        simple(x, "xmp:CreateDate", date);
        simple(x, "xmp:ModifyDate", date);
        simple(x, "xmp:MetadataDate", date);
        simple(x, "xmp:CreatorTool", DocumentMetadata.CREATOR);
        simple(x, "pdf:Producer", DocumentMetadata.producer());
        if (!meta.keywords().isEmpty()) {
            simple(x, "pdf:Keywords", meta.keywordLine());
        }
        if (pdfA) {
            simple(x, "pdfaid:part", "2");
            simple(x, "pdfaid:conformance", "B");
        }
        x.append("  </rdf:Description>\n")
                .append(" </rdf:RDF>\n")
                .append("</x:xmpmeta>\n")
                .append("<?xpacket end=\"r\"?>");
        return x.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void simple(StringBuilder x, String name, String value) {
        x.append("   <").append(name).append('>').append(escape(value)).append("</").append(name).append(">\n");
    }

    private static void alt(StringBuilder x, String name, String value) {
        x.append("   <").append(name).append("><rdf:Alt><rdf:li xml:lang=\"x-default\">")
                .append(escape(value)).append("</rdf:li></rdf:Alt></").append(name).append(">\n");
    }

    private static void container(StringBuilder x, String name, String kind, String... values) {
        x.append("   <").append(name).append("><rdf:").append(kind).append('>');
        for (String value : values) {
            x.append("<rdf:li>").append(escape(value)).append("</rdf:li>");
        }
        x.append("</rdf:").append(kind).append("></").append(name).append(">\n");
    }

    /** Escapes XML's special characters and drops the control characters XML 1.0 cannot hold. */
    static String escape(String value) {
        StringBuilder out = new StringBuilder(value.length());
        value.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> {
                    if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
                        out.appendCodePoint(c);
                    }
                }
            }
        });
        return out.toString();
    }
}
