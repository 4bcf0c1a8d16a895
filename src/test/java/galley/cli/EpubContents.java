package galley.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/** The text documents inside an EPUB, by entry name, read with java.util.zip alone. */
record EpubContents(Map<String, String> documents) {

    static EpubContents read(Path epub) {
        var documents = new TreeMap<String, String>();
        try (var zip = new ZipFile(epub.toFile())) {
            for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
                String name = entry.getName();
                if (name.endsWith(".xhtml") || name.endsWith(".opf") || name.endsWith(".ncx") || name.endsWith(".xml")
                        || name.endsWith(".css") || name.equals("mimetype")) {
                    documents.put(name, new String(zip.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new EpubContents(documents);
    }

    String packageDocument() {
        return documents.entrySet().stream().filter(e -> e.getKey().endsWith(".opf")).findFirst().orElseThrow().getValue();
    }

    Map<String, String> xhtml() {
        var out = new TreeMap<String, String>();
        documents.forEach((k, v) -> {
            if (k.endsWith(".xhtml")) {
                out.put(k, v);
            }
        });
        return out;
    }

    String nav() {
        return xhtml().entrySet().stream().filter(e -> e.getKey().contains("nav")).findFirst().orElseThrow().getValue();
    }

    /** All chapter documents joined. */
    String chapterText() {
        var text = new StringBuilder();
        xhtml().forEach((k, v) -> {
            if (!k.contains("nav") && !k.contains("title") && !k.contains("cover")) {
                text.append(v);
            }
        });
        return text.toString();
    }
}
