package galley.epub;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/** A written EPUB read back from its bytes: the zip entries in order, and their XML parsed. */
final class EpubFile {

    private final Map<String, byte[]> entries = new LinkedHashMap<>();
    private final List<ZipEntry> zipEntries = new ArrayList<>();

    EpubFile(byte[] epub) throws IOException {
        try (var zip = new ZipInputStream(new ByteArrayInputStream(epub), StandardCharsets.UTF_8)) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                zipEntries.add(entry);
                entries.put(entry.getName(), zip.readAllBytes());
            }
        }
    }

    static EpubFile read(Path epub) throws IOException {
        return new EpubFile(Files.readAllBytes(epub));
    }

    List<String> names() {
        return List.copyOf(entries.keySet());
    }

    List<ZipEntry> zipEntries() {
        return List.copyOf(zipEntries);
    }

    boolean has(String name) {
        return entries.containsKey(name);
    }

    String text(String name) {
        byte[] data = entries.get(name);
        if (data == null) {
            throw new AssertionError("no entry " + name + " in " + entries.keySet());
        }
        return new String(data, StandardCharsets.UTF_8);
    }

    byte[] bytes(String name) {
        return entries.get(name);
    }

    /** The entry parsed as XML by jsoup, for selecting (prefixed names are written {@code dc|title}). */
    Document xml(String name) {
        return Jsoup.parse(text(name), "", Parser.xmlParser());
    }

    /** Parses the entry with a strict namespace-aware XML parser; throws if it is not well-formed. */
    org.w3c.dom.Document strict(String name) throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        var builder = factory.newDocumentBuilder();
        builder.setErrorHandler(null);
        return builder.parse(new ByteArrayInputStream(entries.get(name)));
    }
}
