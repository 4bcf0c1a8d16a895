package galley.cli;

import galley.testing.HarbourAlmanac;
import galley.testing.Slow;
import galley.testing.TestBook;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.jsoup.Jsoup;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The same manuscript builds to byte-identical editions wherever it lies and however often it is
 * built, and every timestamp in them comes from SOURCE_DATE_EPOCH when set, else from the book's date.
 */
@Slow
class ReproducibleBuildTest {

    private static final long EPOCH = 1_700_000_000L;
    private static final Instant FROM_EPOCH = Instant.ofEpochSecond(EPOCH);
    private static final Instant FROM_DATE = Instant.parse("2024-03-01T00:00:00Z");

    @TempDir
    Path work;

    @Test
    void twoBuildsOfTheBookInSeparateFoldersAreByteIdentical() throws IOException {
        List<String> first = build(HarbourAlmanac.write(work.resolve("one/book")).dir, work.resolve("one/out"), Map.of());
        List<String> second = build(HarbourAlmanac.write(work.resolve("two/a/deeper/book")).dir, work.resolve("two/out"), Map.of());
        assertEquals(first, second);
        assertTimestamps(work.resolve("one/out"), FROM_DATE);
    }

    @Test
    void sourceDateEpochSetsEveryTimestampAndStillGivesTheSameBytes() throws IOException {
        Map<String, String> env = Map.of("SOURCE_DATE_EPOCH", Long.toString(EPOCH));
        List<String> first = build(HarbourAlmanac.write(work.resolve("one/book")).dir, work.resolve("one/out"), env);
        List<String> second = build(HarbourAlmanac.write(work.resolve("two/book")).dir, work.resolve("two/out"), env);
        assertEquals(first, second);
        assertTimestamps(work.resolve("one/out"), FROM_EPOCH);

        List<String> dated = build(work.resolve("one/book"), work.resolve("dated"), Map.of());
        assertNotEquals(first.get(1), dated.get(1), "the EPUB carries its timestamp");
        assertNotEquals(first.get(2), dated.get(2), "the PDF carries its timestamp");
    }

    @Test
    void theRepositoryBookBuildsTwiceToTheSameBytes() throws IOException {
        Map<String, String> env = Map.of("SOURCE_DATE_EPOCH", Long.toString(EPOCH));
        Path book = TestBook.repository();
        assertEquals(build(book, work.resolve("one"), env), build(book, work.resolve("two"), env));
    }

    /** The mimetype first and stored, then every zip entry, dcterms:modified and the PDF dates at {@code time}. */
    private static void assertTimestamps(Path out, Instant time) throws IOException {
        Path epub = out.resolve(HarbourAlmanac.NAME + ".epub");
        try (var zip = new ZipFile(epub.toFile(), StandardCharsets.UTF_8)) {
            List<? extends ZipEntry> entries = zip.stream().toList();
            assertEquals("mimetype", entries.get(0).getName());
            assertEquals(ZipEntry.STORED, entries.get(0).getMethod());
            LocalDateTime wallClock = LocalDateTime.ofInstant(time, ZoneOffset.UTC);
            for (ZipEntry entry : entries) {
                assertEquals(wallClock, entry.getTimeLocal(), entry.getName());
            }
            String opf = new String(zip.getInputStream(zip.getEntry("OEBPS/content.opf")).readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(time.toString(), Jsoup.parse(opf, "", Parser.xmlParser())
                    .selectFirst("meta[property=dcterms:modified]").text());
        }
        byte[] start = Files.readAllBytes(epub);
        assertEquals("mimetypeapplication/epub+zip", new String(start, 30, 28, StandardCharsets.US_ASCII));

        try (PDDocument pdf = Loader.loadPDF(out.resolve(HarbourAlmanac.NAME + ".pdf").toFile())) {
            var info = pdf.getDocumentInformation();
            assertEquals(time.toEpochMilli(), info.getCreationDate().getTimeInMillis());
            assertEquals(time.toEpochMilli(), info.getModificationDate().getTimeInMillis());
            String xmp = new String(pdf.getDocumentCatalog().getMetadata().toByteArray(), StandardCharsets.UTF_8);
            assertTrue(xmp.contains(time.toString().replace("Z", "")), "XMP dates: " + xmp);
        }
    }

    /**
     * Builds {@code book} into {@code out} with {@code env} as the whole environment; the SHA-256 of
     * every file written, by name: cover copy, EPUB, PDF, download page, catalogue.
     */
    private static List<String> build(Path book, Path out, Map<String, String> env) throws IOException {
        var err = new ByteArrayOutputStream();
        int status;
        try (var errors = new PrintStream(err, true, StandardCharsets.UTF_8);
             var output = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8)) {
            status = Galley.run(new String[] {"build", book.toString(), "--output", out.toString()}, output, errors, env);
        }
        assertEquals(0, status, err.toString(StandardCharsets.UTF_8));
        var hashes = new ArrayList<String>();
        try (var files = Files.list(out)) {
            List<Path> editions = files.sorted().toList();
            assertEquals(5, editions.size(), editions.toString());
            for (Path file : editions) {
                hashes.add(sha256(file));
            }
        }
        return hashes;
    }

    private static String sha256(Path file) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }
}
