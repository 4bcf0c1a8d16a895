package galley.cli;

import galley.epub.EpubCheckReport;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Hostile and broken manuscripts, round two (issue 23): inputs that crashed the build, produced
 * editions EPUBCheck or PDF/A reject, kept dangerous links or forged diagnostic lines. Each runs
 * through {@code build} and {@code check}, which must agree.
 */
class HostileManuscriptRoundTwoTest {

    private static final Pattern ID = Pattern.compile(" id=\"([^\"]+)\"");

    @TempDir
    Path book;

    @BeforeEach
    void writeBook() throws IOException {
        HostileBook.write(book);
    }

    private void chapter(String markdown) throws IOException {
        Files.writeString(book.resolve("manuscript/01-chapter.md"), markdown, StandardCharsets.UTF_8);
    }

    private void yaml(String text) throws IOException {
        Files.writeString(book.resolve("manuscript/book.yaml"), text, StandardCharsets.UTF_8);
    }

    private BookFolder.Run run(String command) {
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        int status;
        try (var o = new PrintStream(out, true, StandardCharsets.UTF_8);
             var e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            String[] args = command.equals("build") ? new String[] {"build", book.toString(), "--quiet", "--no-site"}
                    : new String[] {"check", book.toString(), "--quiet"};
            status = Galley.run(args, o, e, Map.of());
        }
        return new BookFolder.Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** Builds and checks; both must end with {@code status} and report the same problems. */
    private BookFolder.Run buildAndCheck(int status) {
        BookFolder.Run built = run("build");
        assertEquals(status, built.status(), built.err());
        BookFolder.Run checked = run("check");
        assertEquals(status, checked.status(), checked.err());
        assertEquals(built.err().strip(), checked.err().strip(), "build and check disagree");
        return built;
    }

    private Path epub() {
        return book.resolve("dist/hostile.epub");
    }

    private Path pdf() {
        return book.resolve("dist/hostile.pdf");
    }

    private void assertEpubCheckClean() {
        assertEquals(List.of(), EpubCheckReport.check(epub()).problems());
    }

    private String pdfText() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf().toFile())) {
            return new PDFTextStripper().getText(doc);
        }
    }

    private List<String> pdfUris() throws IOException {
        var uris = new ArrayList<String>();
        try (PDDocument doc = Loader.loadPDF(pdf().toFile())) {
            for (PDPage page : doc.getPages()) {
                for (PDAnnotation annotation : page.getAnnotations()) {
                    if (annotation instanceof PDAnnotationLink link && link.getAction() instanceof PDActionURI uri) {
                        uris.add(uri.getURI());
                    }
                }
            }
        }
        return uris;
    }

    // ---- 1. a note whose first block is not a paragraph

    @Test
    void notesOpeningWithAQuoteAListOrAHeadingBuildInBothEditions() throws IOException {
        chapter("""
                # C

                Quoted.[^q] Listed.[^l] Headed.[^h]

                [^q]: > A quoted note.

                [^l]: - a listed note
                    - its second item

                [^h]: ## Heading of a note

                    Its paragraph.
                """);
        buildAndCheck(0);
        assertEpubCheckClean();
        String chapter = EpubContents.read(epub()).chapterText();
        for (String text : List.of("A quoted note.", "a listed note", "Heading of a note", "Its paragraph.")) {
            assertTrue(chapter.contains(text), text + " not in the EPUB");
        }
        var ids = ID.matcher(chapter).results().map(m -> m.group(1)).toList();
        var backLinks = Pattern.compile("href=\"#([^\"]+)\" role=\"doc-backlink\"").matcher(chapter).results()
                .map(m -> m.group(1)).toList();
        assertEquals(3, backLinks.size(), chapter);
        assertTrue(ids.containsAll(backLinks), "back links " + backLinks + " lead nowhere in " + ids);
        String printed = pdfText().replaceAll("\\s+", " ");
        for (String text : List.of("A quoted note.", "a listed note", "Heading of a note", "Its paragraph.")) {
            assertTrue(printed.contains(text), text + " not in the PDF");
        }
    }

    // ---- 4. inline HTML nested past the limit

    @Test
    void threeThousandNestedInlineElementsAreRefusedAtTheirLine() throws IOException {
        chapter("# C\n\nText " + "<b>".repeat(3000) + "deep" + "</b>".repeat(3000) + "\n");
        BookFolder.Run run = buildAndCheck(1);
        assertEquals("manuscript/01-chapter.md:3: content is nested more than 200 deep "
                + "(block quotes, lists, emphasis or HTML)", run.err().strip());
    }

    @Test
    void inlineElementsNestedWithinTheLimitBuild() throws IOException {
        chapter("# C\n\nText " + "<i>".repeat(150) + "deep" + "</i>".repeat(150) + "\n");
        buildAndCheck(0);
        assertTrue(EpubContents.read(epub()).chapterText().contains("deep"));
    }

    // ---- 5. control and non-characters in book.yaml

    @Test
    void controlAndNonCharactersAreRemovedFromEveryMetadataValue() throws IOException {
        yaml("title: \"Hostile\\x01 Test\\uFFFE\"\nname: hostile\nauthor: [\"Ann\\uFDD0 Author\", \"Bo\\uFFFF\"]\n"
                + "description: \"A\\a description\"\nsubject: \"S\\x1Fubject\"\ndate: 2024-01-01\n");
        BookFolder.Run run = buildAndCheck(0);
        List<String> warnings = run.err().strip().lines().filter(l -> l.contains("no edition can carry")).toList();
        assertEquals(List.of(
                "manuscript/book.yaml:1: warning: title holds a character no edition can carry (U+0001); it is removed",
                "manuscript/book.yaml:3: warning: author holds a character no edition can carry (U+FDD0); it is removed",
                "manuscript/book.yaml:3: warning: author holds a character no edition can carry (U+FFFF); it is removed",
                "manuscript/book.yaml:4: warning: description holds a character no edition can carry (U+0007); it is removed",
                "manuscript/book.yaml:5: warning: subject holds a character no edition can carry (U+001F); it is removed"),
                warnings, run.err());
        assertEpubCheckClean();
        EpubContents contents = EpubContents.read(epub());
        assertTrue(contents.packageDocument().contains(">Hostile Test<"), contents.packageDocument());
        assertTrue(contents.packageDocument().contains(">Ann Author<"), contents.packageDocument());
        contents.documents().forEach((name, text) -> assertTrue(text.codePoints().noneMatch(
                c -> c < 0x09 || c == 0x1f || c == 0x07 || c == 0xfffe || c == 0xffff || c == 0xfdd0), name));
        try (PDDocument doc = Loader.loadPDF(pdf().toFile())) {
            assertEquals("Hostile Test", doc.getDocumentInformation().getTitle());
            String xmp = new String(doc.getDocumentCatalog().getMetadata().toByteArray(), StandardCharsets.UTF_8);
            assertTrue(xmp.contains(">Hostile Test<") && xmp.contains(">A description<"), xmp);
            assertTrue(xmp.codePoints().noneMatch(c -> c == 1 || c == 7 || c == 0x1f || c == 0xfdd0 || c == 0xffff
                    || c == 0xfffe), xmp);
        }
    }

    // ---- 6. ids the EPUB generates

    @Test
    void headingsNamedLikePageBreaksAndNotesKeepEveryIdUnique() throws IOException {
        chapter("""
                # Page 1

                Text with a note.[^1] See [the second](#page-2) and [the note heading](#ch1-note-1).

                ## Page 2

                More.

                ## Ch1 note 1

                Last.

                [^1]: The note.
                """);
        buildAndCheck(0);
        assertEpubCheckClean();
        for (var document : EpubContents.read(epub()).xhtml().entrySet()) {
            var ids = ID.matcher(document.getValue()).results().map(m -> m.group(1)).toList();
            assertEquals(ids.size(), new HashSet<>(ids).size(), document.getKey() + ": ids not unique: " + ids);
        }
        String chapter = EpubContents.read(epub()).chapterText();
        // the author's links follow the headings to their new ids
        assertTrue(chapter.contains("#page-2-h\">the second") && chapter.contains("id=\"page-2-h\""), chapter);
        assertTrue(chapter.contains("#ch1-note-1-h\">the note heading") && chapter.contains("id=\"ch1-note-1\""), chapter);
    }

    // ---- 7. link schemes

    @Test
    void linksOfSchemesOutsideTheAllowListLoseTheirLinkAndKeepTheirText() throws IOException {
        chapter("""
                # C

                [file](file:///etc/passwd) [share](smb://host/share) [msdt](ms-msdt:/id) [jar](jar:file:///x.jar!/a)

                [blob](blob:https://example.org/0f1e) <a href="file:///etc/hosts">hosts</a>

                [web](https://example.org/ok) [phone](tel:+15550100) [mail](mailto:a@example.org) [ftp](ftp://example.org/f)
                """);
        BookFolder.Run run = buildAndCheck(0);
        for (String scheme : List.of("file", "smb", "ms-msdt", "jar")) {
            assertTrue(run.err().contains("manuscript/01-chapter.md:3: warning: " + scheme + ": link removed, its text kept"),
                    scheme + ":\n" + run.err());
        }
        assertTrue(run.err().contains("manuscript/01-chapter.md:5: warning: blob: link removed, its text kept"), run.err());
        assertTrue(run.err().contains("manuscript/01-chapter.md:5: warning: file: link removed, its text kept"), run.err());
        String chapter = EpubContents.read(epub()).chapterText();
        for (String text : List.of("file", "share", "msdt", "jar", "blob", "hosts")) {
            assertTrue(chapter.contains(">" + text + " ") || chapter.contains(" " + text + " ")
                    || chapter.contains(" " + text + "<") || chapter.contains(">" + text + "<"), text + " lost: " + chapter);
        }
        for (String scheme : List.of("file:", "smb:", "ms-msdt:", "jar:", "blob:")) {
            assertFalse(chapter.contains("href=\"" + scheme), scheme + " kept in the EPUB");
        }
        assertEquals(List.of("https://example.org/ok", "tel:+15550100", "mailto:a@example.org", "ftp://example.org/f"),
                pdfUris());
        assertEpubCheckClean();
    }

    // ---- 8. file names that would forge diagnostic lines

    @Test
    void controlCharactersInAFileNameAreEscapedInDiagnostics() throws IOException {
        String name = "02-\u001b[31mred\u0007\nforged.md:1: all is well.md";
        Files.writeString(book.resolve("manuscript").resolve(name), "# Two\n\nA note[^x] left undefined.\n");
        BookFolder.Run run = buildAndCheck(1);
        assertEquals("manuscript/02-\\x1b[31mred\\x07\\nforged.md:1: all is well.md:3: "
                + "footnote [^x] is not defined", run.err().strip());
        assertTrue(run.err().chars().noneMatch(c -> c < 0x20 && c != '\n'), run.err());
    }

    // ---- 9. a date of the first century

    @Test
    void theFirstOfJanuaryOfTheYearOneStaysThatDayInThePdf() throws IOException {
        yaml(HostileBook.YAML + "date: 0001-01-01\n");
        buildAndCheck(0);
        try (PDDocument doc = Loader.loadPDF(pdf().toFile())) {
            String created = doc.getDocumentInformation().getCOSObject().getString(COSName.CREATION_DATE);
            String modified = doc.getDocumentInformation().getCOSObject().getString(COSName.MOD_DATE);
            assertTrue(created.startsWith("D:00010101000000"), created);
            assertEquals(created, modified);
            String xmp = new String(doc.getDocumentCatalog().getMetadata().toByteArray(), StandardCharsets.UTF_8);
            assertTrue(xmp.contains("<xmp:CreateDate>0001-01-01T00:00:00Z</xmp:CreateDate>"), xmp);
        }
    }
}
